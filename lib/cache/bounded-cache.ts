// A least-recently-used cache bounded in entries and in bytes (lru-cache underneath): what the server keeps per
// normalised query (chart files, API answers) can never grow past its bounds, however many distinct queries arrive.
import { LRUCache } from "lru-cache";
export class BoundedCache<V extends NonNullable<unknown>> {
  private readonly lru: LRUCache<string, V>;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
    sizeOf: (v: V) => number,
  ) {
    // an entry larger than the whole cache is not kept (maxEntrySize defaults to maxSize)
    this.lru = new LRUCache<string, V>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (v) => Math.max(1, sizeOf(v)) });
  }

  get(key: string): V | undefined {
    return this.lru.get(key);
  }

  set(key: string, value: V): void {
    this.lru.set(key, value);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  clear(): void {
    this.lru.clear();
  }
}

/** Runs at most `limit` tasks at once; up to `maxQueued` more wait their turn, and any beyond that are refused. */
export class TaskLimiter {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly maxQueued: number,
  ) {}

  /** null when the queue is full (the caller answers "busy"), else the task's result. */
  async run<T>(task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (this.running >= this.limit) {
      if (this.queue.length >= this.maxQueued) return { ok: false };
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    this.running += 1;
    try {
      return { ok: true, value: await task() };
    } finally {
      this.running -= 1;
      this.queue.shift()?.();
    }
  }

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }
}
