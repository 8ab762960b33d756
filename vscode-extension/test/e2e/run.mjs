// End-to-end test of the jitlens extension in a real VS Code: code-server
// driven by playwright-core with the system Chromium. Run it with
// `npm run e2e` (scripts/e2e.sh sets up Node 24, code-server and
// playwright-core first). Every check is recorded; the test goes on after
// a failed check where the next one can still tell something, and exits 1
// if any check failed. Results: test/e2e/results.json; screenshots:
// test/e2e/screenshots/.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import * as zlib from "node:zlib";

const here = path.dirname(fileURLToPath(import.meta.url));
const extRoot = path.resolve(here, "../..");
const cache = process.env.JITLENS_E2E_CACHE ?? path.join(os.homedir(), ".cache/jitlens-e2e");
const codeServerEntry = path.join(cache, "code-server/node_modules/code-server/out/node/entry.js");
const { chromium } = createRequire(path.join(cache, "playwright/"))("playwright-core");
const vsix = path.join(extRoot, "jitlens-linux-x64.vsix");
const fixture = path.join(extRoot, "test/fixtures/accumulate.py");
const shots = path.join(here, "screenshots");
const readmeShot = path.join(extRoot, "images/screenshot.png");
const started = Date.now();

const checks = [];
function record(name, ok, detail) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
}

/** Polls fn until it returns a truthy value or the time is up; returns the last value. */
async function poll(fn, timeoutMs, everyMs = 250) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
    } catch (err) {
      last = undefined;
    }
    if (last || Date.now() > end) {
      return last;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

// A clean VS Code: fresh extensions dir, user data dir and workspace.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jitlens-e2e-"));
const extDir = path.join(tmp, "extensions");
const userData = path.join(tmp, "user-data");
const workspace = path.join(tmp, "workspace");
fs.mkdirSync(path.join(userData, "User"), { recursive: true });
fs.mkdirSync(workspace);
fs.mkdirSync(shots, { recursive: true });
for (const old of fs.readdirSync(shots).filter((f) => f.endsWith(".png"))) {
  fs.rmSync(path.join(shots, old));
}
const script = path.join(workspace, "accumulate.py");
fs.copyFileSync(fixture, script);
const exportPath = path.join(workspace, "accumulate.pb.gz");
const endless = path.join(workspace, "endless.py");
fs.copyFileSync(path.join(extRoot, "test/fixtures/endless.py"), endless);
/** VS Code user settings for a session: trust off (everything trusted), or on with the folder left untrusted. */
function writeUserSettings(dir, trustEnabled) {
  fs.mkdirSync(path.join(dir, "User"), { recursive: true });
  const settings = {
    "security.workspace.trust.enabled": trustEnabled,
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.banner": "never",
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "telemetry.telemetryLevel": "off",
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "extensions.ignoreRecommendations": true,
    "editor.inlayHints.enabled": "on",
    "editor.hover.delay": 300,
    "files.simpleDialog.enable": true,
    "window.dialogStyle": "custom",
    "chat.disableAIFeatures": true,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
  };
  fs.writeFileSync(path.join(dir, "User/settings.json"), JSON.stringify(settings, null, 2));
}
writeUserSettings(userData, false);
const restrictedUserData = path.join(tmp, "user-data-restricted");
writeUserSettings(restrictedUserData, true);
const restrictedWorkspace = path.join(tmp, "untrusted");
fs.mkdirSync(restrictedWorkspace);
fs.copyFileSync(fixture, path.join(restrictedWorkspace, "accumulate.py"));

/** The code-server processes started, each the leader of its process group. */
const servers = [];
let browser;
const log = fs.openSync(path.join(tmp, "code-server.log"), "w");

/**
 * Starts code-server on loopback for a folder, in its own process group so
 * that everything it starts (extension host, jitlens serve) stops with it,
 * and opens it in a new browser page.
 */
async function openVSCode(userDataDir, folder) {
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    [
      codeServerEntry,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--user-data-dir", userDataDir,
      "--extensions-dir", extDir,
      folder,
    ],
    { detached: true, stdio: ["ignore", log, log] },
  );
  servers.push(proc);
  const up = await poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000, 500);
  if (!up) {
    throw new Error("code-server did not come up; see its log");
  }
  browser ??= await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
  await page.waitForTimeout(2000);
  return { proc, page };
}

