// Entry point: starts `jitlens serve` with vscode-languageclient and wires
// the commands, the status bar and the settings to the Controller.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  ConfigurationParams,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  WorkDoneProgress,
} from "vscode-languageclient/node";
import { SERVER_COMMANDS, pathOfArgs, uriOfArgs, whyNotProfilable } from "./commandArgs";
import { Controller, Host, PercentTracker, ProgressReport, Target } from "./controller";
import { resolveServerPath } from "./serverPath";
import { configurationItem, settingsForServer } from "./settings";
import { StatusState, renderStatus } from "./status";
import { offersForTrust } from "./trust";

/** The extension's own command ids (the server's commands are jitlens.profile etc.). */
const COMMANDS = {
  profile: "jitlens.profileCurrentFile",
  exportProfile: "jitlens.exportPprofProfile",
  clearProfile: "jitlens.clearCurrentProfile",
  showOutput: "jitlens.showOutput",
  cancel: "jitlens.cancelProfile",
} as const;

let client: LanguageClient | undefined;
let progressSerial = 0;

/** Called by VS Code when a Python file opens. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("jitlens");
  const statusItem = vscode.window.createStatusBarItem("jitlens.status", vscode.StatusBarAlignment.Left, 0);
  statusItem.name = "jitlens";
  context.subscriptions.push(output, statusItem);

  const host = createHost(output, statusItem);
  const controller = new Controller(host);
  statusItem.show();

  const targetOf = (uri: vscode.Uri): Target => ({ uri: uri.toString(), fsPath: uri.fsPath, name: path.basename(uri.fsPath) });
  const activeTarget = (): Target | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    const why = whyNotProfilable(doc && { languageId: doc.languageId, scheme: doc.uri.scheme });
    if (why !== undefined) {
      void vscode.window.showWarningMessage(why);
      return undefined;
    }
    return targetOf(doc!.uri);
  };
  const whenRunning = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (client === undefined || !client.isRunning()) {
      void vscode.window.showErrorMessage("The jitlens language server is not running; see the jitlens output.");
      output.show(true);
      return undefined;
    }
    return action();
  };

  context.subscriptions.push(
    // From the editor title bar VS Code passes the file's URI.
    vscode.commands.registerCommand(COMMANDS.profile, (uri?: vscode.Uri) => {
      let target: Target | undefined;
      if (uri instanceof vscode.Uri) {
        const why = whyNotProfilable({ languageId: "python", scheme: uri.scheme });
        if (why !== undefined) {
          void vscode.window.showWarningMessage(why);
          return undefined;
        }
        target = targetOf(uri);
      } else {
        target = activeTarget();
      }
      return target && whenRunning(() => controller.profile(target));
    }),
    vscode.commands.registerCommand(COMMANDS.exportProfile, () => {
      const target = activeTarget();
      return target && whenRunning(() => controller.exportProfile(target));
    }),
    vscode.commands.registerCommand(COMMANDS.clearProfile, () => {
      const target = activeTarget();
      return target && whenRunning(() => controller.clearProfile(target));
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.cancel, () => controller.cancel()),
  );

  context.subscriptions.push(
    // The server pulls its settings again (profile on save may now be on)
    // and then refreshes its lenses, which are no longer filtered.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("jitlens.serverPath")) {
        output.appendLine("jitlens.serverPath changed: restarting the server");
        await stopClient();
        await startClient(context, output, controller);
      }
    }),
  );

  await startClient(context, output, controller);

  function createHost(channel: vscode.OutputChannel, item: vscode.StatusBarItem): Host {
    return {
      isTrusted: () => vscode.workspace.isTrusted,
      newCancellation: () => new vscode.CancellationTokenSource(),
      withProgress: (title, onCancel, task) =>
        Promise.resolve(
          vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
            token.onCancellationRequested(onCancel);
            const percent = new PercentTracker();
            return task((message, percentage) => progress.report({ message, increment: percent.increment(percentage) }));
          }),
        ),
      // The tokens come from newCancellation, so they are vscode tokens.
      executeCommand: (command, args, token, onProgress) => sendCommand(command, args, token as vscode.CancellationToken | undefined, onProgress),
      askSavePath: async (proposed) => {
        const uri = await vscode.window.showSaveDialog({
          defaultUri: vscode.Uri.file(proposed),
          filters: { "pprof profile": ["gz", "pb", "pprof"] },
          saveLabel: "Export",
          title: "jitlens: Export pprof Profile",
        });
        return uri?.fsPath;
      },
      setStatus: (state: StatusState) => {
        const view = renderStatus(state);
        item.text = view.text;
        item.tooltip = view.tooltip;
        item.command = view.command;
        item.backgroundColor = view.error ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
        void vscode.commands.executeCommand("setContext", "jitlens.profiling", view.busy);
      },
      log: (line) => channel.appendLine(line),
      showInfo: (message) => void vscode.window.showInformationMessage(message),
      showWarning: (message) => void vscode.window.showWarningMessage(message),
      showError: (message) => {
        void vscode.window.showErrorMessage(message, "Show Output").then((choice) => {
          if (choice !== undefined) {
            channel.show(true);
          }
        });
      },
    };
  }

  async function sendCommand(command: string, args: unknown[], token?: vscode.CancellationToken, onProgress?: ProgressReport): Promise<unknown> {
    const c = client;
    if (c === undefined) {
      throw new Error("the jitlens language server is not running");
    }
    const workDoneToken = `jitlens-client-${process.pid}-${++progressSerial}`;
    const listening = onProgress
      ? c.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind !== "end") {
            onProgress(value.message, value.percentage);
          }
        })
      : undefined;
    try {
      return await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }, token);
    } finally {
      listening?.dispose();
    }
  }

  async function startClient(ctx: vscode.ExtensionContext, channel: vscode.OutputChannel, ctl: Controller): Promise<void> {
    const resolved = resolveServerPath(vscode.workspace.getConfiguration("jitlens").get("serverPath"), {
      platform: process.platform,
      arch: process.arch,
      extensionPath: ctx.extensionPath,
      homeDir: os.homedir(),
      isExecutable: isExecutableFile,
    });
    if (!resolved.ok) {
      channel.appendLine(resolved.message);
      ctl.update({ type: "fail", message: resolved.message });
      void vscode.window.showErrorMessage(resolved.message, "Open Settings").then((choice) => {
        if (choice !== undefined) {
          void vscode.commands.executeCommand("workbench.action.openSettings", "jitlens.serverPath");
        }
      });
      return;
    }
    channel.appendLine(`starting ${resolved.path} serve (${resolved.source})`);
    const serverOptions: ServerOptions = { command: resolved.path, args: ["serve"] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: "python", scheme: "file" }, { language: "python", scheme: "untitled" }],
      outputChannel: channel,
      synchronize: { configurationSection: "jitlens" },
      middleware: {
        // In untrusted workspaces the server's "Profile" lenses and its
        // export action are not offered (the palette hides them too).
        provideCodeLenses: async (document, token, next) => offersForTrust(await next(document, token), vscode.workspace.isTrusted),
        provideCodeActions: async (document, range, context, token, next) =>
          offersForTrust(await next(document, range, context, token), vscode.workspace.isTrusted),
        workspace: {
          configuration: (params: ConfigurationParams, token, next) => {
            const settings = settingsForServer((key) => vscode.workspace.getConfiguration("jitlens").get(key), vscode.workspace.isTrusted);
            const answers = params.items.map((item) => configurationItem(item.section, settings));
            if (answers.every((a) => a.ours)) {
              return answers.map((a) => a.value);
            }
            return Promise.resolve(next(params, token)).then((theirs) =>
              Array.isArray(theirs) ? answers.map((a, i) => (a.ours ? a.value : theirs[i])) : theirs,
            );
          },
        },
        // Code lenses and code actions from the server run its commands
        // through here: profiling then goes through the same trust check,
        // progress and status bar as the command palette's.
        executeCommand: async (command, args, next) => {
          const uri = uriOfArgs(args);
          if (command === SERVER_COMMANDS.profile && uri !== undefined) {
            return ctl.profile(targetOf(vscode.Uri.parse(uri)));
          }
          if (command === SERVER_COMMANDS.exportProfile && uri !== undefined) {
            return ctl.exportProfile(targetOf(vscode.Uri.parse(uri)), pathOfArgs(args));
          }
          if (command === SERVER_COMMANDS.clearProfile && uri !== undefined) {
            return ctl.clearProfile(targetOf(vscode.Uri.parse(uri)));
          }
          return next(command, args);
        },
      },
    };
    const c = new LanguageClient("jitlens", "jitlens", serverOptions, clientOptions);
    c.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        ctl.update({ type: "serverReady" });
      } else if (e.newState === State.Stopped && client === c) {
        ctl.update({ type: "fail", message: "the jitlens language server stopped" });
      }
    });
    client = c;
    try {
      await c.start();
    } catch (err) {
      const message = `could not start ${resolved.path} serve: ${err instanceof Error ? err.message : String(err)}`;
      channel.appendLine(message);
      ctl.update({ type: "fail", message });
    }
  }
}

/** Called by VS Code on shutdown: stops the server. */
export function deactivate(): Promise<void> {
  return stopClient();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined && c.needsStop()) {
    await c.stop();
  }
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
