import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

// The tests run from out/test/unit.
const root = path.join(__dirname, "../../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

const runsCode = ["jitlens.profileCurrentFile", "jitlens.exportPprofProfile"];

test("commands that run the user's code are offered only in trusted workspaces", () => {
  for (const cmd of pkg.contributes.commands.filter((c: { command: string }) => runsCode.includes(c.command))) {
    assert.equal(cmd.enablement, "isWorkspaceTrusted", cmd.command);
  }
  for (const [menu, entries] of Object.entries<{ command: string; when?: string }[]>(pkg.contributes.menus)) {
    for (const entry of entries.filter((e) => runsCode.includes(e.command))) {
      assert.match(entry.when ?? "", /(^|&& )isWorkspaceTrusted( &&|$)/, `${menu}: ${entry.command}`);
    }
  }
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, "limited");
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), ["jitlens.profileOnSave", "jitlens.serverPath"]);
});

test("the four user commands have their titles", () => {
  const titles = pkg.contributes.commands.map((c: { category: string; title: string }) => `${c.category}: ${c.title}`);
  for (const t of ["jitlens: Profile Current File", "jitlens: Export pprof Profile", "jitlens: Clear Profile", "jitlens: Show Output"]) {
    assert.ok(titles.includes(t), t);
  }
});

test("every command the extension registers is contributed, and the reverse", () => {
  const source = fs.readFileSync(path.join(root, "src/extension.ts"), "utf8");
  const block = source.slice(source.indexOf("const COMMANDS = {"), source.indexOf("} as const;", source.indexOf("const COMMANDS = {")));
  const registered = [...block.matchAll(/"(jitlens\.[A-Za-z]+)"/g)].map((m) => m[1]).sort();
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(registered, contributed);
});

test("manifest basics", () => {
  assert.equal(pkg.publisher, "jitlens");
  assert.deepEqual(pkg.activationEvents, ["onLanguage:python"]);
  assert.equal(pkg.main, "./out/extension.js");
  assert.match(pkg.engines.vscode, /^\^1\.\d+\.0$/);
  assert.equal(pkg.devDependencies["@types/vscode"], pkg.engines.vscode.slice(1), "@types/vscode matches the oldest supported VS Code");
  assert.equal(pkg.license, "MIT");
  for (const file of ["README.md", "CHANGELOG.md", "LICENSE"]) {
    assert.ok(fs.existsSync(path.join(root, file)), file);
  }
});
