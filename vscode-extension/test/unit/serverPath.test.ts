import { test } from "node:test";
import * as assert from "node:assert/strict";
import { bundledServerPath, resolveServerPath, ServerPathEnv } from "../../src/serverPath";

function env(executables: string[], platform = "linux", arch = "x64"): ServerPathEnv {
  return { platform, arch, extensionPath: "/ext", homeDir: "/home/ana", isExecutable: (f) => executables.includes(f) };
}

test("bundled path per platform", () => {
  const cases: [string, string, string][] = [
    ["linux", "x64", "/ext/bin/linux-x64/jitlens"],
    ["darwin", "arm64", "/ext/bin/darwin-arm64/jitlens"],
    ["win32", "x64", "/ext/bin/win32-x64/jitlens.exe"],
  ];
  for (const [platform, arch, want] of cases) {
    assert.equal(bundledServerPath("/ext", platform, arch), want);
  }
});

test("resolveServerPath", () => {
  const cases: { name: string; setting: unknown; env: ServerPathEnv; want: ReturnType<typeof resolveServerPath> }[] = [
    {
      name: "empty setting uses the bundled binary",
      setting: "",
      env: env(["/ext/bin/linux-x64/jitlens"]),
      want: { ok: true, path: "/ext/bin/linux-x64/jitlens", source: "bundled" },
    },
    {
      name: "unset setting uses the bundled binary",
      setting: undefined,
      env: env(["/ext/bin/linux-x64/jitlens"]),
      want: { ok: true, path: "/ext/bin/linux-x64/jitlens", source: "bundled" },
    },
    {
      name: "blank setting is unset",
      setting: "   ",
      env: env(["/ext/bin/linux-x64/jitlens"]),
      want: { ok: true, path: "/ext/bin/linux-x64/jitlens", source: "bundled" },
    },
    {
      name: "setting wins over the bundled binary",
      setting: "/opt/jitlens/bin/jitlens",
      env: env(["/ext/bin/linux-x64/jitlens", "/opt/jitlens/bin/jitlens"]),
      want: { ok: true, path: "/opt/jitlens/bin/jitlens", source: "setting" },
    },
    {
      name: "tilde expands to the home folder",
      setting: "~/go/bin/jitlens",
      env: env(["/home/ana/go/bin/jitlens"]),
      want: { ok: true, path: "/home/ana/go/bin/jitlens", source: "setting" },
    },
    {
      name: "a missing configured binary is an error, not a fallback",
      setting: "/nowhere/jitlens",
      env: env(["/ext/bin/linux-x64/jitlens"]),
      want: { ok: false, message: 'jitlens.serverPath is "/nowhere/jitlens", which is not an executable file.' },
    },
    {
      name: "relative paths are refused",
      setting: "bin/jitlens",
      env: env(["bin/jitlens"]),
      want: { ok: false, message: 'jitlens.serverPath must be an absolute path, not "bin/jitlens".' },
    },
    {
      name: "no bundled binary for this platform",
      setting: "",
      env: env(["/ext/bin/linux-x64/jitlens"], "darwin", "arm64"),
      want: {
        ok: false,
        message: "This jitlens extension has no server for darwin-arm64. Build jitlens and set jitlens.serverPath to the binary.",
      },
    },
  ];
  for (const c of cases) {
    assert.deepEqual(resolveServerPath(c.setting, c.env), c.want, c.name);
  }
});
