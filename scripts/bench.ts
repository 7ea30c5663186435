// Measures the production build on a real PostgreSQL: bookings through the
// real server action by concurrent signed-in members, a trivial route for
// comparison, the catalogue pages, then checks the places in SQL.
// docs/performance.md explains the figures.
//   npm run bench -- [--no-build] [--duration 20] [--concurrency 50] …
import path from "node:path";
import { parseArgs } from "node:util";

import { createScriptClient } from "../prisma/seed/seed-if-empty";
import { createBookingSender, type SignedInMember } from "./bench-booking";
import { findServerAction, type ServerActionReference } from "./bench-action";
import { checkBookings, type SucceededBooking } from "./bench-check";
import { closeConnections, httpRequest, signIn } from "./bench-http";
import { getSender, runLoad, type LoadResult } from "./bench-load";
import {
  bookingRows,
  describeMachine,
  formatTable,
  printFailures,
  routeRows,
  type Row,
} from "./bench-report";
import { BENCH_PASSWORD, seedBenchData, type BenchData } from "./bench-seed";
import {
  BENCH_DIR,
  buildApp,
  findFreePort,
  openBenchDatabase,
  staleBuildReason,
  startProductionServer,
} from "./bench-server";
import { migrateDatabase } from "./lib/database";

const BOOKING_ACTION = { file: "app/catalogue/[slug]/book/actions.ts", name: "submitBooking" };

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    duration: { type: "string", default: "20" },
    "catalogue-duration": { type: "string", default: "10" },
    "warm-up": { type: "string", default: "3" },
    concurrency: { type: "string", default: "50" },
    members: { type: "string", default: "100" },
    households: { type: "string", default: "500" },
    offers: { type: "string", default: "20" },
    "sessions-per-offer": { type: "string", default: "10" },
    "catalogue-query": { type: "string", default: "holiday=ete&age=8&maxPrice=400&available=1" },
    "pool-size": { type: "string" },
    "cpu-prof": { type: "boolean", default: false },
    port: { type: "string" },
    "db-port": { type: "string" },
  },
});

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive integer, got "${raw}".`);
  }
  return value;
}

function option(name: keyof typeof values): number {
  return positiveInteger(name, values[name] as string)!;
}

const settings = {
  durationMs: option("duration") * 1000,
  catalogueDurationMs: option("catalogue-duration") * 1000,
  warmUpMs: option("warm-up") * 1000,
  concurrency: option("concurrency"),
  members: option("members"),
  households: option("households"),
  offers: option("offers"),
  sessionsPerOffer: option("sessions-per-offer"),
  poolSize: positiveInteger("pool-size", values["pool-size"]),
};
if (settings.members < settings.concurrency || settings.members > settings.households) {
  throw new Error("--members must be at least --concurrency and at most --households.");
}

// Stops what the run started, in reverse order, once, also on Ctrl-C.
const cleanups: { name: string; stop: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;

function cleanUp() {
  cleaning ??= (async () => {
    closeConnections();
    for (const { name, stop } of cleanups.reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error(`Stopping ${name} failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    console.error(`\n${signal} received: stopping the server and the database.`);
    await cleanUp();
    process.exit(130);
  });
}

function step(message: string) {
  console.log(`\n=== ${message}`);
}

