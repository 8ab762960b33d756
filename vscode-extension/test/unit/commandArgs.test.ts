import { test } from "node:test";
import * as assert from "node:assert/strict";
import { defaultExportPath, exportArgs, pathOfArgs, uriArgs, uriOfArgs, whyNotProfilable } from "../../src/commandArgs";

test("command arguments are one object", () => {
  assert.deepEqual(uriArgs("file:///w/a.py"), [{ uri: "file:///w/a.py" }]);
  assert.deepEqual(exportArgs("file:///w/a.py", "/w/a.pb.gz"), [{ uri: "file:///w/a.py", path: "/w/a.pb.gz" }]);
});

test("default export path", () => {
  const cases: [string, string][] = [
    ["/w/loop.py", "/w/loop.pb.gz"],
    ["/w/gui.pyw", "/w/gui.pb.gz"],
    ["/w/script", "/w/script.pb.gz"],
    ["/w/my.py.bak", "/w/my.py.bak.pb.gz"],
    ["/w.py/run.py", "/w.py/run.pb.gz"],
  ];
  for (const [script, want] of cases) {
    assert.equal(defaultExportPath(script), want, script);
  }
});

test("which documents can be profiled", () => {
  assert.equal(whyNotProfilable({ languageId: "python", scheme: "file" }), undefined);
  assert.match(whyNotProfilable(undefined) ?? "", /Open a Python file/);
  assert.match(whyNotProfilable({ languageId: "go", scheme: "file" }) ?? "", /not one/);
  assert.match(whyNotProfilable({ languageId: "python", scheme: "untitled" }) ?? "", /Save the file/);
});

test("reading server command arguments", () => {
  assert.equal(uriOfArgs([{ uri: "file:///a.py" }]), "file:///a.py");
  assert.equal(uriOfArgs([]), undefined);
  assert.equal(uriOfArgs([null]), undefined);
  assert.equal(uriOfArgs(["file:///a.py"]), undefined);
  assert.equal(uriOfArgs([{ uri: 3 }]), undefined);
  assert.equal(pathOfArgs([{ uri: "u", path: "/p.pb.gz" }]), "/p.pb.gz");
  assert.equal(pathOfArgs([{ uri: "u" }]), undefined);
});
