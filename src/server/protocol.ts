import type { DraftInput } from '../core/checks/draftInput';
import type { TaskTableEdit } from '../core/taskTable/taskTable';
import type { CorpusMeta } from '../core/corpus/corpusMeta';
import type { ImportOutcome, PageText } from '../core/userCorpus/importDocument';
import type { UserCorpusProblem } from '../core/userCorpus/userCorpus';
import type { Messages } from './messages';
import type { MessageId } from '../core/checks/messages';

/**
 * What the extension and the language server say to each other beyond the protocol itself: the
 * corpus lives in the server, so the palette search, the corpus view, the precedent commands and
 * the import reach it through these requests. Plain method names and JSON types, so neither side
 * imports the other's library.
 */

/** The extension's read-only corpus view; its documents get hovers and an outline, never checks. */
export const corpusScheme = 'policy-draft-corpus';
/** The extension's commands behind a hover's two links. */
export const openPrecedentCommand = 'policyDraft.openPrecedent';
export const insertPrecedentCommand = 'policyDraft.insertPrecedent';

/** Sent by the extension in `initialize`; any other editor may leave it out. */
export interface InitializationOptions {
  /** The messages in the editor's language; English where absent. */
  messages?: Partial<Messages>;
  /**
   * The checks' message templates in the editor's language (the English of `checkTemplates`
   * translated); where absent, diagnostics carry the core's Chinese messages, as the CLI prints them.
   */
  checkMessages?: Partial<Record<MessageId, string>>;
  /** Hover links run the extension's open/insert commands (`command:` URIs); other editors get none. */
  commandLinks?: boolean;
  /** Where parsed own-corpus files are cached between sessions; memory only when absent. */
  cacheDir?: string;
  /** Salts the own-corpus cache, so a new version of the parser reads files afresh. */
  version?: string;
  /** How long one version's checks may run before they stop and say so (`defaultAnalysisBudgetMs`). */
  analysisBudgetMs?: number;
}

export interface PrecedentRef {
  docId: string;
  /** 0-based line of the clause in its document. */
  line: number;
}

export const searchCorpusRequest = 'policyDraft/searchCorpus';
export interface SearchCorpusParams {
  query: string;
  limit: number;
}
/** One palette row: the clause, where it stands, and the stretch of it around the words. */
export interface SearchRow {
  ref: PrecedentRef;
  text: string;
  snippet: string;
  document: string;
  path: string[];
  /** The words as the clause writes them, when it was found under their other name. */
  foundAs?: string;
  /**
   * 0–1, what the rows are ordered by and `policy-draft search` prints for a few words: 1 for a clause
   * holding them as typed, less for a slip or a clause holding only some of them.
   */
  confidence: number;
}
/** Undefined when the corpus cannot be used (the server has said why). */
export type SearchCorpusResult = SearchRow[] | null;

/** A corpus document's text as bundled or read (front matter included); null when unknown. */
export const corpusDocumentRequest = 'policyDraft/corpusDocument';
export interface CorpusDocumentParams {
  id: string;
}
export type CorpusDocumentResult = string | null;

/** A precedent's clause text, named by document and line; null when it is no longer there. */
export const precedentRequest = 'policyDraft/precedent';
/** `document` is the full title and `path` the clause's headings, for the source note of Insert precedent. */
export type PrecedentResult = { text: string; line: number; document: string; path: string[] } | null;

/** A file's text for the importer, read in the server's reader thread within its time budget. */
export const pageTextRequest = 'policyDraft/pageText';
export interface PageTextParams {
  /** The file's bytes, base64. */
  bytes: string;
  name: string;
}
export type PageTextResult = PageText;

/** Cleans a page into a corpus document with the importer that cleaned the bundled corpus, in the reader thread. */
export const importPageRequest = 'policyDraft/importPage';
export interface ImportPageParams {
  page: string;
  id: string;
  level?: CorpusMeta['level'];
}
/** `reason`: the page could not be cleaned (over the time budget, the reader crashed), in plain words. */
export type ImportPageResult = ImportOutcome | { ok: false; reason: string };

