import { test } from "node:test";
import * as assert from "node:assert/strict";
import { Offer, offersForTrust } from "../../src/trust";

const profileLens = { range: 1, command: { command: "jitlens.profile", title: "Profile" } };
const shareLens = { range: 1, command: { command: "", title: "84% of the run" } };
const resolvableLens: Offer & { range: number } = { range: 2 };
const exportAction = { title: "Export pprof profile", command: { command: "jitlens.exportProfile" } };
const fixAction: Offer & { title: string; edit: object } = { title: "Start `acc` as a float", edit: {} };
const bareCommand = { title: "Profile", command: "jitlens.profile" };

test("trusted workspaces get every offer", () => {
  const all: Offer[] = [profileLens, shareLens, resolvableLens, exportAction, fixAction, bareCommand];
  assert.equal(offersForTrust(all, true), all);
});

test("untrusted workspaces lose the offers that profile or export", () => {
  assert.deepEqual(offersForTrust<Offer>([profileLens, shareLens, resolvableLens], false), [shareLens, resolvableLens]);
  assert.deepEqual(offersForTrust<Offer>([exportAction, fixAction, bareCommand], false), [fixAction]);
});

test("no offers stays no offers", () => {
  assert.equal(offersForTrust(null, false), null);
  assert.equal(offersForTrust(undefined, false), undefined);
});
