// The benchmark's closing table, printed as Markdown so that it can be
// pasted into docs/performance.md as it is.
import os from "node:os";

import { percentile, perSecond, type LoadResult } from "./bench-load";

export type Row = [figure: string, value: string];

function formatNumber(value: number, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

function formatLatencies(result: LoadResult) {
  return [50, 95, 99].map((p) => formatNumber(percentile(result.latenciesMs, p), 0)).join(" / ");
}

/** Rows for one measured route: requests per second, latencies and failures. */
export function routeRows(name: string, result: LoadResult): Row[] {
  return [
    [`${name}: requests per second`, formatNumber(perSecond(result.succeeded, result.elapsedMs))],
    [`${name}: latency p50 / p95 / p99 (ms)`, formatLatencies(result)],
    [`${name}: failed requests`, String(result.failed)],
  ];
}

/** Rows of the booking phase, where confirmed and waiting are the statuses that responses returned. */
export function bookingRows(result: LoadResult): Row[] {
  const confirmed = result.outcomes.get("CONFIRMED") ?? 0;
  const waiting = result.outcomes.get("WAITING") ?? 0;
  const rows: Row[] = [
    [
      "booking: bookings done per second",
      formatNumber(perSecond(result.succeeded, result.elapsedMs)),
    ],
    [
      "booking: confirmed bookings per second",
      formatNumber(perSecond(confirmed, result.elapsedMs)),
    ],
    ["booking: done (confirmed / waiting list)", `${result.succeeded} (${confirmed} / ${waiting})`],
    ["booking: latency p50 / p95 / p99 (ms)", formatLatencies(result)],
    ["booking: failed or rejected requests", String(result.failed)],
  ];
  if (result.exhaustedWorkers > 0) {
    rows.push(["booking: workers out of sessions before the end", String(result.exhaustedWorkers)]);
  }
  return rows;
}

export function formatTable(rows: Row[]): string {
  const header: Row = ["figure", "value"];
  const width = [0, 1].map((column) =>
    Math.max(...[header, ...rows].map((row) => row[column].length)),
  );
  const line = (row: Row) => `| ${row[0].padEnd(width[0])} | ${row[1].padEnd(width[1])} |`;
  const rule = `| ${"-".repeat(width[0])} | ${"-".repeat(width[1])} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Returns one line describing the machine: CPUs, Node.js version, platform and load. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  return (
    `${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown model"}), ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ` +
    `${os.platform()} ${os.arch()}; load average (1 / 5 / 15 min) ${load}`
  );
}

/** Prints the most frequent failure messages of a phase. */
export function printFailures(name: string, result: LoadResult) {
  if (result.errors.size === 0) return;
  const sorted = [...result.errors].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`\n${name}: most frequent failures`);
  for (const [message, count] of sorted) console.log(`  ${count} × ${message}`);
}