async function main() {
  // 1. Install the .vsix into the clean extensions dir.
  if (!fs.existsSync(vsix)) {
    throw new Error(`${vsix} is missing: run npm run package`);
  }
  const install = spawnSync(
    process.execPath,
    [codeServerEntry, "--user-data-dir", userData, "--extensions-dir", extDir, "--install-extension", vsix],
    { encoding: "utf8", timeout: 120_000 },
  );
  const installed = fs.existsSync(extDir) && fs.readdirSync(extDir).some((d) => d.startsWith("jitlens.jitlens-"));
  record("vsix installs into a clean extensions dir", install.status === 0 && installed, (install.stdout + install.stderr).trim().split("\n").pop());
  if (!installed) {
    return;
  }

  // 2. A trusted session.
  const { proc: trustedServer, page } = await openVSCode(userData, workspace);

  // 3. Open the script with Ctrl+P.
  await openFile(page, "accumulate.py");
  const opened = await poll(async () => (await editorText(page)).includes("def total(n):"), 20_000);
  record("the script opens in the editor", Boolean(opened));
  if (!opened) {
    await page.screenshot({ path: path.join(shots, "01-open-failed.png") });
    return;
  }

  // 4. The extension activates and shows its idle status bar item.
  const statusItem = page.locator("#jitlens\\.jitlens\\.jitlens\\.status, .statusbar-item[id*='jitlens']").first();
  const idle = await poll(async () => ((await statusItem.textContent()) ?? "").trim() === "jitlens", 30_000);
  record("status bar shows the idle item", Boolean(idle), await statusText(page));
  await page.screenshot({ path: path.join(shots, "01-opened.png") });

  // 5. Profile from the command palette.
  await runCommand(page, "jitlens: Profile Current File");
  // The run may take under a second: either sign counts here; the cancel
  // checks below see both the spinner and the notification of a long run.
  const sawProgress = await poll(async () => {
    const text = await statusText(page);
    const toast = (await page.locator(".notifications-toasts").textContent().catch(() => "")) ?? "";
    const seen = [];
    if (/profiling accumulate\.py/.test(text)) seen.push(`status bar "${text}"`);
    if (/jitlens: profiling accumulate\.py/.test(toast)) seen.push("notification");
    return seen.length > 0 ? seen.join(" and ") : undefined;
  }, 10_000, 100);
  record("profiling shows progress (status bar or notification)", Boolean(sawProgress), sawProgress ?? "neither seen");
  await page.screenshot({ path: path.join(shots, "02-profiling.png") });
  const result = await poll(async () => {
    const text = await statusText(page);
    return /jitlens: [\d.]+ (ms|s)/.test(text) || /error/.test(text) ? text : undefined;
  }, 90_000, 500);
  record("the run finishes and the status bar shows the result", /jitlens: [\d.]+ (ms|s).*hottest total \d+%/.test(result ?? ""), result ?? "(no result)");
  await page.screenshot({ path: path.join(shots, "03-profiled.png") });

  // 6. Inlay hints with time shares: injected text in the rendered lines.
  const hints = await poll(async () => {
    const texts = await inlayHintTexts(page);
    return texts.some((t) => /^6: \d+% of run · \w+/.test(t)) ? texts : undefined;
  }, 20_000, 500);
  record(
    "inlay hints show time shares (e.g. '100% of run · interpreter' on def total)",
    Boolean(hints),
    JSON.stringify(hints ?? (await inlayHintTexts(page))),
  );

  // 7. Hover on `total` shows its time and JIT state.
  await goTo(page, 6, 6);
  await runCommand(page, "Show or Focus Hover");
  const hover = await poll(async () => {
    const t = await page.locator(".monaco-hover:visible").first().textContent();
    return t && /JIT: /.test(t) ? t : undefined;
  }, 10_000);
  const jitLine = /JIT: [^\n]*?\)/.exec(hover ?? "")?.[0];
  const tierLine = /tier: \w+/.exec(hover ?? "")?.[0];
  record(
    "hover on a profiled function shows its time, tier and JIT state",
    jitLine !== undefined && tierLine !== undefined && /total: \d+% of the run/.test(hover ?? ""),
    jitLine !== undefined ? `${tierLine}; ${jitLine}` : (hover ?? "(no hover)").slice(0, 300),
  );
  await page.screenshot({ path: path.join(shots, "04-hover.png") });
  // The README's screenshot is replaced only when asked (it is committed).
  if (hints && hover && (process.argv.includes("--update-screenshot") || !fs.existsSync(readmeShot))) {
    fs.copyFileSync(path.join(shots, "04-hover.png"), readmeShot);
  }
  await page.keyboard.press("Escape");

  // 8. Export the profile: the save dialog proposes accumulate.pb.gz.
  await runCommand(page, "jitlens: Export pprof Profile");
  const dialog = await poll(async () => {
    const input = page.locator(".quick-input-widget input:visible").first();
    const value = await input.inputValue();
    return value.endsWith("accumulate.pb.gz") ? value : undefined;
  }, 10_000);
  record("the export asks where to save, proposing accumulate.pb.gz", Boolean(dialog), dialog ?? "(no save dialog)");
  await page.screenshot({ path: path.join(shots, "05-export-dialog.png") });
  if (dialog) {
    await page.keyboard.press("Enter");
  }
  const written = await poll(() => fs.existsSync(exportPath) && fs.statSync(exportPath).size > 0, 10_000);
  let pprofDetail = "no file at " + exportPath;
  let pprofOk = false;
  if (written) {
    const raw = fs.readFileSync(exportPath);
    try {
      const body = zlib.gunzipSync(raw).toString("latin1");
      pprofOk = body.includes("accumulate.py") && body.includes("total") && body.includes("samples") && body.includes("cpu") && body.includes("nanoseconds");
      pprofDetail = `${raw.length} bytes gzip, ${body.length} bytes profile.proto`;
    } catch (err) {
      pprofDetail = `not gzip: ${err.message}`;
    }
  }
  record("the export writes a gzipped pprof profile naming the script and its functions", pprofOk, pprofDetail);
  await page.keyboard.press("Escape");

  // 9. Quick fix on the type-unstable accumulator: `acc = 0` becomes `acc = 0.0`.
  await goTo(page, 7, 5);
  await page.keyboard.press("Control+.");
  const fixTitle = "Start `acc` as a float";
  const offered = await poll(async () => {
    const items = await page.locator(".action-widget .action-item, .context-view .action-item, .action-widget .monaco-list-row").allTextContents();
    return items.find((t) => t.includes(fixTitle)) ? items : undefined;
  }, 10_000);
  await page.screenshot({ path: path.join(shots, "06-quickfix-menu.png") });
  record("the quick fix for the accumulator is offered", Boolean(offered), JSON.stringify(offered ?? (await page.locator(".action-widget").allTextContents().catch(() => []))));
  if (offered) {
    await page.locator(".action-widget .monaco-list-row", { hasText: fixTitle }).first().click();
    await page.keyboard.press("Control+S");
    const fixed = await poll(() => fs.readFileSync(script, "utf8").split("\n")[6] === "    acc = 0.0", 10_000);
    record("the quick fix applies its edit (line 7 reads `acc = 0.0`)", Boolean(fixed), JSON.stringify(fs.readFileSync(script, "utf8").split("\n")[6]));
    await page.screenshot({ path: path.join(shots, "07-fixed.png") });
  } else {
    record("the quick fix applies its edit (line 7 reads `acc = 0.0`)", false, "no quick fix to apply");
  }

  // 10. Clear Profile removes the inlay hints.
  await runCommand(page, "jitlens: Clear Profile");
  const cleared = hints && (await poll(async () => (await inlayHintTexts(page)).every((t) => !/% of run/.test(t)), 10_000, 500));
  record(
    "Clear Profile removes the profile's inlay hints",
    Boolean(cleared),
    hints ? JSON.stringify(await inlayHintTexts(page)) : "no profile inlay hints were seen before the clear",
  );
  await page.screenshot({ path: path.join(shots, "08-cleared.png") });

  // 11. Cancel an endless script's profile, from the notification and
  // from the status bar: the run stops and its process goes away.
  await openFile(page, "endless.py");
  for (const via of ["notification", "status bar"]) {
    await runCommand(page, "jitlens: Profile Current File");
    const running = await poll(async () => /profiling endless\.py/.test(await statusText(page)) && profilerProcesses() !== "", 15_000);
    if (!running) {
      record(`Cancel from the ${via} stops the run`, false, `no run to cancel: status "${await statusText(page)}"`);
      continue;
    }
    await page.screenshot({ path: path.join(shots, `09-cancel-${via.replace(" ", "-")}.png`) });
    if (via === "notification") {
      const toast = page.locator(".notifications-toasts .notification-toast", { hasText: "profiling endless.py" }).first();
      await toast.locator(".monaco-button", { hasText: "Cancel" }).first().click();
    } else {
      await page.locator(".statusbar-item", { hasText: "profiling endless.py" }).first().click();
    }
    const stopped = await poll(async () => (await statusText(page)) === "jitlens" && profilerProcesses() === "", 10_000, 250);
    record(
      `Cancel from the ${via} stops the run and its process`,
      Boolean(stopped),
      `status "${await statusText(page)}", profiler processes: ${JSON.stringify(profilerProcesses())}`,
    );
    await poll(async () => profilerProcesses() === "", 10_000);
  }
  await page.close();
  await stopServer(trustedServer);

  // 12. Restricted Mode: the folder is not trusted. Static hints still
  // work; profiling is neither offered nor started.
  const restricted = await openVSCode(restrictedUserData, restrictedWorkspace);
  await restrictedChecks(restricted.page);
}

