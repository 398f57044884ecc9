import { matchSnippet } from '../core/search/matchSnippet';
import {
  corpusDocumentRequest,
  corpusFileNotification,
  corpusFoldersNotification,
  importPageRequest,
  pageTextRequest,
  precedentRequest,
  searchCorpusRequest,
  statsRequest,
  type CorpusDocumentParams,
  type CorpusDocumentResult,
  type CorpusFileParams,
  type CorpusFoldersParams,
  type ImportPageParams,
  type ImportPageResult,
  type PageTextParams,
  type PageTextResult,
  type PrecedentRef,
  type PrecedentResult,
  type SearchCorpusParams,
  type SearchCorpusResult,
  type StatsResult,
} from './protocol';
import type { ServerContext } from './serverContext';
import type { ServerCorpus } from './serverCorpus';

/** Most rows one palette search returns. */
const maxRows = 200;

/**
 * The corpus as the extension's commands reach it: palette search, the corpus view's documents,
 * a precedent's text for open and insert, the importer, and the own folders to read.
 */
export function corpusRequests(context: ServerContext): void {
  const { connection, corpus, analyses } = context;

  connection.onRequest(searchCorpusRequest, async ({ query, limit }: SearchCorpusParams): Promise<SearchCorpusResult> => {
    const loaded = await corpus.get();
    if (!loaded) return null;
    const { engine } = loaded;
    if (typeof query !== 'string' || query.trim() === '') return [];
    return engine.palette(query, { limit: Math.min(Math.max(1, Number(limit) || 1), maxRows) }).map((hit) => {
      const clause = engine.clause(hit.clause);
      const document = engine.documentOf(hit.clause);
      return {
        ref: { docId: document.id, line: clause.line },
        text: clause.text,
        snippet: matchSnippet(clause.text, hit.foundAs ?? query),
        document: document.shortName,
        path: clause.path,
        confidence: hit.similarity,
        ...(hit.foundAs === undefined ? {} : { foundAs: hit.foundAs }),
      };
    });
  });

  connection.onRequest(corpusDocumentRequest, async ({ id }: CorpusDocumentParams): Promise<CorpusDocumentResult> => (await corpus.documentText(String(id))) ?? null);

  connection.onRequest(precedentRequest, (ref: PrecedentRef): Promise<PrecedentResult> => precedentOf(corpus, ref));

  // Import Document's work runs in the reader thread, within its budget; what stops it is said, not thrown.
  const stopped = (error: unknown) => ({ ok: false as const, reason: error instanceof Error ? error.message : String(error) });
  connection.onRequest(pageTextRequest, ({ bytes, name }: PageTextParams): Promise<PageTextResult> =>
    corpus.offThread({ job: 'pageText', bytes: Buffer.from(bytes, 'base64'), name }).catch(stopped),
  );
  connection.onRequest(importPageRequest, ({ page, id, level }: ImportPageParams): Promise<ImportPageResult> =>
    corpus.offThread({ job: 'import', page, options: level === undefined ? { id } : { id, level } }).catch(stopped),
  );

  connection.onRequest(statsRequest, (): StatsResult => analyses.stats());

  connection.onNotification(corpusFoldersNotification, ({ folders }: CorpusFoldersParams) => {
    void corpus.setFolders(Array.isArray(folders) ? folders.filter((f): f is string => typeof f === 'string') : []);
  });
  connection.onNotification(corpusFileNotification, ({ folder, file }: CorpusFileParams) => {
    void corpus.fileChanged(folder, file);
  });
}

/** A precedent's clause with its document's title and headings; null when it is no longer in the corpus. */
export async function precedentOf(corpus: ServerCorpus, ref: PrecedentRef): Promise<PrecedentResult> {
  const clause = typeof ref?.docId === 'string' && Number.isInteger(ref.line) ? await corpus.clause(ref) : undefined;
  if (!clause) return null;
  const document = (await corpus.get())?.engine.corpus.documents[clause.doc];
  return { text: clause.text, line: clause.line, document: document?.title ?? ref.docId, path: [...clause.path] };
}
