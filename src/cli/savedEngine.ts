import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusIndex } from '../core/corpus/corpusIndex';
import { decodeSnapshot, encodeSnapshot, snapshotKey } from '../core/search/engineSnapshot';
import { documentClauses, fromCorpusIndex } from '../core/search/fromCorpusIndex';
import { SearchEngine } from '../core/search/searchEngine';
import { EngineBuild } from '../core/search/engineBuild';
import { describeUserDocument, withUserDocuments } from '../core/userCorpus/toSearchCorpus';
import type { UserDocument } from '../core/userCorpus/userDocument';
import { openCorpusFolders, type CorpusOption } from './corpusOption';
import type { CliIo } from './io';

/**
 * The search engine over the bundled corpus and the user's folders (`--corpus`). With a cache
 * folder, the built engine is saved there (`search/<folders>.snapshot`, one per set of folders) and
 * a later run over the same file contents loads it instead of loading, cutting and indexing every
 * document: a warm run reads the folder listing and one file. A missing, stale or damaged
 * snapshot is rebuilt and replaced, never an error.
 *
 * Each document read from its file is indexed as it comes in (`EngineBuild`), while the reader
 * threads read the next ones: on a cold run the index is then all but built when the last file is
 * read. When the documents read are not the corpus's documents in order (some came from the
 * cache's manifest instead), the engine is built from the documents as a whole.
 */
export async function searchEngineFor(bundled: CorpusIndex, option: CorpusOption, io: CliIo): Promise<SearchEngine> {
  const base = fromCorpusIndex(bundled);
  const asRead = new EngineBuild(base);
  const read: UserDocument[] = [];
  const opened = await openCorpusFolders(option, io, (document) => {
    read.push(document);
    asRead.add(describeUserDocument(document), (doc) => documentClauses(document.lines, document.plan, doc));
  });
  if (!opened) return SearchEngine.build(base);
  try {
    const key = snapshotKey([bundled.contentHash, ...opened.corpus.contentKeys()]);
    const file =
      opened.cacheFolder && join(opened.cacheFolder, 'search', `${createHash('sha256').update(opened.corpus.folderPaths().join('\u0000')).digest('hex').slice(0, 40)}.snapshot`);
    if (file) {
      const bytes = await readFile(file).catch(() => undefined);
      const saved = bytes && decodeSnapshot(bytes, key);
      if (saved) return saved;
    }
    const documents = await opened.corpus.loadDocuments();
    const engine = sameDocuments(read, documents) ? asRead.finish() : SearchEngine.build(withUserDocuments(base, documents));
    if (file) await save(file, encodeSnapshot(engine, key));
    return engine;
  } finally {
    await opened.close();
  }
}

/** True when `read` are `documents`, the same objects in the same order. */
function sameDocuments(read: readonly UserDocument[], documents: readonly UserDocument[]): boolean {
  return read.length === documents.length && read.every((document, i) => document === documents[i]);
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
