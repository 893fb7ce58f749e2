// Loaded into the soak's server (node --expose-gc --require): on SIGUSR2 it runs a full garbage collection and writes
// one JSON line of process.memoryUsage() to the file named by SOAK_MEMORY_FILE, so `npm run soak` compares the
// server's memory after a collection at both ends of the run (what it keeps), not wherever V8 happens to be between
// collections. Only the soak loads this; the server it measures is otherwise the production build as `npm start` runs it.
const { appendFileSync } = require("node:fs");

const file = process.env.SOAK_MEMORY_FILE;
if (file && typeof global.gc === "function") {
  const collect = global.gc;
  process.on("SIGUSR2", () => {
    collect();
    collect();
    appendFileSync(file, `${JSON.stringify(process.memoryUsage())}\n`);
  });
}
