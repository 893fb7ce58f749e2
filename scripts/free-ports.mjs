// Free TCP ports on the loopback for the test servers: `npm test` picks its own rather than collide with a server an
// earlier run left behind, and a port it is told to use (E2E_PORT) that is busy is an error, not a silent zero.
import net from "node:net";

/** Can `port` be bound on 127.0.0.1 right now? */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** The first base port from `start` (stepping by `count`) with `count` consecutive free ports. */
export async function freePortRun(count, start = 3210, limit = 200) {
  for (let base = start; base < start + limit * count; base += count) {
    const free = await Promise.all(Array.from({ length: count }, (_, i) => portIsFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no ${count} consecutive free ports between ${start} and ${start + limit * count}`);
}
