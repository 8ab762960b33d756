// The answer of the server's jitlens.profile command, and how the
// extension words it in the status bar and the output channel.

/** How a run ended, as the server reports it. */
export type RunStatus = "ok" | "exception" | "timeout" | "cancelled" | "out-of-memory" | "failed";

const RUN_STATUSES: readonly string[] = ["ok", "exception", "timeout", "cancelled", "out-of-memory", "failed"];

/** A profile run's summary (the server's runSummary). */
export interface ProfileSummary {
  status: RunStatus;
  /** The run report's exit kind, when the engine wrote one. */
  exit?: string;
  durationMs: number;
  /** The qualified name of the function with the largest share, if any. */
  topFunction?: string;
  /** That function's share of the time, 0..1. */
  topShare?: number;
  /** How many hints the profile produced. */
  hints: number;
  /** The server's one-line account of the run. */
  message: string;
}

/** Reads the server's answer; throws when it is not a summary, so a contract change is noticed. */
export function parseSummary(value: unknown): ProfileSummary {
  if (value === null || typeof value !== "object") {
    throw new Error(`jitlens.profile answered ${JSON.stringify(value)}, not a run summary`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v.status !== "string" || !RUN_STATUSES.includes(v.status)) {
    throw new Error(`jitlens.profile answered an unknown status ${JSON.stringify(v.status)}`);
  }
  return {
    status: v.status as RunStatus,
    exit: typeof v.exit === "string" && v.exit !== "" ? v.exit : undefined,
    durationMs: typeof v.durationMs === "number" && v.durationMs >= 0 ? v.durationMs : 0,
    topFunction: typeof v.topFunction === "string" && v.topFunction !== "" ? v.topFunction : undefined,
    topShare: typeof v.topShare === "number" ? v.topShare : undefined,
    hints: typeof v.hints === "number" ? v.hints : 0,
    message: typeof v.message === "string" ? v.message : "",
  };
}

/** A duration for people: "850 ms", "1.2 s", "12 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (Math.round(ms) < 1000) {
    return `${Math.round(ms)} ms`;
  }
  const s = ms / 1000;
  // Below 9.95 s one decimal; above, toFixed(1) would print "10.0".
  if (s < 9.95) {
    return `${s.toFixed(1)} s`;
  }
  if (s < 60) {
    return `${Math.round(s)} s`;
  }
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** A share as a whole percentage; tiny non-zero shares read "<1%". */
export function formatShare(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 1) {
    return "<1%";
  }
  return `${Math.round(p)}%`;
}

const STATUS_WORDS: Record<RunStatus, string> = {
  ok: "",
  exception: "raised an exception",
  timeout: "stopped at the time limit",
  cancelled: "cancelled",
  "out-of-memory": "ran out of memory",
  failed: "failed",
};

/** The status bar text for a finished run, e.g. "jitlens: 1.2 s, hottest total 84%". */
export function statusText(sum: ProfileSummary): string {
  const parts = [formatDuration(sum.durationMs)];
  if (sum.status !== "ok") {
    parts.push(STATUS_WORDS[sum.status]);
  }
  if (sum.topFunction !== undefined && sum.topShare !== undefined) {
    parts.push(`hottest ${sum.topFunction} ${formatShare(sum.topShare)}`);
  }
  return `jitlens: ${parts.join(", ")}`;
}

/** A longer account for the tooltip and the output channel. */
export function describeSummary(file: string, sum: ProfileSummary): string {
  const lines = [`${file}: ${sum.message !== "" ? sum.message : STATUS_WORDS[sum.status] || "profiled"}`];
  lines.push(`run: ${sum.status}${sum.exit !== undefined ? ` (${sum.exit})` : ""}, ${formatDuration(sum.durationMs)}`);
  if (sum.topFunction !== undefined && sum.topShare !== undefined) {
    lines.push(`hottest function: ${sum.topFunction}, ${formatShare(sum.topShare)} of the time`);
  }
  lines.push(sum.hints === 1 ? "1 hint" : `${sum.hints} hints`);
  return lines.join("\n");
}

/** Whether a summary is a failure that the status bar shows as an error. */
export function isFailure(sum: ProfileSummary): boolean {
  return sum.status === "failed";
}
