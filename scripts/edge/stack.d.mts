// Types for scripts/edge/stack.mjs, so TypeScript callers (e2e/edge.spec.ts) are checked.
import type { ChildProcess } from "node:child_process";

export interface Proc {
  name: string;
  child: ChildProcess;
  log: string;
  port: number;
}
export interface VarnishProc extends Proc {
  workdir: string;
  generation: number;
}
export interface Edge {
  instances: Proc[];
  varnish: VarnishProc;
  release: string;
  stop: () => Promise<void>;
}

export const ROOT: string;
export const VCL_DIR: string;
export const PROBE_PATH: string;
export function varnishd(): string | null;
export function canListen(port: number, host?: string): Promise<boolean>;
export function freePorts(count: number, from: number, to: number, taken?: number[]): Promise<number[]>;
export function dataHash(dir: string): string;
export function releaseKey(dataDir?: string): string;
export function prepareInstanceFolder(): string;
export function backendsVcl(ports: number[], release: string, probePath?: string): string;
export function stopProc(p: Proc, timeoutMs?: number): Promise<void>;
export function startInstance(o: { port: number; dataDir?: string; siteUrl?: string; echo?: boolean; name?: string; env?: Record<string, string> }): Promise<Proc>;
export function startVarnish(o: { port: number; instancePorts: number[]; release: string; listen?: string; echo?: boolean; probePath?: string }): Promise<VarnishProc>;
export function switchRelease(v: { workdir: string; generation: number }, instancePorts: number[], release: string): void;
export function startEdge(o: { edgePort: number; instancePorts: number[]; dataDir?: string; siteUrl?: string; listen?: string; echo?: boolean }): Promise<Edge>;
