// The extension's commands without the vscode API: trust checks, one run
// at a time, cancellation from the notification or the status bar, the
// status bar's state and the output log. extension.ts supplies the host.
import { SERVER_COMMANDS, defaultExportPath, exportArgs, uriArgs } from "./commandArgs";
import { StatusEvent, StatusState, INITIAL_STATUS, nextStatus } from "./status";
import { ProfileSummary, describeSummary, parseSummary } from "./summary";

/** A cancellation signal (vscode.CancellationToken's shape). */
export interface CancelToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** A cancellation that can be triggered (vscode.CancellationTokenSource's shape). */
export interface Cancellation {
  readonly token: CancelToken;
  cancel(): void;
  dispose(): void;
}

/** Reports progress: a message and an absolute percentage. */
export type ProgressReport = (message: string | undefined, percentage: number | undefined) => void;

/** What the controller needs from VS Code and the language client. */
export interface Host {
  isTrusted(): boolean;
  newCancellation(): Cancellation;
  /** Shows a cancellable progress notification while task runs; its Cancel button calls onCancel. */
  withProgress<T>(title: string, onCancel: () => void, task: (report: ProgressReport) => Promise<T>): Promise<T>;
  /** Sends workspace/executeCommand; cancelling the token sends $/cancelRequest. */
  executeCommand(command: string, args: unknown[], token?: CancelToken, onProgress?: ProgressReport): Promise<unknown>;
  /** Asks where to save, proposing a path; undefined when the user gives up. */
  askSavePath(proposed: string): Promise<string | undefined>;
  setStatus(state: StatusState): void;
  log(line: string): void;
  showInfo(message: string): void;
  showWarning(message: string): void;
  showError(message: string): void;
}

/** The script a command acts on. */
export interface Target {
  uri: string;
  /** Its path on disk. */
  fsPath: string;
  /** Its file name, for messages. */
  name: string;
}

/** The message shown when profiling is refused in an untrusted workspace. */
export const UNTRUSTED_MESSAGE =
  "jitlens profiles a script by running it, so it profiles only in trusted workspaces. Trust this workspace to profile.";

/** Runs the extension's commands. */
export class Controller {
  private state: StatusState = INITIAL_STATUS;
  private running?: { target: Target; cancellation: Cancellation };

  constructor(private readonly host: Host) {
    host.setStatus(this.state);
  }

  /** The status bar's current state. */
  get status(): StatusState {
    return this.state;
  }

  /** Whether a profile is running. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Feeds an event to the status bar. */
  update(event: StatusEvent): void {
    this.state = nextStatus(this.state, event);
    this.host.setStatus(this.state);
  }

  /** Profiles a script; resolves when the run is over, with its summary (undefined when it did not run). */
  async profile(target: Target): Promise<ProfileSummary | undefined> {
    if (!this.host.isTrusted()) {
      this.host.showWarning(UNTRUSTED_MESSAGE);
      return undefined;
    }
    if (this.running !== undefined) {
      this.host.showInfo(`jitlens is already profiling ${this.running.target.name}.`);
      return undefined;
    }
    const cancellation = this.host.newCancellation();
    this.running = { target, cancellation };
    this.update({ type: "start", file: target.name });
    this.host.log(`profiling ${target.fsPath}`);
    try {
      const answer = await this.host.withProgress(
        `jitlens: profiling ${target.name}`,
        () => cancellation.cancel(),
        (report) => this.host.executeCommand(SERVER_COMMANDS.profile, uriArgs(target.uri), cancellation.token, report),
      );
      const summary = parseSummary(answer);
      this.host.log(describeSummary(target.name, summary));
      this.update({ type: "finish", file: target.name, summary });
      if (summary.status === "failed") {
        this.host.showError(`jitlens could not profile ${target.name}: ${summary.message}`);
      }
      return summary;
    } catch (err) {
      if (cancellation.token.isCancellationRequested) {
        this.host.log(`profile of ${target.name} cancelled`);
        this.update({ type: "cancelled" });
        return undefined;
      }
      const message = errorMessage(err);
      this.host.log(`profile of ${target.name} failed: ${message}`);
      this.update({ type: "fail", message });
      this.host.showError(`jitlens: ${message}`);
      return undefined;
    } finally {
      this.running = undefined;
      cancellation.dispose();
    }
  }

  /** Cancels the running profile, if any (the status bar's click). */
  cancel(): void {
    this.running?.cancellation.cancel();
  }

  /** Asks where to save the script's last profile as pprof and has the server write it there. */
  async exportProfile(target: Target, proposed?: string): Promise<string | undefined> {
    if (!this.host.isTrusted()) {
      this.host.showWarning(UNTRUSTED_MESSAGE);
      return undefined;
    }
    const path = await this.host.askSavePath(proposed ?? defaultExportPath(target.fsPath));
    if (path === undefined) {
      return undefined;
    }
    try {
      await this.host.executeCommand(SERVER_COMMANDS.exportProfile, exportArgs(target.uri, path));
    } catch (err) {
      const message = errorMessage(err);
      this.host.log(`export of ${target.name} failed: ${message}`);
      this.host.showError(`jitlens: ${message}`);
      return undefined;
    }
    this.host.log(`wrote the pprof profile of ${target.name} to ${path}`);
    this.host.showInfo(`jitlens: saved the pprof profile to ${path}`);
    return path;
  }

  /** Forgets the script's profile: its hints, inlay hints and lenses go away. */
  async clearProfile(target: Target): Promise<void> {
    try {
      await this.host.executeCommand(SERVER_COMMANDS.clearProfile, uriArgs(target.uri));
    } catch (err) {
      this.host.showError(`jitlens: ${errorMessage(err)}`);
      return;
    }
    this.host.log(`cleared the profile of ${target.name}`);
    this.update({ type: "clear" });
  }
}

/** A readable message from whatever a promise rejected with. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    return err.message;
  }
  if (err !== null && typeof err === "object" && typeof (err as { message?: unknown }).message === "string") {
    return (err as { message: string }).message;
  }
  return String(err);
}

/** Turns absolute percentages into the increments vscode.Progress wants. */
export class PercentTracker {
  private last = 0;

  /** The increment that takes the bar to percentage; 0 when it would go backwards. */
  increment(percentage: number | undefined): number {
    if (percentage === undefined || !Number.isFinite(percentage)) {
      return 0;
    }
    const p = Math.min(100, Math.max(0, percentage));
    const inc = Math.max(0, p - this.last);
    this.last = Math.max(this.last, p);
    return inc;
  }
}
