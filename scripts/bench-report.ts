// The benchmark's closing table, printed as Markdown so that it can be
// pasted into docs/performance.md as it is.
import os from "node:os";

import type { CheckResult } from "./bench-check";
import type { CpuTimes } from "./bench-cpu";
import { percentile, perSecond, type LoadResult } from "./bench-load";

export type Row = [figure: string, value: string];

/**
 * A timed phase: its load result, the server's CPU time meanwhile where /proc
 * exists, and the statements sent to PostgreSQL with --count-statements.
 */
export type MeasuredPhase = {
  name: string;
  result: LoadResult;
  cpu?: CpuTimes;
  statements?: number;
};

function formatNumber(value: number, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

function formatLatencies(result: LoadResult) {
  return [50, 95, 99].map((p) => formatNumber(percentile(result.latenciesMs, p), 0)).join(" / ");
}

/** Rows of the costs per request: server CPU time and statements, when they were measured. */
function costRows({ name, result, cpu, statements }: MeasuredPhase): Row[] {
  const requests = result.latenciesMs.length;
  const perRequest = (value: number) => formatNumber(requests > 0 ? value / requests : Number.NaN);
  const rows: Row[] = [];
  if (cpu) {
    rows.push([
      `${name}: server CPU per request, Node.js + PostgreSQL (ms)`,
      `${perRequest(cpu.nodeMs)} + ${perRequest(cpu.postgresMs)}`,
    ]);
  }
  if (statements !== undefined) {
    rows.push([`${name}: statements sent to PostgreSQL per request`, perRequest(statements)]);
  }
  return rows;
}

/** Rows for one measured route: requests per second, latencies, failures and costs. */
export function routeRows(phase: MeasuredPhase): Row[] {
  const { name, result } = phase;
  return [
    [`${name}: requests per second`, formatNumber(perSecond(result.succeeded, result.elapsedMs))],
    [`${name}: latency p50 / p95 / p99 (ms)`, formatLatencies(result)],
    [`${name}: failed requests`, String(result.failed)],
    ...costRows(phase),
  ];
}

/** Rows of the booking phase. Confirmed and waiting are the statuses that responses returned. */
export function bookingRows(phase: MeasuredPhase): Row[] {
  const { name, result } = phase;
  const confirmed = result.outcomes.get("CONFIRMED") ?? 0;
  const waiting = result.outcomes.get("WAITING") ?? 0;
  const rows: Row[] = [
    [
      `${name}: bookings done per second`,
      formatNumber(perSecond(result.succeeded, result.elapsedMs)),
    ],
    [
      `${name}: confirmed bookings per second`,
      formatNumber(perSecond(confirmed, result.elapsedMs)),
    ],
    [`${name}: done (confirmed / waiting list)`, `${result.succeeded} (${confirmed} / ${waiting})`],
    [`${name}: latency p50 / p95 / p99 (ms)`, formatLatencies(result)],
    [`${name}: failed or rejected requests`, String(result.failed)],
    ...costRows(phase),
  ];
  if (result.exhaustedWorkers > 0) {
    rows.push([`${name}: workers out of sessions before the end`, String(result.exhaustedWorkers)]);
  }
  return rows;
}

/** Returns requests per second of `phase` divided by those of `reference`. */
export function throughputRatio(phase: LoadResult, reference: LoadResult): string {
  const ratio =
    perSecond(phase.succeeded, phase.elapsedMs) /
    perSecond(reference.succeeded, reference.elapsedMs);
  return formatNumber(ratio, 2);
}

/** Rows of the final check: bookings by status, full sessions and PASS or FAIL. */
export function checkRows(check: CheckResult, sessionCount: number): Row[] {
  const byStatus = [...check.bookingsByStatus].map(([status, count]) => `${status} ${count}`);
  return [
    ["bookings in the database", byStatus.join(", ") || "none"],
    ["sessions full at the end", `${check.fullSessions} of ${sessionCount}`],
    ["final check", check.passed ? "PASS" : "FAIL"],
  ];
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

/** Returns one line describing the machine: CPUs, memory, Node.js version, platform and load. */
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
export function printFailures({ name, result }: MeasuredPhase) {
  if (result.errors.size === 0) return;
  const sorted = [...result.errors].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`\n${name}: most frequent failures`);
  for (const [message, count] of sorted) console.log(`  ${count} × ${message}`);
}
