// The arguments of the server's commands (see the language server's
// contract: workspace/executeCommand with one object argument).

/** The server's command names. */
export const SERVER_COMMANDS = {
  profile: "jitlens.profile",
  exportProfile: "jitlens.exportProfile",
  clearProfile: "jitlens.clearProfile",
} as const;

/** Arguments of jitlens.profile and jitlens.clearProfile. */
export function uriArgs(uri: string): [{ uri: string }] {
  return [{ uri }];
}

/** Arguments of jitlens.exportProfile; path must be absolute. */
export function exportArgs(uri: string, path: string): [{ uri: string; path: string }] {
  return [{ uri, path }];
}

/** The file name the export dialog proposes: the script's path with .py replaced by .pb.gz. */
export function defaultExportPath(scriptPath: string): string {
  return scriptPath.replace(/\.pyw?$/, "") + ".pb.gz";
}

/** What the extension needs to know about a document to decide whether it can be profiled. */
export interface DocumentInfo {
  languageId: string;
  /** The URI scheme: only "file" documents exist on disk where the engine can run them. */
  scheme: string;
}

/** Why a document cannot be profiled, or undefined when it can. */
export function whyNotProfilable(doc: DocumentInfo | undefined): string | undefined {
  if (doc === undefined) {
    return "Open a Python file to profile it.";
  }
  if (doc.languageId !== "python") {
    return "jitlens profiles Python files; the active editor is not one.";
  }
  if (doc.scheme !== "file") {
    return "Save the file to disk first: jitlens runs the script from its folder.";
  }
  return undefined;
}

/** The uri of a command's first argument ({uri}), or undefined. */
export function uriOfArgs(args: readonly unknown[]): string | undefined {
  const first = args[0];
  if (first !== null && typeof first === "object" && typeof (first as { uri?: unknown }).uri === "string") {
    return (first as { uri: string }).uri;
  }
  return undefined;
}

/** The path of a jitlens.exportProfile argument, or undefined. */
export function pathOfArgs(args: readonly unknown[]): string | undefined {
  const first = args[0];
  if (first !== null && typeof first === "object" && typeof (first as { path?: unknown }).path === "string") {
    return (first as { path: string }).path;
  }
  return undefined;
}
