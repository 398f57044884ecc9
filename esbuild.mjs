// Bundles the extension and the CLI. `--watch` rebuilds on change, `--production` minifies.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'info',
};

const targets = [
  // The extension host provides `vscode`; nothing else may be external.
  { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The language server the extension starts over IPC: every analysis and the corpus live there.
  { ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js' },
  // The CLI's reader threads: only what reads an own-corpus file, so each thread starts sooner.
  { ...common, entryPoints: ['src/server/readerMain.ts'], outfile: 'dist/reader.js' },
  // No `vscode` external here: a stray editor import in the core then fails this build.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The corpus index (dist/corpus-index.json) is built by the project's own parser: bundle the
// builder script, then run it, so `npm run build` stays the one build command.
async function buildCorpusIndex() {
  await esbuild.build({ ...common, minify: false, entryPoints: ['scripts/buildCorpusIndex.ts'], outfile: 'out/buildCorpusIndex.js', logLevel: 'warning' });
  execFileSync(process.execPath, ['out/buildCorpusIndex.js'], { stdio: 'inherit' });
}

if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  await buildCorpusIndex();
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  await buildCorpusIndex();
}
