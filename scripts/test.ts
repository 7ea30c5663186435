// The whole test suite, as CI runs it: static checks, the Vitest tiers on a
// real PostgreSQL, then a production build driven by Playwright in Chromium.
import { existsSync, rmSync } from "node:fs";

import { runCommand } from "./lib/database";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. Install Debian's package ` +
      "(sudo apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
if (process.env.DATABASE_URL && !/@(127\.0\.0\.1|localhost)[:/]/.test(process.env.DATABASE_URL)) {
  console.error("Tests create and drop databases: refusing a non-local DATABASE_URL.");
  process.exit(1);
}

const steps: [string, string, string[]][] = [
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Lint", "npx", ["eslint", "."]],
  ["Format", "npx", ["prettier", "--check", "."]],
  ["Unit and database tests", "npx", ["vitest", "run"]],
  ["Production build", "npx", ["next", "build"]],
  ["End-to-end tests", "npx", ["playwright", "test"]],
];

rmSync(".data/e2e", { recursive: true, force: true });

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  try {
    // The end-to-end server gets its own embedded database, never the caller's.
    await runCommand(command, args, name === "End-to-end tests" ? { DATABASE_URL: "" } : {});
  } catch (error) {
    console.error(`\n${name} failed: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`=== ${name}: passed in ${Math.round((Date.now() - started) / 1000)} s`);
}