/** Checks in an untrusted folder, then after trusting it. */
async function restrictedChecks(page) {
  await openFile(page, "accumulate.py");
  const lenses = () => page.locator(".contentWidgets .codelens-decoration a", { hasText: /^Profile$/ }).count();
  // The server's static inlay hint (`: int`) says it answered for this file.
  const ready = await poll(async () => (await statusText(page)) === "jitlens" && (await editorText(page)).includes("result: int = 0"), 30_000);
  record("untrusted folder: the extension and its server run (status item, static inlay hint)", Boolean(ready), await statusText(page));
  await page.waitForTimeout(3000);
  const lensCount = await lenses();
  record("untrusted folder: no Profile code lens is offered", Boolean(ready) && lensCount === 0, `${lensCount} Profile lenses`);
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input:visible").first();
  await input.fill(">jitlens: ");
  await page.waitForTimeout(1500);
  const offered = (await page.locator(".quick-input-list .monaco-list-row").allTextContents()).filter((t) => t.includes("jitlens"));
  await page.screenshot({ path: path.join(shots, "10-untrusted-palette.png") });
  record(
    "untrusted folder: the palette offers no Profile or Export command",
    offered.length > 0 && !offered.some((t) => /Profile Current File|Export pprof/.test(t)),
    JSON.stringify(offered),
  );
  await page.keyboard.press("Escape");
  record("untrusted folder: nothing ran the script", untrustedRuns() === "", untrustedRuns());

  // Trusting the folder brings the lenses (the server refreshes them).
  await runCommand(page, "Workspaces: Manage Workspace Trust");
  const trustButton = page.locator(".workspace-trust-editor .monaco-button", { hasText: /^Trust/ }).first();
  await trustButton.waitFor({ timeout: 10_000 }).catch(() => {});
  if ((await trustButton.count()) > 0) {
    await trustButton.click();
  }
  await page.keyboard.press("Control+W");
  const shown = await poll(async () => (await lenses()) > 0, 15_000, 500);
  await page.screenshot({ path: path.join(shots, "11-trusted-after-grant.png") });
  record("after trusting the folder: the Profile code lenses appear", Boolean(shown), `${await lenses()} Profile lenses`);
  if (shown) {
    // A lens runs the server's command through the extension: same
    // progress and status bar as the palette's command.
    await page.locator(".contentWidgets .codelens-decoration a", { hasText: /^Profile$/ }).first().click();
    const result = await poll(async () => {
      const text = await statusText(page);
      return /hottest total/.test(text) ? text : undefined;
    }, 60_000, 500);
    record("the Profile code lens profiles through the extension (status bar result)", Boolean(result), result ?? (await statusText(page)));
    await page.screenshot({ path: path.join(shots, "12-codelens-profiled.png") });
  }
}

