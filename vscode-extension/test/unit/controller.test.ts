import { test } from "node:test";
import * as assert from "node:assert/strict";
import { CancelToken, Cancellation, Controller, Host, PercentTracker, ProgressReport, UNTRUSTED_MESSAGE, errorMessage } from "../../src/controller";
import { StatusState } from "../../src/status";

/** A cancellation like vscode.CancellationTokenSource. */
class FakeCancellation implements Cancellation {
  private listeners: (() => void)[] = [];
  private cancelled = false;
  disposed = false;
  readonly token: CancelToken;
  constructor() {
    const state = this;
    this.token = {
      get isCancellationRequested() {
        return state.cancelled;
      },
      onCancellationRequested: (l: () => void) => {
        state.listeners.push(l);
        return { dispose: () => undefined };
      },
    };
  }
  cancel(): void {
    if (!this.cancelled) {
      this.cancelled = true;
      this.listeners.forEach((l) => l());
    }
  }
  dispose(): void {
    this.disposed = true;
  }
}

interface Sent {
  command: string;
  args: unknown[];
  token?: CancelToken;
}

/** A host that records what the controller does; the server is a function. */
class FakeHost implements Host {
  trusted = true;
  sent: Sent[] = [];
  statuses: StatusState[] = [];
  logs: string[] = [];
  messages: string[] = [];
  progressTitles: string[] = [];
  progressCancel?: () => void;
  reports: [string | undefined, number | undefined][] = [];
  cancellations: FakeCancellation[] = [];
  savePath: string | undefined = "/w/out.pb.gz";
  proposed: string[] = [];
  server: (command: string, args: unknown[], token?: CancelToken, onProgress?: ProgressReport) => Promise<unknown> = async () => ({
    status: "ok",
    durationMs: 1200,
    topFunction: "total",
    topShare: 0.84,
    hints: 2,
    message: "profiled in 1.20s",
  });

  isTrusted = () => this.trusted;
  newCancellation = () => {
    const c = new FakeCancellation();
    this.cancellations.push(c);
    return c;
  };
  withProgress = <T>(title: string, onCancel: () => void, task: (report: ProgressReport) => Promise<T>): Promise<T> => {
    this.progressTitles.push(title);
    this.progressCancel = onCancel;
    return task((m, p) => this.reports.push([m, p]));
  };
  executeCommand = (command: string, args: unknown[], token?: CancelToken, onProgress?: ProgressReport) => {
    this.sent.push({ command, args, token });
    return this.server(command, args, token, onProgress);
  };
  askSavePath = async (proposed: string) => {
    this.proposed.push(proposed);
    return this.savePath;
  };
  setStatus = (s: StatusState) => void this.statuses.push(s);
  log = (line: string) => void this.logs.push(line);
  showInfo = (m: string) => void this.messages.push(`info: ${m}`);
  showWarning = (m: string) => void this.messages.push(`warning: ${m}`);
  showError = (m: string) => void this.messages.push(`error: ${m}`);
}

const target = { uri: "file:///w/loop.py", fsPath: "/w/loop.py", name: "loop.py" };

test("profile sends jitlens.profile with the uri and shows the result", async () => {
  const host = new FakeHost();
  host.server = async (_c, _a, _t, onProgress) => {
    onProgress?.("running for 0.5s", 10);
    return { status: "ok", durationMs: 1200, topFunction: "total", topShare: 0.84, hints: 2, message: "profiled in 1.20s" };
  };
  const c = new Controller(host);
  const sum = await c.profile(target);
  assert.equal(sum?.status, "ok");
  assert.deepEqual(
    host.sent.map((s) => [s.command, s.args]),
    [["jitlens.profile", [{ uri: "file:///w/loop.py" }]]],
  );
  assert.equal(host.sent[0].token, host.cancellations[0].token, "the request carries the cancellation token");
  assert.deepEqual(host.progressTitles, ["jitlens: profiling loop.py"]);
  assert.deepEqual(host.reports, [["running for 0.5s", 10]]);
  assert.deepEqual(
    host.statuses.map((s) => s.kind),
    ["idle", "profiling", "result"],
  );
  assert.equal(c.busy, false);
  assert.equal(host.cancellations[0].disposed, true);
  assert.deepEqual(host.messages, []);
  assert.deepEqual(host.logs, [
    "profiling /w/loop.py",
    "loop.py: profiled in 1.20s\nrun: ok, 1.2 s\nhottest function: total, 84% of the time\n2 hints",
  ]);
});

test("untrusted workspaces never run the script", async () => {
  const host = new FakeHost();
  host.trusted = false;
  const c = new Controller(host);
  assert.equal(await c.profile(target), undefined);
  assert.equal(await c.exportProfile(target), undefined);
  assert.deepEqual(host.sent, []);
  assert.deepEqual(host.messages, [`warning: ${UNTRUSTED_MESSAGE}`, `warning: ${UNTRUSTED_MESSAGE}`]);
  assert.deepEqual(host.statuses.map((s) => s.kind), ["idle"]);
});

