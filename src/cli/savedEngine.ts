import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusIndex } from '../core/corpus/corpusIndex';
import { decodeSnapshot, encodeSnapshot, snapshotKey } from '../core/search/engineSnapshot';
import { fromCorpusIndex } from '../core/search/fromCorpusIndex';
import { SearchEngine } from '../core/search/searchEngine';
import { withUserDocuments } from '../core/userCorpus/toSearchCorpus';
import type { OpenedCorpus } from './corpusOption';

/**
 * The search engine over the bundled corpus and the user's folders. With a cache folder, the
 * built engine is saved there (`search/<folders>.snapshot`, one per set of folders) and a later
 * run over the same file contents loads it instead of loading, cutting and indexing every
 * document: a warm run reads the folder listing and one file. A missing, stale or damaged
 * snapshot is rebuilt and replaced, never an error.
 */
export async function searchEngineFor(bundled: CorpusIndex, opened: OpenedCorpus | undefined): Promise<SearchEngine> {
  const base = fromCorpusIndex(bundled);
  if (!opened) return SearchEngine.build(base);
  const key = snapshotKey([bundled.contentHash, ...opened.corpus.contentKeys()]);
  const file =
    opened.cacheFolder && join(opened.cacheFolder, 'search', `${createHash('sha256').update(opened.corpus.folderPaths().join('\u0000')).digest('hex').slice(0, 40)}.snapshot`);
  if (file) {
    const bytes = await readFile(file).catch(() => undefined);
    const saved = bytes && decodeSnapshot(bytes, key);
    if (saved) return saved;
  }
  const engine = SearchEngine.build(withUserDocuments(base, await opened.corpus.loadDocuments()));
  if (file) await save(file, encodeSnapshot(engine, key));
  return engine;
}

/** Written to a temporary file and renamed, so a reader never sees half a snapshot; a failure costs only the cache. */
async function save(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
