// Where the jitlens binary that serves the language comes from: the
// jitlens.serverPath setting when set, else the binary bundled in the .vsix.
import * as path from "node:path";

/** What resolveServerPath needs to know about the machine. */
export interface ServerPathEnv {
  /** process.platform, e.g. "linux". */
  platform: string;
  /** process.arch, e.g. "x64". */
  arch: string;
  /** The extension's install folder. */
  extensionPath: string;
  /** The user's home folder, for "~/" in the setting. */
  homeDir: string;
  /** Reports whether a path is an executable regular file. */
  isExecutable(file: string): boolean;
}

/** The binary to start, or why there is none. */
export type ServerPathResult =
  | { ok: true; path: string; source: "setting" | "bundled" }
  | { ok: false; message: string };

/** The platform folder under bin/ for a platform and architecture, as vsce names targets. */
export function platformTarget(platform: string, arch: string): string {
  const os = platform === "win32" ? "win32" : platform;
  return `${os}-${arch}`;
}

/** The path of the bundled binary for a platform. */
export function bundledServerPath(extensionPath: string, platform: string, arch: string): string {
  const exe = platform === "win32" ? "jitlens.exe" : "jitlens";
  return path.join(extensionPath, "bin", platformTarget(platform, arch), exe);
}

/** Resolves the server binary from the jitlens.serverPath setting and the bundled binary. */
export function resolveServerPath(setting: unknown, env: ServerPathEnv): ServerPathResult {
  const configured = typeof setting === "string" ? setting.trim() : "";
  if (configured !== "") {
    let file = configured;
    if (file === "~" || file.startsWith("~/")) {
      file = path.join(env.homeDir, file.slice(1));
    }
    // A relative path would depend on the folder VS Code was started from.
    if (!path.isAbsolute(file)) {
      return { ok: false, message: `jitlens.serverPath must be an absolute path, not "${configured}".` };
    }
    if (!env.isExecutable(file)) {
      return { ok: false, message: `jitlens.serverPath is "${configured}", which is not an executable file.` };
    }
    return { ok: true, path: file, source: "setting" };
  }
  const bundled = bundledServerPath(env.extensionPath, env.platform, env.arch);
  if (!env.isExecutable(bundled)) {
    const target = platformTarget(env.platform, env.arch);
    return {
      ok: false,
      message: `This jitlens extension has no server for ${target}. Build jitlens and set jitlens.serverPath to the binary.`,
    };
  }
  return { ok: true, path: bundled, source: "bundled" };
}
