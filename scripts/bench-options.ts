// Command-line options of `npm run bench`.
import { parseArgs } from "node:util";

const HELP = `Usage: npm run bench -- [options]

  --no-build               use .next as it is, even when the sources are newer
  --build                  rebuild even when .next is up to date
  --duration <s>           seconds of each timed phase: /api/health, booking (default 20)
  --catalogue-duration <s> seconds of each catalogue phase (default 10)
  --warm-up <s>            seconds of untimed load per route before the timed phases (default 3)
  --concurrency <n>        workers sending requests at once, one member each for bookings (default 50)
  --members <n>            members signed in before the phases, spread over the workers (default 100)
  --households <n>         households seeded, each with a member and a child (default 500)
  --offers <n>             published offers seeded (default 20)
  --sessions-per-offer <n> FIRST_COME sessions per offer (default 10)
  --catalogue-query <q>    query string of the filtered catalogue phase
                           (default holiday=ete&age=8&maxPrice=400&available=1)
  --pool-size <n>          DATABASE_POOL_SIZE of the server (default: the app's, 10)
  --cpu-prof               write a CPU profile of the server to .data/bench/profiles
  --count-statements       count the statements the server sends to PostgreSQL, through a
                           proxy in the bench's process (which takes some CPU)
  --port <n>               port of the server on 127.0.0.1 (default: a free port)
  --db-port <n>            port of the embedded PostgreSQL (default: a free port)

DATABASE_URL, when set, must point at 127.0.0.1 or localhost: the bench then
drops and recreates the database entraide_bench on that server.`;

export type BenchSettings = {
  build: "always" | "never" | "when-stale";
  durationMs: number;
  catalogueDurationMs: number;
  warmUpMs: number;
  concurrency: number;
  members: number;
  households: number;
  offers: number;
  sessionsPerOffer: number;
  catalogueQuery: string;
  poolSize?: number;
  cpuProfile: boolean;
  countStatements: boolean;
  port?: number;
  databasePort?: number;
};

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive integer, got "${raw}". See --help.`);
  }
  return value;
}

/** Parses the command line, or prints the help and exits when --help is given. */
export function parseBenchOptions(args: string[]): BenchSettings {
  const { values } = parseArgs({
    args,
    options: {
      help: { type: "boolean", default: false },
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
      "catalogue-query": {
        type: "string",
        default: "holiday=ete&age=8&maxPrice=400&available=1",
      },
      "pool-size": { type: "string" },
      "cpu-prof": { type: "boolean", default: false },
      "count-statements": { type: "boolean", default: false },
      port: { type: "string" },
      "db-port": { type: "string" },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }

  const required = (name: keyof typeof values) =>
    positiveInteger(name, values[name] as string | undefined)!;
  let build: BenchSettings["build"] = "when-stale";
  if (values.build) build = "always";
  else if (values["no-build"]) build = "never";

  const settings: BenchSettings = {
    build,
    durationMs: required("duration") * 1000,
    catalogueDurationMs: required("catalogue-duration") * 1000,
    warmUpMs: required("warm-up") * 1000,
    concurrency: required("concurrency"),
    members: required("members"),
    households: required("households"),
    offers: required("offers"),
    sessionsPerOffer: required("sessions-per-offer"),
    catalogueQuery: values["catalogue-query"],
    poolSize: positiveInteger("pool-size", values["pool-size"]),
    cpuProfile: values["cpu-prof"],
    countStatements: values["count-statements"],
    port: positiveInteger("port", values.port),
    databasePort: positiveInteger("db-port", values["db-port"]),
  };
  if (settings.members < settings.concurrency || settings.members > settings.households) {
    throw new Error(
      `--members (${settings.members}) must be at least --concurrency ` +
        `(${settings.concurrency}) and at most --households (${settings.households}).`,
    );
  }
  return settings;
}