/** Processes running the untrusted folder's script. */
function untrustedRuns() {
  return spawnSync("ps", ["-e", "-o", "pid=,stat=,args="], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((l) => l.includes(path.join(restrictedWorkspace, "accumulate.py")) && !/^\s*\d+\s+Z/.test(l))
    .join("\n");
}

/** Processes running the endless script (the profiler's child), as "pid args" lines. */
function profilerProcesses() {
  return spawnSync("ps", ["-e", "-o", "pid=,stat=,args="], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((l) => l.includes(endless) && !/^\s*\d+\s+Z/.test(l))
    .join("\n");
}

/** Opens a workspace file with Quick Open. */
async function openFile(page, name) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget input", { state: "visible" });
  await page.keyboard.type(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press("Enter");
  await poll(async () => (await page.locator(".tab.active").first().textContent())?.includes(name), 10_000);
}

/** The text of the editors' rendered lines (VS Code renders spaces as no-break spaces). */
async function editorText(page) {
  const texts = await page.locator(".monaco-editor .view-lines").allTextContents();
  return texts.join("\n").replace(/\u00a0/g, " ");
}

/** The jitlens status bar item's text (codicons render as empty spans). */
async function statusText(page) {
  const items = await page.locator(".statusbar-item").allTextContents();
  return items.map((t) => t.trim()).filter((t) => t.startsWith("jitlens")).join(" | ");
}

/**
 * The inlay hints rendered at the ends of the script's lines: the text a
 * rendered line shows after its source text ends. (The server puts its time
 * shares at line ends.) Each entry is "LINE: TEXT" with a 1-based line.
 */
async function inlayHintTexts(page) {
  const rendered = (await page.locator(".monaco-editor .view-lines .view-line").allTextContents()).map((t) =>
    t.replace(/\u00a0/g, " "),
  );
  const source = fs.readFileSync(script, "utf8").split("\n");
  const out = [];
  source.forEach((line, i) => {
    const text = line.trimEnd();
    if (text.trim() === "") {
      return;
    }
    for (const r of rendered) {
      if (r.startsWith(text) && r.trimEnd().length > text.length && !source.includes(r.trimEnd())) {
        out.push(`${i + 1}: ${r.slice(text.length).trim()}`);
        break;
      }
    }
  });
  return out;
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input:visible").first();
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press("Enter");
}

/** Moves the cursor to a 1-based line and column with Go to Line. */
async function goTo(page, line, column) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input:visible").first();
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
}

/** Stops a code-server and everything it started (its process group). */
function stopServer(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) {
    return Promise.resolve();
  }
  const killGroup = (signal) => {
    try {
      process.kill(-proc.pid, signal);
    } catch {}
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      killGroup("SIGKILL");
      resolve();
    }, 5000);
    proc.once("exit", () => {
      clearTimeout(timer);
      // The extension host and jitlens serve are in the same group.
      killGroup("SIGKILL");
      resolve();
    });
    killGroup("SIGTERM");
  });
}

