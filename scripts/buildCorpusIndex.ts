/**
 * Builds dist/corpus-index.json from corpus/*.md: each document's metadata, lines and parsed
 * structure, so the extension and the CLI load one validated file instead of parsing Markdown at
 * start-up. esbuild.mjs bundles this script to out/ and runs it after the bundles, so
 * `npm run build` stays the one build command. A corrupt corpus file fails the build with its name.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCorpusDocument } from '../src/core/corpus/corpusDocument';
import { allClauses, buildCorpusIndex } from '../src/core/corpus/corpusIndex';
import { parsePlan } from '../src/core/parsing/parsePlan';

const root = resolve(process.argv[2] ?? '.');
const corpusDir = join(root, 'corpus');
const outFile = join(root, 'dist', 'corpus-index.json');

try {
  // Regular files only, as the CLI's stale check reads them (a folder named x.md is no document).
  const sources = readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort()
    .map((file) => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      return { file, text, document: parseCorpusDocument(text, `corpus/${file}`) };
    });
  if (sources.length === 0) throw new Error(`no .md files in ${corpusDir}`);
  const index = buildCorpusIndex(sources, parsePlan);
  const json = JSON.stringify(index);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(outFile, json);
  const clauses = index.documents.reduce((sum, doc) => sum + allClauses(doc.plan).length, 0);
  process.stdout.write(`corpus index: ${index.documents.length} documents, ${clauses} clauses, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB → ${outFile}\n`);
} catch (error) {
  process.stderr.write(`corpus index not built: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