/** A draft as an official-format .docx (GB/T 9704-2012), built here so the editor never waits on it. */
export const exportDocxRequest = 'policyDraft/exportDocx';
export interface ExportDocxParams {
  text: string;
  /** `markdown`, or anything else for plain text. */
  languageId: string;
}
export interface ExportDocxResult {
  /** The file's bytes, base64. */
  bytes: string;
  paragraphs: number;
  tables: number;
  notes: string[];
  /** 1-based lines still holding a placeholder (`××`, `……`, `N个`). */
  placeholderLines: number[];
  /** The name (without `.docx`) to save a draft never saved under: its title, as the file carries it. */
  fileName?: string;
}

/** The draft's 任务分解表 and the one edit that puts it in (replacing the draft's own, if any). */
export const taskTableRequest = 'policyDraft/taskTable';
export interface TaskTableParams {
  /** For the settings in effect (task keywords, body suffixes …). */
  uri: string;
  text: string;
  languageId: string;
}
export type TaskTableResult = TaskTableEdit;

/** How many analyses the server ran and for how many document versions (the bench counts them). */
export const statsRequest = 'policyDraft/stats';
export interface StatsResult {
  analyses: number;
  versions: number;
}

/** The own-corpus folders in effect (the extension resolves them: settings, workspace trust). */
export const corpusFoldersNotification = 'policyDraft/corpusFolders';
export interface CorpusFoldersParams {
  folders: string[];
}

/** A file in an own-corpus folder was created, changed or deleted (the editor's file watcher). */
export const corpusFileNotification = 'policyDraft/corpusFile';
export interface CorpusFileParams {
  folder: string;
  /** Path inside the folder, `/`-separated. */
  file: string;
}

/** Server → extension: a scan or update of the own corpus finished; `changed` when documents did. */
export const corpusScannedNotification = 'policyDraft/corpusScanned';
export interface CorpusScannedParams {
  changed: boolean;
}

/** Server → extension: a file of an own-corpus folder was skipped or needs a note. */
export const corpusProblemNotification = 'policyDraft/corpusProblem';
export type CorpusProblemParams = UserCorpusProblem;

/** Server → extension: how far the scan of an own-corpus folder is. */
export const corpusProgressNotification = 'policyDraft/corpusProgress';
export interface CorpusProgressParams {
  folder: string;
  done: number;
  total: number;
}

/** Server → extension: a document is not checked (too large, not text), or is checked again (null). */
export const skippedNotification = 'policyDraft/skipped';
export interface SkippedParams {
  uri: string;
  skipped: Extract<DraftInput, { kind: 'oversized' | 'binary' }> | null;
}

/** The edits that renumber a draft's numbering slips (the command 政策起草：重新编号). */
export const renumberRequest = 'policyDraft/renumber';
export interface RenumberParams {
  uri: string;
}
export type RenumberResult = DocumentEdits;

/** Edits on one document, in the protocol's positions, applied as one change. */
export type DocumentEdits = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];

/**
 * Insert precedent's edits (the clause, and the siblings after it moved up), computed on the draft
 * the server holds at `version`: the extension host does not read the draft's outline.
 */
export const insertPrecedentRequest = 'policyDraft/insertPrecedent';
export interface InsertPrecedentParams {
  uri: string;
  version: number;
  /** The selection the clause replaces (empty at the cursor). */
  range: DocumentEdits[number]['range'];
  ref: PrecedentRef;
}
/**
 * `edits` for one WorkspaceEdit; or why there are none: the server does not hold the document
 * (the extension computes them itself), holds another version of it, or the precedent is gone.
 */
export type InsertPrecedentResult = { edits: DocumentEdits } | { unavailable: 'document' | 'version' | 'precedent' };
