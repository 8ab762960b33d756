// Drives a jitlens language server through a session with
// vscode-languageserver-protocol, the library VS Code's own client is built
// on, so that what the server sends is checked by a client no one here
// wrote. Usage: node client.js SCRIPT.py SERVER [ARGS...]
// Prints one JSON line of findings; exits 1 on the first failure.
'use strict';
const cp = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');
const fs = require('fs');
const rpc = require('vscode-jsonrpc/node');
const P = require('vscode-languageserver-protocol');

const [script, server, ...serverArgs] = process.argv.slice(2);
const child = cp.spawn(server, serverArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createMessageConnection(
  new rpc.StreamMessageReader(child.stdout),
  new rpc.StreamMessageWriter(child.stdin));

const uri = pathToFileURL(path.resolve(script)).toString();
const findings = { progress: [], requests: [] };
let diagnostics = [];
let diagnosticsWaiters = [];

function fail(msg) {
  console.log(JSON.stringify({ error: msg, findings }));
  child.kill('SIGKILL');
  process.exit(1);
}

conn.onRequest(P.ConfigurationRequest.type, () => { findings.requests.push('workspace/configuration'); return [{ timeLimitSeconds: 30 }]; });
conn.onRequest(P.WorkDoneProgressCreateRequest.type, () => { findings.requests.push('window/workDoneProgress/create'); return null; });
conn.onRequest(P.InlayHintRefreshRequest.type, () => { findings.requests.push('workspace/inlayHint/refresh'); return null; });
conn.onRequest(P.CodeLensRefreshRequest.type, () => { findings.requests.push('workspace/codeLens/refresh'); return null; });
conn.onNotification(P.LogMessageNotification.type, () => {});
conn.onNotification(P.ShowMessageNotification.type, (m) => { findings.shown = m.message; });
conn.onProgress(P.WorkDoneProgress.type, 'ignored', () => {});
conn.onNotification('$/progress', (p) => { findings.progress.push(p.value.kind); });
conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
  if (p.uri !== uri) return;
  diagnostics = p.diagnostics;
  const still = [];
  for (const w of diagnosticsWaiters) { if (w.pred(p.diagnostics)) w.resolve(p.diagnostics); else still.push(w); }
  diagnosticsWaiters = still;
});
function waitDiagnostics(pred) {
  if (pred(diagnostics)) return Promise.resolve(diagnostics);
  return new Promise((resolve) => diagnosticsWaiters.push({ pred, resolve }));
}

setTimeout(() => fail('timed out'), 60000).unref();

(async () => {
  conn.listen();
  const init = await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid, rootUri: null,
    capabilities: {
      workspace: { configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
  });
  const caps = init.capabilities;
  if (!caps.inlayHintProvider || !caps.codeLensProvider || !caps.hoverProvider) fail('missing capabilities: ' + JSON.stringify(caps));
  findings.capabilities = Object.keys(caps).sort();
  conn.sendNotification(P.InitializedNotification.type, {});
  conn.sendNotification(P.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'python', version: 1, text: fs.readFileSync(script, 'utf8') },
  });
  await waitDiagnostics(() => true);

  const sum = await conn.sendRequest(P.ExecuteCommandRequest.type, { command: 'jitlens.profile', arguments: [{ uri }] });
  if (sum.status !== 'ok') fail('profile: ' + JSON.stringify(sum));
  findings.summary = sum;
  const diags = await waitDiagnostics((d) => d.some((x) => x.code === 'hot-spot'));
  findings.diagnosticCodes = [...new Set(diags.map((d) => d.code))].sort();

  const hints = await conn.sendRequest(P.InlayHintRequest.type, { textDocument: { uri }, range: P.Range.create(0, 0, 100, 0) });
  if (!hints.length) fail('no inlay hints');
  findings.inlayHints = hints.map((h) => `${h.position.line}:${typeof h.label === 'string' ? h.label : ''}`);

  const hover = await conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: P.Position.create(4, 6) });
  if (!hover || !P.MarkupContent.is(hover.contents)) fail('hover: ' + JSON.stringify(hover));
  findings.hover = hover.contents.value.split('\n')[0];

  const lenses = await conn.sendRequest(P.CodeLensRequest.type, { textDocument: { uri } });
  if (!lenses.every((l) => P.CodeLens.is(l))) fail('invalid code lens');
  findings.codeLenses = lenses.length;

  const actions = await conn.sendRequest(P.CodeActionRequest.type, {
    textDocument: { uri }, range: P.Range.create(5, 0, 7, 0), context: { diagnostics: [] },
  });
  if (!actions.every((a) => P.CodeAction.is(a))) fail('invalid code action: ' + JSON.stringify(actions));
  findings.codeActions = actions.map((a) => a.kind).sort();

  try {
    await conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.py' }, position: P.Position.create(0, 0) });
    fail('hover on an unopened file succeeded');
  } catch (e) {
    findings.unopenedError = e.code;
  }

  await conn.sendRequest(P.ShutdownRequest.type);
  conn.sendNotification(P.ExitNotification.type);
  child.on('exit', (code) => {
    findings.exitCode = code;
    console.log(JSON.stringify(findings));
    process.exit(code === 0 ? 0 : 1);
  });
})().catch((e) => fail(String(e && e.stack || e)));
