import { test } from "node:test";
import * as assert from "node:assert/strict";
import { INITIAL_STATUS, StatusEvent, StatusState, nextStatus, renderStatus } from "../../src/status";
import { ProfileSummary } from "../../src/summary";

const ok: ProfileSummary = { status: "ok", durationMs: 1200, topFunction: "total", topShare: 0.84, hints: 2, message: "profiled" };

function run(events: StatusEvent[], from: StatusState = INITIAL_STATUS): StatusState {
  return events.reduce(nextStatus, from);
}

test("transitions", () => {
  const cases: { name: string; events: StatusEvent[]; want: StatusState }[] = [
    { name: "start", events: [{ type: "start", file: "a.py" }], want: { kind: "profiling", file: "a.py" } },
    {
      name: "finish",
      events: [{ type: "start", file: "a.py" }, { type: "finish", file: "a.py", summary: ok }],
      want: { kind: "result", file: "a.py", summary: ok },
    },
    {
      name: "cancel while profiling",
      events: [{ type: "start", file: "a.py" }, { type: "cancelled" }],
      want: { kind: "idle", note: "The last profile was cancelled." },
    },
    {
      name: "cancel when not profiling keeps the result",
      events: [{ type: "start", file: "a.py" }, { type: "finish", file: "a.py", summary: ok }, { type: "cancelled" }],
      want: { kind: "result", file: "a.py", summary: ok },
    },
    {
      name: "a cancelled summary is idle",
      events: [{ type: "start", file: "a.py" }, { type: "finish", file: "a.py", summary: { ...ok, status: "cancelled" } }],
      want: { kind: "idle", note: "The last profile was cancelled." },
    },
    {
      name: "a failed summary is an error",
      events: [{ type: "start", file: "a.py" }, { type: "finish", file: "a.py", summary: { ...ok, status: "failed", message: "no python" } }],
      want: { kind: "error", message: "no python" },
    },
    {
      name: "a timeout is a result",
      events: [{ type: "finish", file: "a.py", summary: { ...ok, status: "timeout" } }],
      want: { kind: "result", file: "a.py", summary: { ...ok, status: "timeout" } },
    },
    { name: "fail", events: [{ type: "start", file: "a.py" }, { type: "fail", message: "boom" }], want: { kind: "error", message: "boom" } },
    {
      name: "clear forgets the result",
      events: [{ type: "finish", file: "a.py", summary: ok }, { type: "clear" }],
      want: { kind: "idle" },
    },
    {
      name: "clear does not hide a running profile",
      events: [{ type: "start", file: "a.py" }, { type: "clear" }],
      want: { kind: "profiling", file: "a.py" },
    },
    { name: "server ready ends an error", events: [{ type: "fail", message: "x" }, { type: "serverReady" }], want: { kind: "idle" } },
    {
      name: "server ready keeps a result",
      events: [{ type: "finish", file: "a.py", summary: ok }, { type: "serverReady" }],
      want: { kind: "result", file: "a.py", summary: ok },
    },
  ];
  for (const c of cases) {
    assert.deepEqual(run(c.events), c.want, c.name);
  }
});

test("rendering", () => {
  assert.deepEqual(renderStatus(INITIAL_STATUS), {
    text: "$(pulse) jitlens",
    tooltip: "jitlens: click to profile the current Python file",
    command: "jitlens.profileCurrentFile",
    error: false,
    busy: false,
  });
  const profiling = renderStatus({ kind: "profiling", file: "loop.py" });
  assert.equal(profiling.text, "$(sync~spin) jitlens: profiling loop.py");
  assert.equal(profiling.command, "jitlens.cancelProfile");
  assert.equal(profiling.busy, true);
  const result = renderStatus({ kind: "result", file: "loop.py", summary: ok });
  assert.equal(result.text, "jitlens: 1.2 s, hottest total 84%");
  assert.equal(result.command, "jitlens.showOutput");
  assert.match(result.tooltip, /^loop.py: profiled\n/);
  const error = renderStatus({ kind: "error", message: "server crashed" });
  assert.equal(error.text, "$(error) jitlens: error");
  assert.equal(error.error, true);
  assert.match(error.tooltip, /^server crashed/);
  assert.equal(renderStatus({ kind: "idle", note: "The last profile was cancelled." }).tooltip, "The last profile was cancelled.");
});
