// What the server offers that would run the user's script (its "Profile"
// code lens) is dropped in untrusted workspaces, like the palette's entries.
import { SERVER_COMMANDS } from "./commandArgs";

/** Server commands offered only in trusted workspaces. */
export const TRUSTED_ONLY_COMMANDS: readonly string[] = [SERVER_COMMANDS.profile, SERVER_COMMANDS.exportProfile];

/** A code lens, a command or a code action, as far as the filter needs. */
export interface Offer {
  command?: string | { command: string };
}

function commandOf(offer: Offer): string | undefined {
  return typeof offer.command === "string" ? offer.command : offer.command?.command;
}

/** Drops the offers that run a trusted-only command when the workspace is not trusted. */
export function offersForTrust<T extends Offer>(offers: T[] | null | undefined, trusted: boolean): T[] | null | undefined {
  if (trusted || offers === null || offers === undefined) {
    return offers;
  }
  return offers.filter((o) => {
    const cmd = commandOf(o);
    return cmd === undefined || !TRUSTED_ONLY_COMMANDS.includes(cmd);
  });
}