test("one profile at a time", async () => {
  const host = new FakeHost();
  let finish!: (v: unknown) => void;
  host.server = () => new Promise((resolve) => (finish = resolve));
  const c = new Controller(host);
  const first = c.profile(target);
  assert.equal(c.busy, true);
  assert.equal(await c.profile({ ...target, name: "other.py" }), undefined);
  assert.deepEqual(host.messages, ["info: jitlens is already profiling loop.py."]);
  finish({ status: "ok", durationMs: 5, hints: 0, message: "" });
  assert.equal((await first)?.status, "ok");
  assert.equal(host.sent.length, 1);
});

test("cancel from the notification or the status bar cancels the request", async () => {
  for (const via of ["notification", "status bar"]) {
    const host = new FakeHost();
    // Like vscode-languageclient: a cancelled request rejects.
    host.server = (_c, _a, token) =>
      new Promise((_resolve, reject) => token?.onCancellationRequested(() => reject(new Error("Request cancelled"))));
    const c = new Controller(host);
    const run = c.profile(target);
    if (via === "notification") {
      host.progressCancel?.();
    } else {
      c.cancel();
    }
    assert.equal(await run, undefined, via);
    assert.equal(host.sent[0].token?.isCancellationRequested, true, via);
    assert.deepEqual(host.statuses.at(-1), { kind: "idle", note: "The last profile was cancelled." }, via);
    assert.deepEqual(host.messages, [], `${via}: a cancel is not an error`);
  }
});

test("a server that answers 'cancelled' after the cancel", async () => {
  const host = new FakeHost();
  host.server = (_c, _a, token) =>
    new Promise((resolve) =>
      token?.onCancellationRequested(() => resolve({ status: "cancelled", durationMs: 300, hints: 0, message: "cancelled" })),
    );
  const c = new Controller(host);
  const run = c.profile(target);
  c.cancel();
  assert.equal((await run)?.status, "cancelled");
  assert.deepEqual(host.statuses.at(-1), { kind: "idle", note: "The last profile was cancelled." });
});

test("failures", async () => {
  const host = new FakeHost();
  host.server = async () => {
    throw new Error("document not open");
  };
  const c = new Controller(host);
  assert.equal(await c.profile(target), undefined);
  assert.deepEqual(host.statuses.at(-1), { kind: "error", message: "document not open" });
  assert.deepEqual(host.messages, ["error: jitlens: document not open"]);

  const host2 = new FakeHost();
  host2.server = async () => ({ status: "failed", durationMs: 1, hints: 0, message: "cannot start the profiler" });
  const c2 = new Controller(host2);
  assert.equal((await c2.profile(target))?.status, "failed");
  assert.deepEqual(host2.statuses.at(-1), { kind: "error", message: "cannot start the profiler" });
  assert.deepEqual(host2.messages, ["error: jitlens could not profile loop.py: cannot start the profiler"]);

  const host3 = new FakeHost();
  host3.server = async () => "done";
  const c3 = new Controller(host3);
  assert.equal(await c3.profile(target), undefined);
  assert.equal(host3.statuses.at(-1)?.kind, "error", "an answer that is not a summary is an error");
});

test("export asks where, proposing <script>.pb.gz, then sends the path", async () => {
  const host = new FakeHost();
  host.server = async () => ({ path: "/w/out.pb.gz", bytes: 100 });
  const c = new Controller(host);
  assert.equal(await c.exportProfile(target), "/w/out.pb.gz");
  assert.deepEqual(host.proposed, ["/w/loop.pb.gz"]);
  assert.deepEqual(
    host.sent.map((s) => [s.command, s.args]),
    [["jitlens.exportProfile", [{ uri: "file:///w/loop.py", path: "/w/out.pb.gz" }]]],
  );
  assert.deepEqual(host.messages, ["info: jitlens: saved the pprof profile to /w/out.pb.gz"]);

  // A code action's proposed path is what the dialog proposes.
  await c.exportProfile(target, "/elsewhere/x.pb.gz");
  assert.equal(host.proposed[1], "/elsewhere/x.pb.gz");
});

test("export: dialog dismissed sends nothing; server errors are shown", async () => {
  const host = new FakeHost();
  host.savePath = undefined;
  const c = new Controller(host);
  assert.equal(await c.exportProfile(target), undefined);
  assert.deepEqual(host.sent, []);

  const host2 = new FakeHost();
  host2.server = async () => {
    throw new Error("no profile of file:///w/loop.py to export");
  };
  const c2 = new Controller(host2);
  assert.equal(await c2.exportProfile(target), undefined);
  assert.deepEqual(host2.messages, ["error: jitlens: no profile of file:///w/loop.py to export"]);
});

test("clear", async () => {
  const host = new FakeHost();
  const c = new Controller(host);
  await c.profile(target);
  host.server = async () => ({ cleared: true });
  await c.clearProfile(target);
  assert.deepEqual(host.sent.at(-1)?.args, [{ uri: "file:///w/loop.py" }]);
  assert.equal(host.sent.at(-1)?.command, "jitlens.clearProfile");
  assert.deepEqual(host.statuses.at(-1), { kind: "idle" });
});

test("percent tracker turns absolute percentages into increments", () => {
  const t = new PercentTracker();
  assert.deepEqual([10, 25, 25, 20, undefined, 150, 200].map((p) => t.increment(p)), [10, 15, 0, 0, 0, 75, 0]);
});

test("error messages", () => {
  assert.equal(errorMessage(new Error("x")), "x");
  assert.equal(errorMessage({ message: "y", code: -32603 }), "y");
  assert.equal(errorMessage("z"), "z");
});
