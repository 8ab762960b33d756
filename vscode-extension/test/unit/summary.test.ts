import { test } from "node:test";
import * as assert from "node:assert/strict";
import { describeSummary, formatDuration, formatShare, parseSummary, statusText } from "../../src/summary";

test("parse the server's run summary", () => {
  const got = parseSummary({
    status: "ok",
    exit: "normal",
    durationMs: 1234,
    topFunction: "total",
    topShare: 0.84,
    hints: 3,
    message: "profiled in 1.23s: total takes 84% of the time, 3 hints",
  });
  assert.deepEqual(got, {
    status: "ok",
    exit: "normal",
    durationMs: 1234,
    topFunction: "total",
    topShare: 0.84,
    hints: 3,
    message: "profiled in 1.23s: total takes 84% of the time, 3 hints",
  });
  // omitempty fields are absent in the server's JSON.
  assert.deepEqual(parseSummary({ status: "failed", durationMs: 10, hints: 0, message: "no such file" }), {
    status: "failed",
    exit: undefined,
    durationMs: 10,
    topFunction: undefined,
    topShare: undefined,
    hints: 0,
    message: "no such file",
  });
});

test("answers that are not summaries are errors", () => {
  for (const bad of [null, undefined, "done", 3, {}, { status: "fine" }]) {
    assert.throws(() => parseSummary(bad), /jitlens.profile answered/, JSON.stringify(bad));
  }
});

test("durations", () => {
  const cases: [number, string][] = [
    [0, "0 ms"],
    [850, "850 ms"],
    [999.4, "999 ms"],
    [999.6, "1.0 s"],
    [1000, "1.0 s"],
    [1234, "1.2 s"],
    [9949, "9.9 s"],
    [9960, "10 s"],
    [12400, "12 s"],
    [59400, "59 s"],
    [125000, "2 min 5 s"],
  ];
  for (const [ms, want] of cases) {
    assert.equal(formatDuration(ms), want, String(ms));
  }
});

test("shares", () => {
  const cases: [number, string][] = [
    [0, "0%"],
    [0.004, "<1%"],
    [0.01, "1%"],
    [0.845, "85%"],
    [1, "100%"],
  ];
  for (const [share, want] of cases) {
    assert.equal(formatShare(share), want, String(share));
  }
});

test("status bar text", () => {
  const base = { hints: 2, message: "" };
  const cases: [Parameters<typeof statusText>[0], string][] = [
    [{ ...base, status: "ok", durationMs: 1200, topFunction: "total", topShare: 0.84 }, "jitlens: 1.2 s, hottest total 84%"],
    [{ ...base, status: "ok", durationMs: 300 }, "jitlens: 300 ms"],
    [{ ...base, status: "exception", durationMs: 2000, topFunction: "f", topShare: 0.5 }, "jitlens: 2.0 s, raised an exception, hottest f 50%"],
    [{ ...base, status: "timeout", durationMs: 60000 }, "jitlens: 1 min 0 s, stopped at the time limit"],
    [{ ...base, status: "out-of-memory", durationMs: 4000 }, "jitlens: 4.0 s, ran out of memory"],
  ];
  for (const [sum, want] of cases) {
    assert.equal(statusText(sum), want);
  }
});

test("description for the output channel", () => {
  const text = describeSummary("loop.py", {
    status: "ok",
    exit: "normal",
    durationMs: 1500,
    topFunction: "total",
    topShare: 0.9,
    hints: 1,
    message: "profiled in 1.50s",
  });
  assert.equal(text, "loop.py: profiled in 1.50s\nrun: ok (normal), 1.5 s\nhottest function: total, 90% of the time\n1 hint");
});
