import { test } from "node:test";
import * as assert from "node:assert/strict";
import { HINT_KINDS, configurationItem, hintKinds, settingsForServer } from "../../src/settings";
import * as fs from "node:fs";
import * as path from "node:path";

const reader = (values: Record<string, unknown>) => (key: string) => values[key];

test("defaults when nothing is set", () => {
  assert.deepEqual(settingsForServer(reader({}), true), {
    sampleRate: 1000,
    timeLimitSeconds: 60,
    profileOnSave: false,
    hints: { enabled: [...HINT_KINDS] },
    inlayHints: { enabled: true },
    serverPath: "",
  });
});

test("user values are passed on", () => {
  const got = settingsForServer(
    reader({
      sampleRate: 250,
      timeLimitSeconds: 5.5,
      profileOnSave: true,
      "hints.enabled": ["type-unstable", "hot-spot"],
      "inlayHints.enabled": false,
      serverPath: " /opt/jitlens ",
    }),
    true,
  );
  assert.deepEqual(got, {
    sampleRate: 250,
    timeLimitSeconds: 5.5,
    profileOnSave: true,
    hints: { enabled: ["type-unstable", "hot-spot"] },
    inlayHints: { enabled: false },
    serverPath: "/opt/jitlens",
  });
});

test("profile on save is off in untrusted workspaces", () => {
  assert.equal(settingsForServer(reader({ profileOnSave: true }), false).profileOnSave, false);
  assert.equal(settingsForServer(reader({ profileOnSave: true }), true).profileOnSave, true);
  assert.equal(settingsForServer(reader({ profileOnSave: "yes" }), true).profileOnSave, false);
});

test("invalid numbers fall back to the defaults", () => {
  const cases: [unknown, unknown, number, number][] = [
    [0, 0, 1000, 60],
    [-5, -1, 1000, 60],
    [10001, Infinity, 1000, 60],
    [2.5, "30", 1000, 60],
    [1, 0.5, 1, 0.5],
    [10000, 3600, 10000, 3600],
  ];
  for (const [rate, limit, wantRate, wantLimit] of cases) {
    const got = settingsForServer(reader({ sampleRate: rate, timeLimitSeconds: limit }), true);
    assert.equal(got.sampleRate, wantRate, `sampleRate ${String(rate)}`);
    assert.equal(got.timeLimitSeconds, wantLimit, `timeLimitSeconds ${String(limit)}`);
  }
});

test("hint kinds: known ones, in order, once", () => {
  assert.deepEqual(hintKinds(["io-bound", "bogus", 3, "io-bound", "hot-spot"]), ["io-bound", "hot-spot"]);
  assert.deepEqual(hintKinds([]), []);
  assert.deepEqual(hintKinds("hot-spot"), [...HINT_KINDS]);
  assert.deepEqual(hintKinds(undefined), [...HINT_KINDS]);
});

test("configuration items", () => {
  const s = settingsForServer(reader({ "hints.enabled": ["hot-spot"] }), true);
  assert.deepEqual(configurationItem("jitlens", s), { ours: true, value: s });
  assert.deepEqual(configurationItem("jitlens.sampleRate", s), { ours: true, value: 1000 });
  assert.deepEqual(configurationItem("jitlens.hints.enabled", s), { ours: true, value: ["hot-spot"] });
  assert.deepEqual(configurationItem("jitlens.nope", s), { ours: true, value: null });
  assert.deepEqual(configurationItem("jitlens.sampleRate.deeper", s), { ours: true, value: null });
  assert.deepEqual(configurationItem("python", s), { ours: false });
  assert.deepEqual(configurationItem("jitlensx", s), { ours: false });
  assert.deepEqual(configurationItem(undefined, s), { ours: false });
});

test("package.json contributes the same settings and defaults", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../package.json"), "utf8"));
  const props = pkg.contributes.configuration.properties;
  const defaults = settingsForServer(reader({}), true);
  assert.equal(props["jitlens.sampleRate"].default, defaults.sampleRate);
  assert.equal(props["jitlens.timeLimitSeconds"].default, defaults.timeLimitSeconds);
  assert.equal(props["jitlens.profileOnSave"].default, defaults.profileOnSave);
  assert.deepEqual(props["jitlens.hints.enabled"].default, defaults.hints.enabled);
  assert.deepEqual(props["jitlens.hints.enabled"].items.enum, [...HINT_KINDS]);
  assert.equal(props["jitlens.inlayHints.enabled"].default, defaults.inlayHints.enabled);
  assert.equal(props["jitlens.serverPath"].default, defaults.serverPath);
  assert.equal(props["jitlens.serverPath"].scope, "machine");
  for (const [key, prop] of Object.entries<{ markdownDescription?: string }>(props)) {
    assert.ok((prop.markdownDescription ?? "").length > 20, `${key} has a description`);
  }
  assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes("jitlens.serverPath"));
});
