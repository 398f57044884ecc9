import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusSourceHash, CorpusIndexError, loadCorpusIndex, type CorpusIndex } from '../core/corpus/corpusIndex';
import { InputError } from './errors';

/**
 * Reads the corpus index beside the CLI bundle (dist/corpus-index.json). When the corpus folder
 * it was built from sits next to dist/ (a checkout), a corpus edited since the build is reported
 * as a stale index instead of silently serving old text.
 */
export async function readBundledCorpusIndex(bundleDir: string): Promise<CorpusIndex> {
  const file = join(bundleDir, 'corpus-index.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the corpus index ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); build it with \`npm run build\``);
  }
  try {
    return loadCorpusIndex(text, { expectedSourceHash: await sourceHashBeside(bundleDir) });
  } catch (error) {
    if (error instanceof CorpusIndexError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Hash of ../corpus/*.md when that folder exists; undefined for an installed bundle without it. */
async function sourceHashBeside(bundleDir: string): Promise<string | undefined> {
  const corpusDir = join(bundleDir, '..', 'corpus');
  const entries = await readdir(corpusDir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return undefined;
  // Regular files only, as the build reads them: a folder or dangling link named x.md is no document.
  const names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => entry.name);
  const files = await Promise.all(names.map(async (file) => ({ file, text: await readFile(join(corpusDir, file), 'utf8') })));
  return files.length > 0 ? corpusSourceHash(files) : undefined;
}
