// Measures the production build on a real PostgreSQL: bookings through the
// real server action by concurrent signed-in members, a trivial route for
// comparison, the catalogue pages, then checks the places in SQL.
// docs/performance.md explains the figures. Options: npm run bench -- --help
import path from "node:path";

import { createScriptClient } from "../prisma/seed/seed-if-empty";
import { findServerAction, type ServerActionReference } from "./bench-action";
import { createBookingSender, type SignedInMember } from "./bench-booking";
import { checkBookings, type SucceededBooking } from "./bench-check";
import { cpuReader, cpuUsedBetween, type CpuTimes } from "./bench-cpu";
import { closeConnections, httpRequest, signIn } from "./bench-http";
import { getSender, runLoad, type LoadResult } from "./bench-load";
import { parseBenchOptions } from "./bench-options";
import { startStatementCounter } from "./bench-statements";
import {
  bookingRows,
  checkRows,
  describeMachine,
  formatTable,
  printFailures,
  routeRows,
  throughputRatio,
  type MeasuredPhase,
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
// Sign-ins at once: Argon2 verification takes most of the server's CPU meanwhile.
const SIGN_IN_CONCURRENCY = 4;

const settings = parseBenchOptions(process.argv.slice(2));

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

/**
 * Signs in the first `settings.members` members. Each one has its own
 * address in X-Forwarded-For, so they never share the per-IP sign-in limit.
 */
async function signInMembers(baseUrl: string, data: BenchData): Promise<SignedInMember[]> {
  const members = data.members.slice(0, settings.members);
  const signedIn: SignedInMember[] = [];
  let next = 0;
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
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, signInNext));
  return signedIn;
}

function loadGet(baseUrl: string, path: string, durationMs: number): Promise<LoadResult> {
  const send = getSender(() => httpRequest(`${baseUrl}${path}`));
  return runLoad({ concurrency: settings.concurrency, durationMs, send });
}

/** Readers of the server's costs, each null when not measured. */
type CostReaders = { readCpu: (() => CpuTimes) | null; countStatements: (() => number) | null };

async function measure(
  name: string,
  costs: CostReaders,
  load: () => Promise<LoadResult>,
): Promise<MeasuredPhase> {
  const cpuBefore = costs.readCpu?.();
  const statementsBefore = costs.countStatements?.();
  const result = await load();
  const cpuAfter = costs.readCpu?.();
  const statementsAfter = costs.countStatements?.();
  return {
    name,
    result,
    cpu: cpuBefore && cpuAfter ? cpuUsedBetween(cpuBefore, cpuAfter) : undefined,
    statements:
      statementsBefore === undefined || statementsAfter === undefined
        ? undefined
        : statementsAfter - statementsBefore,
  };
}

function findBookingAction(): ServerActionReference | string {
  try {
    return findServerAction(BOOKING_ACTION.file, BOOKING_ACTION.name);
  } catch (error) {
    return (error as Error).message;
  }
}

