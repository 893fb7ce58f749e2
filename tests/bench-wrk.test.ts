// The edge bench's wrk client (scripts/bench/wrk.mjs): its report read into figures, on reports wrk 4.1.0 (Debian's
// `wrk`) printed on this machine.
import { describe, expect, it } from "vitest";
import { envInt, wholeNumber } from "../scripts/bench/stats.mjs";
import { parseWrk, wrkTimeMs } from "../scripts/bench/wrk.mjs";

/** `wrk -t1 -c50 -d3s --timeout 10s --latency -H 'accept-encoding: gzip, deflate, br'` on `/` (next start). */
const OK = `Running 3s test @ http://127.0.0.1:5402/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    11.62ms   34.80ms 387.58ms   95.95%
    Req/Sec     9.56k     3.07k   12.52k    83.33%
  Latency Distribution
     50%    4.39ms
     75%    5.53ms
     90%   10.02ms
     99%  216.20ms
  28552 requests in 3.01s, 1.17GB read
Requests/sec:   9477.69
Transfer/sec:    397.90MB
`;

/** `wrk -t1 -c10 -d3s --timeout 1s --latency` on a server that drops one connection in five and answers 503 to one
 * request in five. */
const ERRORS = `Running 3s test @ http://127.0.0.1:5497/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.38ms   12.30ms  35.18ms   76.67%
    Req/Sec   300.00      0.00   300.00    100.00%
  Latency Distribution
     50%    2.58ms
     75%   17.26ms
     90%   35.18ms
     99%   35.18ms
  30 requests in 3.01s, 4.00KB read
  Socket errors: connect 0, read 10, write 0, timeout 0
  Non-2xx or 3xx responses: 10
Requests/sec:      9.95
Transfer/sec:      1.33KB
`;

describe("scripts/bench/wrk.mjs parseWrk", () => {
  it("reads requests/s, the latency percentiles, the answers and their size", () => {
    const r = parseWrk(OK);
    expect(r.rps).toBe(9477.7);
    expect(r.p50Ms).toBeCloseTo(4.39);
    expect(r.p99Ms).toBeCloseTo(216.2);
    expect(r.responses).toBe(28552);
    expect(r.errors).toBe(0);
    expect(r.non2xx).toBe(0);
    // 1.17 GiB over 28,552 answers: the gzipped page (about 43 kB) with its headers
    expect(r.bytesPerResponse).toBe(Math.round((1.17 * 1024 ** 3) / 28552));
  });

  it("counts socket errors of every kind and answers of status 400 and above as errors", () => {
    const r = parseWrk(ERRORS);
    expect(r.socket).toEqual({ connect: 0, read: 10, write: 0, timeout: 0 });
    expect(r.non2xx).toBe(10);
    expect(r.errors).toBe(20);
    expect(r.responses).toBe(30);
    expect(r.rps).toBe(10); // 9.95, to one decimal
    expect(r.bytesPerResponse).toBe(Math.round(4096 / 30));
  });

  it("reads wrk's time units and refuses what is not a wrk report", () => {
    expect(wrkTimeMs("812.00us")).toBeCloseTo(0.812);
    expect(wrkTimeMs("1.03s")).toBe(1030);
    expect(wrkTimeMs("2.00m")).toBe(120_000);
    expect(wrkTimeMs("n/a")).toBeNull();
    expect(() => parseWrk("unable to connect to 127.0.0.1:5498 Connection refused")).toThrow(/not a wrk report/);
  });
});

// the bench's whole-number settings (wrk's WRK_THREADS among them) and flags are read by one check
describe("wholeNumber and envInt (scripts/bench/stats.mjs)", () => {
  it("take a whole number in range and refuse anything else, naming the setting", () => {
    expect(wholeNumber("--n", "12", 1, 50)).toBe(12);
    for (const bad of ["0", "51", "2.5", "x", "", " ", undefined]) expect(() => wholeNumber("--n", bad, 1, 50)).toThrow(/^--n must be a whole number from 1 to 50/);
    expect(() => wholeNumber("WRK_THREADS", "0", 1)).toThrow('WRK_THREADS must be a whole number from 1 up, not "0"');
  });
  it("read a variable when it is set and fall back when it is not", () => {
    const name = "BENCH_TEST_WHOLE_NUMBER";
    delete process.env[name];
    expect(envInt(name, 3)).toBe(3);
    process.env[name] = "7";
    expect(envInt(name, 3)).toBe(7);
    process.env[name] = "-1";
    expect(() => envInt(name, 3)).toThrow(`${name} must be a whole number from 1 up, not "-1"`);
    delete process.env[name];
  });
});
