// A least-recently-used cache bounded in entries and in bytes: what the server keeps per normalised query (chart
// files, API answers) can never grow past its bounds, however many distinct queries arrive.
export class BoundedCache<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
    private readonly sizeOf: (v: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // most recently used goes last
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return; // never cache what alone would overflow the cache
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.map.delete(key);
    }
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [k, v] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.bytes;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.map.size, bytes: this.bytes };
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
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
