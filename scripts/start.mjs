// `npm start`: build the production app if it is missing or stale, then serve it and print the URL.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent } from "./build-state.mjs";

const port = process.env.PORT ?? "3000";
if (!buildIsCurrent()) {
  console.log("Building the production app (npm run build)...");
  const b = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const server = spawn("npx", ["next", "start", "-p", port], { stdio: ["inherit", "pipe", "inherit"] });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|Local/i.test(String(chunk))) {
    announced = true;
    console.log(`\nDashboard: http://localhost:${port}\n`);
  }
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
