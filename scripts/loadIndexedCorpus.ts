import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpusIndex } from '../src/core/corpus/corpusIndex';
import { fromCorpusIndex } from '../src/core/search/fromCorpusIndex';
import type { SearchCorpus } from '../src/core/search/types';

/** The repository root, whether the script runs from scripts/ or elsewhere. */
export const repoRoot = resolve(__dirname, '..');

/** Reads the built index (default dist/corpus-index.json) into what the engine searches. */
export function loadIndexedCorpus(indexPath = resolve(repoRoot, 'dist/corpus-index.json')): SearchCorpus {
  let text: string;
  try {
    text = readFileSync(indexPath, 'utf8');
  } catch {
    throw new Error(`cannot read ${indexPath}; build the corpus index first (npm run build)`);
  }
  return fromCorpusIndex(loadCorpusIndex(text));
}

/** `--name value` from argv, or undefined. */
export function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}