async function signInMembers(baseUrl: string, data: BenchData): Promise<SignedInMember[]> {
  const members = data.members.slice(0, settings.members);
  const signedIn: SignedInMember[] = [];
  let next = 0;
  // Four at a time: Argon2 verification takes most of the server's CPU
  // meanwhile. Each member has its own address in X-Forwarded-For, so the
  // per-IP sign-in limit of lib/auth is never shared.
  async function signInNext() {
    while (next < members.length) {
      const index = next++;
      const member = members[index];
      const clientIp = `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
      const cookie = await signIn(baseUrl, {
        email: member.email,
        password: BENCH_PASSWORD,
        clientIp,
      });
      signedIn[index] = { ...member, cookie };
    }
  }
  await Promise.all(Array.from({ length: 4 }, signInNext));
  return signedIn;
}

function loadGet(baseUrl: string, path: string, durationMs: number): Promise<LoadResult> {
  const send = getSender(() => httpRequest(`${baseUrl}${path}`));
  return runLoad({ concurrency: settings.concurrency, durationMs, send });
}

function findBookingAction(): ServerActionReference | string {
  try {
    return findServerAction(BOOKING_ACTION.file, BOOKING_ACTION.name);
  } catch (error) {
    return (error as Error).message;
  }
}

async function main(): Promise<number> {
  const machine = describeMachine();
  let reason: string | null = null;
  if (values.build) reason = "--build";
  else if (!values["no-build"]) reason = staleBuildReason();
  if (reason) {
    step(`Production build (${reason})`);
    await buildApp();
  }

  step("Database");
  const database = await openBenchDatabase(
    positiveInteger("db-port", values["db-port"]) ?? (await findFreePort()),
  );
  cleanups.push({ name: "the database", stop: database.stop });
  await migrateDatabase(database.url);
  const client = createScriptClient(database.url);
  const data = await seedBenchData(client, settings).finally(() => client.$disconnect());
  console.log(`Seeded ${data.members.length} households and ${data.sessions.length} sessions.`);

  step("Production server");
  const app = await startProductionServer({
    port: positiveInteger("port", values.port) ?? (await findFreePort()),
    databaseUrl: database.url,
    poolSize: settings.poolSize,
    cpuProfileDir: values["cpu-prof"] ? path.join(BENCH_DIR, "profiles") : undefined,
  });
  cleanups.push({ name: "next start", stop: app.stop });
  console.log(`Listening on ${app.baseUrl}, with its log in ${app.logFile}.`);
  const { baseUrl } = app;

  step(`Signing in ${settings.members} members (not timed in the figures)`);
  const signInStarted = performance.now();
  const members = await signInMembers(baseUrl, data);
  const signInSeconds = (performance.now() - signInStarted) / 1000;
  console.log(`Signed in in ${signInSeconds.toFixed(1)} s.`);

  const action = findBookingAction();
  const catalogueQuery = `/catalogue?${values["catalogue-query"]}`;
  const catalogueFound = (await httpRequest(`${baseUrl}/catalogue`)).status === 200;
  const succeeded: SucceededBooking[] = [];
  const bookingSender = (concurrency: number) =>
    typeof action === "string"
      ? null
      : createBookingSender({
          baseUrl,
          action,
          members,
          sessions: data.sessions,
          concurrency,
          succeeded,
        });

  step(`Warm-up, ${settings.warmUpMs / 1000} s per route (not in the figures)`);
  await loadGet(baseUrl, "/api/health", settings.warmUpMs);
  if (catalogueFound) await loadGet(baseUrl, catalogueQuery, settings.warmUpMs);
  // The warm-up books with a few workers, whose bookings the check counts too.
  const warmUpSend = bookingSender(settings.concurrency);
  if (warmUpSend) {
    await runLoad({ concurrency: 5, durationMs: settings.warmUpMs, send: warmUpSend });
  }

  const seconds = settings.durationMs / 1000;
  step(`Trivial route: GET /api/health, ${settings.concurrency} workers, ${seconds} s`);
  const health = await loadGet(baseUrl, "/api/health", settings.durationMs);

  let booking: LoadResult | undefined;
  if (warmUpSend) {
    step(`Booking: ${settings.concurrency} members at once, ${seconds} s`);
    booking = await runLoad({
      concurrency: settings.concurrency,
      durationMs: settings.durationMs,
      send: warmUpSend,
    });
  }

  const catalogue: [string, LoadResult][] = [];
  if (catalogueFound) {
    for (const path of ["/catalogue", catalogueQuery]) {
      step(`Catalogue: GET ${path}, ${settings.concurrency} workers`);
      catalogue.push([path, await loadGet(baseUrl, path, settings.catalogueDurationMs)]);
    }
  }

  step("Final check in SQL");
  const check = await checkBookings(database.url, succeeded);

  const rows: Row[] = [];
  if (booking) rows.push(...bookingRows(booking));
  rows.push(...routeRows("GET /api/health", health));
  if (booking) {
    const ratio = booking.succeeded / booking.elapsedMs / (health.succeeded / health.elapsedMs);
    rows.push(["ratio of bookings done to /api/health requests", ratio.toFixed(2)]);
  }
  for (const [path, result] of catalogue) rows.push(...routeRows(`GET ${path}`, result));
  const byStatus = [...check.bookingsByStatus].map(([status, count]) => `${status} ${count}`);
  rows.push(["bookings in the database", byStatus.join(", ") || "none"]);
  rows.push(["sessions full at the end", `${check.fullSessions} of ${data.sessions.length}`]);
  rows.push(["final check", check.passed ? "PASS" : "FAIL"]);

  if (booking) printFailures("Booking", booking);
  printFailures("GET /api/health", health);
  for (const [path, result] of catalogue) printFailures(`GET ${path}`, result);
  for (const failure of check.failures) console.log(`FAIL: ${failure}`);

  step("Figures");
  console.log(`Machine: ${machine}`);
  console.log(
    `Run: ${settings.concurrency} concurrent workers, ${seconds} s per phase ` +
      `(catalogue ${settings.catalogueDurationMs / 1000} s), ${settings.members} members signed ` +
      `in (${signInSeconds.toFixed(1)} s, not timed), database pool ` +
      `${settings.poolSize ?? "10 (the app's default)"}.\n`,
  );
  console.log(formatTable(rows));

  const skipped: string[] = [];
  if (typeof action === "string") skipped.push(`booking: ${action}`);
  if (!catalogueFound) skipped.push("catalogue: GET /catalogue did not return 200.");
  for (const line of skipped) console.log(`\nSkipped ${line}`);
  return check.passed && skipped.length === 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nThe benchmark failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
