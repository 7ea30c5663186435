// A closed-loop load generator: `concurrency` workers each send one request,
// wait for its response, and send the next, until the duration is over.

/** Result of one request: a label counted in the results, or a failure. */
export type RequestOutcome = { ok: true; label: string } | { ok: false; error: string };

export type LoadResult = {
  /** From the first request to the last response, in milliseconds. */
  elapsedMs: number;
  /** Latency of every request that got a response, failures included, in milliseconds. */
  latenciesMs: number[];
  /** Requests per outcome label (successes only). */
  outcomes: Map<string, number>;
  succeeded: number;
  failed: number;
  /** Failure messages with their counts. */
  errors: Map<string, number>;
  /** Workers that stopped before the end because they had nothing left to send. */
  exhaustedWorkers: number;
};

export type LoadOptions = {
  concurrency: number;
  durationMs: number;
  /**
   * Sends one request for `worker` (0 to concurrency - 1), or returns null
   * when that worker has nothing left to send.
   */
  send: (worker: number) => Promise<RequestOutcome> | null;
};

function increment(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Runs the workers until the duration is over. Requests in flight at that moment complete. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    elapsedMs: 0,
    latenciesMs: [],
    outcomes: new Map(),
    succeeded: 0,
    failed: 0,
    errors: new Map(),
    exhaustedWorkers: 0,
  };
  const started = performance.now();
  const deadline = started + options.durationMs;

  async function work(worker: number) {
    while (performance.now() < deadline) {
      const sent = performance.now();
      let outcome: RequestOutcome;
      try {
        const pending = options.send(worker);
        if (pending === null) {
          result.exhaustedWorkers += 1;
          return;
        }
        outcome = await pending;
      } catch (error) {
        outcome = { ok: false, error: (error as Error).message };
      }
      result.latenciesMs.push(performance.now() - sent);
      if (outcome.ok) {
        result.succeeded += 1;
        increment(result.outcomes, outcome.label);
      } else {
        result.failed += 1;
        increment(result.errors, outcome.error);
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, (_, worker) => work(worker)));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** Returns the p-th percentile (0 to 100) by the nearest-rank method, or NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Returns requests per second for a count over a duration in milliseconds. */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
}

/** Returns an HTTP GET sender for runLoad: a 200 response succeeds. */
export function getSender(
  request: () => Promise<{ status: number }>,
): () => Promise<RequestOutcome> {
  return async () => {
    const response = await request();
    return response.status === 200
      ? { ok: true, label: "200" }
      : { ok: false, error: `HTTP ${response.status}` };
  };
}