let failure;
try {
  await main();
} catch (err) {
  failure = err;
  record("the test ran to its end", false, err.stack ?? String(err));
}
await browser?.close().catch(() => {});
for (const proc of servers) {
  await stopServer(proc);
}
fs.closeSync(log);
// Zombies (already dead, waiting for init to reap them) do not count.
const leftovers = spawnSync("ps", ["-e", "-o", "pgid=,pid=,stat=,args="], { encoding: "utf8" })
  .stdout.split("\n")
  .map((l) => l.trim().split(/\s+/))
  .filter(([pgid, , stat]) => servers.some((p) => String(p.pid) === pgid) && !stat.startsWith("Z"))
  .map(([, pid, , ...args]) => `${pid} ${args.join(" ")}`)
  .join("\n");
if (servers.length > 0) {
  record("no code-server or jitlens process is left running", leftovers === "", leftovers);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const failed = checks.filter((c) => !c.ok);
fs.writeFileSync(path.join(here, "results.json"), JSON.stringify({ seconds: Number(seconds), checks }, null, 2) + "\n");
console.log(`\n${checks.length - failed.length}/${checks.length} checks passed in ${seconds} s (code-server log: ${path.join(tmp, "code-server.log")})`);
if (failed.length === 0 && failure === undefined) {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed.length === 0 ? 0 : 1);