/** Builds if needed, then starts the database and the server and signs the members in. */
async function prepare() {
  const reason = settings.build === "always" ? "--build" : staleBuildReason();
  if (reason && settings.build === "never") {
    console.warn(`Measuring the existing build although ${reason} (--no-build).`);
  } else if (reason) {
    step(`Production build (${reason})`);
    await buildApp();
  }

  step("Database");
  const database = await openBenchDatabase(settings.databasePort ?? (await findFreePort()));
  cleanups.push({ name: "the database", stop: database.stop });
  await migrateDatabase(database.url);
  const client = createScriptClient(database.url);
  const data = await seedBenchData(client, settings).finally(() => client.$disconnect());
  console.log(`Seeded ${data.members.length} households and ${data.sessions.length} sessions.`);

  step("Production server");
  let serverDatabaseUrl = database.url;
  let countStatements: (() => number) | null = null;
  if (settings.countStatements) {
    const counter = await startStatementCounter(database.url);
    cleanups.push({ name: "the statement counter", stop: counter.close });
    serverDatabaseUrl = counter.url;
    countStatements = counter.count;
  }
  const app = await startProductionServer({
    port: settings.port ?? (await findFreePort()),
    databaseUrl: serverDatabaseUrl,
    poolSize: settings.poolSize,
    cpuProfileDir: settings.cpuProfile ? path.join(BENCH_DIR, "profiles") : undefined,
  });
  cleanups.push({ name: "next start", stop: app.stop });
  console.log(`Listening on ${app.baseUrl}, with its log in ${app.logFile}.`);

  step(`Signing in ${settings.members} members (not timed in the figures)`);
  const started = performance.now();
  const members = await signInMembers(app.baseUrl, data);
  const signInSeconds = (performance.now() - started) / 1000;
  console.log(`Signed in in ${signInSeconds.toFixed(1)} s.`);

  const costs: CostReaders = { readCpu: cpuReader(app.pid, database.dataDir), countStatements };
  return { database, app, data, members, signInSeconds, costs };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/** Runs the warm-up and the timed phases, and returns what was skipped and why. */
async function runPhases({ app, data, members, costs }: Prepared) {
  const { baseUrl } = app;
  const action = findBookingAction();
  const filteredPath = `/catalogue?${settings.catalogueQuery}`;
  const catalogueFound = (await httpRequest(`${baseUrl}/catalogue`)).status === 200;
  const succeeded: SucceededBooking[] = [];
  const sendBooking =
    typeof action === "string"
      ? null
      : createBookingSender({
          baseUrl,
          action,
          members,
          sessions: data.sessions,
          concurrency: settings.concurrency,
          succeeded,
        });

  step(`Warm-up, ${settings.warmUpMs / 1000} s per route (not in the figures)`);
  await loadGet(baseUrl, "/api/health", settings.warmUpMs);
  if (catalogueFound) await loadGet(baseUrl, filteredPath, settings.warmUpMs);
  // Five workers book during the warm-up, and the final check counts their bookings too.
  if (sendBooking)
    await runLoad({ concurrency: 5, durationMs: settings.warmUpMs, send: sendBooking });

  const seconds = settings.durationMs / 1000;
  step(`Trivial route: GET /api/health, ${settings.concurrency} workers, ${seconds} s`);
  const health = await measure("/api/health", costs, () =>
    loadGet(baseUrl, "/api/health", settings.durationMs),
  );

  let booking: MeasuredPhase | undefined;
  if (sendBooking) {
    step(`Booking: ${settings.concurrency} members at once, ${seconds} s`);
    booking = await measure("booking", costs, () =>
      runLoad({
        concurrency: settings.concurrency,
        durationMs: settings.durationMs,
        send: sendBooking,
      }),
    );
  }

  const catalogue: MeasuredPhase[] = [];
  if (catalogueFound) {
    const routes: [string, string][] = [
      ["/catalogue", "/catalogue"],
      ["/catalogue filtered", filteredPath],
    ];
    for (const [name, route] of routes) {
      step(`Catalogue: GET ${route}, ${settings.concurrency} workers`);
      catalogue.push(
        await measure(name, costs, () => loadGet(baseUrl, route, settings.catalogueDurationMs)),
      );
    }
  }

  const skipped: string[] = [];
  if (typeof action === "string") skipped.push(`booking: ${action}`);
  if (!catalogueFound) skipped.push("catalogue: GET /catalogue did not return 200.");
  return { health, booking, catalogue, succeeded, skipped, filteredPath };
}

async function main(): Promise<number> {
  const machine = describeMachine();
  const prepared = await prepare();
  const phases = await runPhases(prepared);

  step("Final check in SQL");
  const check = await checkBookings(prepared.database.url, phases.succeeded);

  const { health, booking, catalogue } = phases;
  const rows: Row[] = [];
  if (booking) rows.push(...bookingRows(booking));
  rows.push(...routeRows(health));
  if (booking) {
    rows.push([
      "ratio of bookings done to /api/health requests",
      throughputRatio(booking.result, health.result),
    ]);
  }
  for (const phase of catalogue) rows.push(...routeRows(phase));
  rows.push(...checkRows(check, prepared.data.sessions.length));

  for (const phase of [booking, health, ...catalogue]) if (phase) printFailures(phase);
  for (const failure of check.failures) console.log(`FAIL: ${failure}`);

  step("Figures");
  console.log(`Machine: ${machine}`);
  console.log(
    `Run: ${settings.concurrency} concurrent workers, ${settings.durationMs / 1000} s per ` +
      `phase (catalogue ${settings.catalogueDurationMs / 1000} s), ${settings.members} ` +
      `members signed in (${prepared.signInSeconds.toFixed(1)} s, not timed), database ` +
      `pool ${settings.poolSize ?? "10 (the app's default)"}, filtered catalogue ` +
      `${phases.filteredPath}.\n`,
  );
  console.log(formatTable(rows));

  for (const line of phases.skipped) console.log(`\nSkipped ${line}`);
  return check.passed && phases.skipped.length === 0 ? 0 : 1;
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
