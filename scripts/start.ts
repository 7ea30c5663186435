// Starts Entraide: the database (embedded PostgreSQL unless DATABASE_URL is
// set), its migrations, the demo data on an empty database, the local Stripe
// test server unless STRIPE_SECRET_KEY is set, then Next.js.
//   tsx scripts/start.ts dev    next dev, for development
//   tsx scripts/start.ts prod   next start, after `next build`
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

import { migrateDatabase, openDatabase } from "./lib/database";
import { startLocalStripe } from "./lib/local-stripe";
import { seedDemoIfEmpty } from "../prisma/seed/seed-if-empty";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";

/**
 * Returns NEXTAUTH_SECRET, or for a local run a random secret kept in
 * `.data/` so sessions survive restarts. Production sets the variable.
 */
function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const appUrl = process.env.NEXTAUTH_URL ?? `http://127.0.0.1:${port}`;
// E-mails the demo seed queues link to the app.
process.env.NEXTAUTH_URL = appUrl;

const database = await openDatabase("postgres", Number(process.env.EMBEDDED_DB_PORT ?? 5433));
await migrateDatabase(database.url);
await seedDemoIfEmpty(database.url);
const stripe = await startLocalStripe(Number(port));

// Run Next's own entry point rather than `npx next`, so that signals reach
// the server itself and the database stops only after the app has.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const nextArgs = [nextBin, mode, "--port", port, "--hostname", process.env.HOST ?? "127.0.0.1"];
const next = spawn(process.execPath, nextArgs, {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: appUrl,
    ...stripe?.env,
  },
});

function shutdown(signal: NodeJS.Signals) {
  next.kill(signal);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

next.on("exit", async (code) => {
  await stripe?.close();
  await database.stop();
  process.exit(code ?? 0);
});
