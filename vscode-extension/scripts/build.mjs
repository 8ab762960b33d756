// Bundles the extension (and, with --tests, the unit tests) with esbuild.
// The `vscode` module is provided by VS Code at run time and stays external;
// everything else, vscode-languageclient included, goes into one file, which
// is why the .vsix is packaged with --no-dependencies.
import * as esbuild from "esbuild";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const args = new Set(process.argv.slice(2));
const production = args.has("--production");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  logLevel: "warning",
};

if (args.has("--tests")) {
  const dir = "test/unit";
  const entryPoints = readdirSync(dir)
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => join(dir, name));
  await esbuild.build({ ...common, entryPoints, outdir: "out/test/unit", sourcemap: "inline" });
} else {
  const options = {
    ...common,
    entryPoints: ["src/extension.ts"],
    outfile: "out/extension.js",
    minify: production,
    sourcemap: !production,
  };
  if (args.has("--watch")) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
