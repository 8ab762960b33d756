// The "jitlens" settings as the language server receives them through
// workspace/configuration: checked, filled with defaults, and with profile
// on save forced off in untrusted workspaces (profiling runs the code).

/** Every hint kind the advisor produces, in the order the settings list them. */
export const HINT_KINDS = [
  "hot-spot",
  "type-unstable",
  "njit-candidate",
  "parallel-candidate",
  "io-bound",
  "numba-blocker",
  "cython-candidate",
] as const;

/** Defaults, the same as package.json's contributes.configuration. */
export const DEFAULTS = {
  sampleRate: 1000,
  timeLimitSeconds: 60,
  profileOnSave: false,
  inlayHintsEnabled: true,
  serverPath: "",
} as const;

/** The limits package.json states for the sampling rate. */
export const SAMPLE_RATE_RANGE = { min: 1, max: 10000 } as const;

/** The settings object sent to the server for the section "jitlens". */
export interface ServerSettings {
  sampleRate: number;
  timeLimitSeconds: number;
  profileOnSave: boolean;
  hints: { enabled: string[] };
  inlayHints: { enabled: boolean };
  serverPath: string;
}

/** Reads one setting under "jitlens" by its key, e.g. "hints.enabled". */
export type SettingReader = (key: string) => unknown;

/** Builds the server's settings from the user's, falling back to defaults for invalid values. */
export function settingsForServer(read: SettingReader, trusted: boolean): ServerSettings {
  return {
    sampleRate: integerIn(read("sampleRate"), SAMPLE_RATE_RANGE.min, SAMPLE_RATE_RANGE.max, DEFAULTS.sampleRate),
    timeLimitSeconds: positiveNumber(read("timeLimitSeconds"), DEFAULTS.timeLimitSeconds),
    profileOnSave: trusted && read("profileOnSave") === true,
    hints: { enabled: hintKinds(read("hints.enabled")) },
    inlayHints: { enabled: booleanOr(read("inlayHints.enabled"), DEFAULTS.inlayHintsEnabled) },
    serverPath: typeof read("serverPath") === "string" ? (read("serverPath") as string).trim() : DEFAULTS.serverPath,
  };
}

/**
 * Answers one workspace/configuration item: the whole object for "jitlens",
 * one value for "jitlens.KEY" (dotted keys walk the object), and undefined
 * for sections that are not ours.
 */
export function configurationItem(section: string | undefined, settings: ServerSettings): { ours: boolean; value?: unknown } {
  if (section === "jitlens") {
    return { ours: true, value: settings };
  }
  if (section === undefined || !section.startsWith("jitlens.")) {
    return { ours: false };
  }
  let value: unknown = settings;
  for (const part of section.slice("jitlens.".length).split(".")) {
    if (value === null || typeof value !== "object" || !(part in value)) {
      return { ours: true, value: null };
    }
    value = (value as Record<string, unknown>)[part];
  }
  return { ours: true, value };
}

/** The known hint kinds in a list, in the list's order without duplicates; all kinds when it is not a list. */
export function hintKinds(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [...HINT_KINDS];
  }
  const known = new Set<string>(HINT_KINDS);
  const out: string[] = [];
  for (const kind of value) {
    if (typeof kind === "string" && known.has(kind) && !out.includes(kind)) {
      out.push(kind);
    }
  }
  return out;
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}
