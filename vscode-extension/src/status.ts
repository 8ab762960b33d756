// The status bar item's state machine: idle, profiling (click cancels),
// the last result, or an error. Pure: the extension renders the view.
import { ProfileSummary, isFailure, statusText, describeSummary } from "./summary";

/** The command a click on the status bar item runs. */
export const STATUS_COMMANDS = {
  cancel: "jitlens.cancelProfile",
  showOutput: "jitlens.showOutput",
  profile: "jitlens.profileCurrentFile",
} as const;

/** What the status bar item shows. */
export type StatusState =
  | { kind: "idle"; note?: string }
  | { kind: "profiling"; file: string }
  | { kind: "result"; file: string; summary: ProfileSummary }
  | { kind: "error"; message: string };

/** What happens to the state. */
export type StatusEvent =
  | { type: "start"; file: string }
  | { type: "finish"; file: string; summary: ProfileSummary }
  | { type: "cancelled" }
  | { type: "fail"; message: string }
  | { type: "clear" }
  | { type: "serverReady" };

/** The state at start-up. */
export const INITIAL_STATUS: StatusState = { kind: "idle" };

/** The state after an event. */
export function nextStatus(state: StatusState, event: StatusEvent): StatusState {
  switch (event.type) {
    case "start":
      return { kind: "profiling", file: event.file };
    case "finish":
      if (isFailure(event.summary)) {
        return { kind: "error", message: event.summary.message || "the profile failed" };
      }
      if (event.summary.status === "cancelled") {
        return { kind: "idle", note: "The last profile was cancelled." };
      }
      return { kind: "result", file: event.file, summary: event.summary };
    case "cancelled":
      return state.kind === "profiling" ? { kind: "idle", note: "The last profile was cancelled." } : state;
    case "fail":
      return { kind: "error", message: event.message };
    case "clear":
      return state.kind === "profiling" ? state : { kind: "idle" };
    case "serverReady":
      // A restarted server has no profile and no run: an error from before is over.
      return state.kind === "error" || state.kind === "profiling" ? { kind: "idle" } : state;
  }
}

/** How the status bar item looks. */
export interface StatusView {
  text: string;
  tooltip: string;
  command: string;
  /** Shown with the error background. */
  error: boolean;
  /** Whether a profile is running (the context key jitlens.profiling). */
  busy: boolean;
}

/** Renders a state. */
export function renderStatus(state: StatusState): StatusView {
  switch (state.kind) {
    case "idle":
      return {
        text: "$(pulse) jitlens",
        tooltip: state.note ?? "jitlens: click to profile the current Python file",
        command: STATUS_COMMANDS.profile,
        error: false,
        busy: false,
      };
    case "profiling":
      return {
        text: `$(sync~spin) jitlens: profiling ${state.file}`,
        tooltip: `Profiling ${state.file}. Click to cancel.`,
        command: STATUS_COMMANDS.cancel,
        error: false,
        busy: true,
      };
    case "result":
      return {
        text: statusText(state.summary),
        tooltip: describeSummary(state.file, state.summary) + "\n\nClick to show jitlens's output.",
        command: STATUS_COMMANDS.showOutput,
        error: false,
        busy: false,
      };
    case "error":
      return {
        text: "$(error) jitlens: error",
        tooltip: `${state.message}\n\nClick to show jitlens's output.`,
        command: STATUS_COMMANDS.showOutput,
        error: true,
        busy: false,
      };
  }
}
