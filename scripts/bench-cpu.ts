// CPU time used by the Next.js server and by PostgreSQL, read from Linux's
// /proc. Divided by the requests of a phase, it gives the CPU cost of one
// request. Other jobs on the machine change that figure much less than
// they change requests per second.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type CpuTimes = { nodeMs: number; postgresMs: number };

type ProcessStat = { parentPid: number; cpuTicks: number; childrenCpuTicks: number };

let ticksPerSecond: number | undefined;

/** Returns the unit of /proc's CPU times (USER_HZ), usually 100 per second. */
function clockTicksPerSecond() {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  return ticksPerSecond;
}

/** Reads a process's parent and its user + system CPU time, or null when it has exited. */
function readProcessStat(pid: number): ProcessStat | null {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name, in parentheses, may contain spaces. Fields after it
  // start at field 3 (state). The parent's pid is field 4, utime and stime
  // are 14 and 15, and cutime and cstime (children already waited for) 16
  // and 17.
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  return {
    parentPid: Number(fields[1]),
    cpuTicks: Number(fields[11]) + Number(fields[12]),
    childrenCpuTicks: Number(fields[13]) + Number(fields[14]),
  };
}

/** Sums the CPU time of the postmaster and of its children (backends, workers), live or exited. */
function postgresTicks(postmasterPid: number): number {
  const postmaster = readProcessStat(postmasterPid);
  let ticks = postmaster ? postmaster.cpuTicks + postmaster.childrenCpuTicks : 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProcessStat(Number(entry));
    if (stat?.parentPid === postmasterPid) ticks += stat.cpuTicks;
  }
  return ticks;
}

/**
 * Returns a function that reads the CPU time used so far by the server
 * process and by the PostgreSQL whose data folder is given, or null where
 * /proc is missing (not Linux). The PostgreSQL part is 0 without a folder,
 * as with an external DATABASE_URL.
 */
export function cpuReader(serverPid: number, postgresDataDir?: string): (() => CpuTimes) | null {
  if (!existsSync(`/proc/${serverPid}/stat`)) return null;
  const pidFile = postgresDataDir ? path.join(postgresDataDir, "postmaster.pid") : undefined;
  const postmasterPid =
    pidFile && existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  const toMs = (ticks: number) => (ticks * 1000) / clockTicksPerSecond();

  return () => ({
    nodeMs: toMs(readProcessStat(serverPid)?.cpuTicks ?? 0),
    postgresMs: postmasterPid ? toMs(postgresTicks(postmasterPid)) : 0,
  });
}

/** Returns the CPU time used between two readings. */
export function cpuUsedBetween(before: CpuTimes, after: CpuTimes): CpuTimes {
  return { nodeMs: after.nodeMs - before.nodeMs, postgresMs: after.postgresMs - before.postgresMs };
}
