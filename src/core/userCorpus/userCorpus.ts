import type { CacheStore } from './cacheStore';
import type { UserFileAnswer } from './encodedResult';
import { loadManifest, saveManifest, trustedEntries, type ManifestEntry } from './folderManifest';
import { fileKind, fsErrorReason, type FileEntry, type FolderSource, type UserFileKind } from './folderSource';
import { defaultLimits, tooLargeReason } from './readUserFile';
import { readThroughCache, safeJson, userCacheKeyEnding } from './userFileCache';
import { UserFileResultSchema, type UserDocument, type UserFileResult } from './userDocument';

/**
 * The user's corpus folders, kept up to date file by file. A full scan reads only files whose
 * size or modification time changed since the last scan, and of those parses only content the
 * cache has not seen; a watcher event re-reads one file. Nothing here throws for a bad file or
 * folder: problems go to `onProblem`, once per file content, and the file is left out.
 */

export interface UserCorpusProblem {
  folder: string;
  /** Path inside the folder; absent when the folder itself is the problem. */
  file?: string;
  message: string;
  /** `skipped`: the file is not indexed; `warning`: indexed, but something was ignored. */
  severity: 'skipped' | 'warning';
}

export interface ScanProgress {
  folder: string;
  done: number;
  total: number;
}

export interface UserCorpusOptions {
  store: CacheStore;
  /** Reads one file's bytes (normally `readUserFile` with the project's parser; a reader thread answers with the result's JSON). */
  read: (bytes: Uint8Array, kind: UserFileKind) => Promise<UserFileAnswer>;
  /** Mixed into cache keys; the extension passes its version so an upgrade re-reads files. */
  salt?: string;
  onProblem?: (problem: UserCorpusProblem) => void;
  /** A folder with more files than this is indexed up to it, and the user is told. */
  maxFilesPerFolder?: number;
  /** Files larger than this (by the listing's size) are not read. Default `defaultLimits.maxBytes`. */
  maxFileBytes?: number;
  /**
   * Where each folder's manifest (path → size, time, content key) is kept between processes (the
   * CLI's cache folder). With it, a new process reads no file whose size and time are unchanged:
   * its document is loaded from `store` only when asked for (`loadDocuments`), and a caller that
   * needs only the content keys (a saved search index) reads nothing at all.
   */
  manifests?: CacheStore;
  /**
   * How many files a scan has in reading at once (default 1). With a reader that spreads files
   * over several threads, more than one in flight keeps every thread busy; the results are still
   * taken in path order, so the documents, problems and their order are the same at any setting.
   */
  readAhead?: number;
  /**
   * Called with each document a scan or a watcher event reads (from its file or from the content
   * cache), as it is taken in: during a scan, in path order. Not called for a document a manifest
   * vouched for, which `loadDocuments` loads later.
   */
  onRead?: (document: UserDocument) => void;
}

export type FileUpdate = 'added' | 'changed' | 'unchanged' | 'removed' | 'skipped';

/** What reading one listed file gave, before it is taken into the folder's state. */
type Fetched = { kind: 'ignored' } | { kind: 'refused'; message: string; identity: string } | { kind: 'read'; key: string; result: UserFileResult };

interface FileState {
  size: number;
  mtime: number;
  key: string;
  document?: UserDocument;
  /** Known from a manifest, its document not loaded yet (see `loadDocuments`). */
  pending?: boolean;
  /** The problems reading it gave, so a later process can report them without reading it. */
  notes?: NonNullable<ManifestEntry['notes']>;
}

interface FolderState {
  label: string;
  source: FolderSource;
  files: Map<string, FileState>;
}

/** Lets the event loop run between files, so typing and hovers never wait on a scan. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class UserCorpus {
  private readonly folders = new Map<string, FolderState>();
  private readonly reported = new Set<string>();
  private changeCount = 0;

  constructor(private readonly options: UserCorpusOptions) {}

  /** Grows by one with every change to the documents; consumers rebuild their index when it moves. */
  get generation(): number {
    return this.changeCount;
  }

  folderPaths(): string[] {
    return [...this.folders.keys()];
  }

  /** Every indexed document, folders in the order added, files in path order. */
  documents(): UserDocument[] {
    const out: UserDocument[] = [];
    for (const state of this.folders.values()) {
      for (const path of [...state.files.keys()].sort()) {
        const document = state.files.get(path)!.document;
        if (document) out.push(document);
      }
    }
    return out;
  }

  /**
   * Every file's content key, folder by folder in path order, with the folder's label: what the
   * documents are made of, known without loading them (a saved search index is keyed by it).
   */
  contentKeys(): string[] {
    const out: string[] = [];
    for (const state of this.folders.values()) {
      for (const path of [...state.files.keys()].sort()) out.push(`${state.label}\u0000${path}\u0000${state.files.get(path)!.key}`);
    }
    return out;
  }

  /**
   * `documents()`, after loading those a manifest vouched for from the cache; an entry missing
   * from the cache or damaged is read from its file again.
   */
  async loadDocuments(): Promise<UserDocument[]> {
    for (const [folder, state] of this.folders) {
      for (const [path, file] of [...state.files]) {
        if (!file.pending) continue;
        const stored = await this.options.store.get(file.key).catch(() => undefined);
        const checked = stored === undefined ? undefined : UserFileResultSchema.safeParse(safeJson(stored));
        if (checked?.success) {
          const result = checked.data;
          state.files.set(path, { ...file, pending: false, ...(result.ok ? { document: this.documentOf(state, folder, path, result.content) } : {}) });
        } else {
          state.files.delete(path);
          await this.readFile(folder, state, { path, size: file.size, mtime: file.mtime });
        }
      }
    }
    return this.documents();
  }

  /** Adds a folder (or re-scans a known one) and indexes it. */
  async addFolder(folder: string, source: FolderSource, progress?: (p: ScanProgress) => void, isCancelled?: () => boolean): Promise<void> {
    let state = this.folders.get(folder);
    if (!state) {
      state = { label: this.labelFor(folder), source, files: new Map() };
      this.folders.set(folder, state);
      const manifest = this.options.manifests && (await loadManifest(this.options.manifests, folder));
      if (manifest) {
        // An entry another version of the reader wrote vouches for nothing: its key finds what that version read.
        const ending = userCacheKeyEnding(this.options.salt);
        for (const [path, entry] of trustedEntries(manifest)) {
          if (!entry.key.endsWith(ending)) continue;
          state.files.set(path, { size: entry.size, mtime: entry.mtime, key: entry.key, pending: true, ...(entry.notes ? { notes: entry.notes } : {}) });
        }
      }
    }
    state.source = source;
    let entries: FileEntry[];
    try {
      const listing = await source.list();
      entries = listing.files;
      for (const { path, reason } of listing.unreadable) {
        this.report({ folder, file: path, message: `cannot be read (${reason}); the rest of the folder is indexed`, severity: 'skipped' }, `unreadable:${reason}`);
      }
    } catch (error) {
      this.report({ folder, message: `folder cannot be read (${fsErrorReason(error)})`, severity: 'skipped' }, '');
      this.dropFiles(state, new Set());
      return;
    }
    const limit = this.options.maxFilesPerFolder ?? 10_000;
    if (entries.length > limit) {
      this.report({ folder, message: `folder holds ${entries.length} plan files; only the first ${limit} are indexed`, severity: 'warning' }, `limit:${entries.length}`);
      entries = entries.slice(0, limit);
    }
    this.dropFiles(state, new Set(entries.map((e) => e.path)));
    const stale = (entry: FileEntry) => {
      const known = state.files.get(entry.path);
      return !known || known.size !== entry.size || known.mtime !== entry.mtime;
    };
    const readAhead = Math.max(1, this.options.readAhead ?? 1);
    const reading = new Map<number, Promise<Fetched>>();
    let done = 0;
    for (const [i, entry] of entries.entries()) {
      if (isCancelled?.()) return;
      for (let j = i; j < Math.min(entries.length, i + readAhead); j++) {
        if (reading.has(j) || !stale(entries[j]!)) continue;
        const fetched = this.fetch(state, entries[j]!);
        // A scan cancelled with reads in flight leaves them unawaited: their failures must not go unhandled.
        fetched.catch(() => undefined);
        reading.set(j, fetched);
      }
      const known = state.files.get(entry.path);
      const fetched = reading.get(i);
      reading.delete(i);
      if (fetched) this.apply(folder, state, entry, await fetched);
      else if (known?.pending) for (const note of known.notes ?? []) this.report({ folder, file: entry.path, ...note }, `${known.key}:${note.message}`);
      done++;
      progress?.({ folder, done, total: entries.length });
      // A manifest's files cost nothing to visit; only files read need the event loop let go.
      if (!known?.pending) await yieldToEventLoop();
    }
    if (this.options.manifests) await this.saveManifest(folder, state);
  }

  private async saveManifest(folder: string, state: FolderState): Promise<void> {
    const files: Record<string, ManifestEntry> = {};
    for (const [path, { size, mtime, key, notes }] of state.files) files[path] = { size, mtime, key, ...(notes?.length ? { notes } : {}) };
    await saveManifest(this.options.manifests!, { version: 1, folder, written: Date.now(), files });
  }

  removeFolder(folder: string): void {
    const state = this.folders.get(folder);
    if (!state) return;
    this.folders.delete(folder);
    if ([...state.files.values()].some((f) => f.document)) this.changeCount++;
  }

  /**
   * Re-reads one file after a watcher event: created, changed or deleted. `path` is inside the
   * folder, `/`-separated. Unchanged content (an editor saving without edits) changes nothing.
   */
  async updateFile(folder: string, path: string, entry?: FileEntry): Promise<FileUpdate> {
    const state = this.folders.get(folder);
    if (!state || !fileKind(path)) return 'skipped';
    let stat = entry;
    if (!stat) {
      const listed = await state.source.list().catch(() => undefined);
      stat = listed?.files.find((e) => e.path === path);
    }
    if (!stat) return this.removeFile(folder, path) ? 'removed' : 'unchanged';
    const before = state.files.get(path);
    await this.readFile(folder, state, stat);
    const after = state.files.get(path);
    if (!after) return before ? 'removed' : 'skipped';
    if (!before) return after.document ? 'added' : 'skipped';
    return before.key === after.key ? 'unchanged' : 'changed';
  }

  /** Forgets a deleted file; true when it was known. */
  removeFile(folder: string, path: string): boolean {
    const state = this.folders.get(folder);
    const known = state?.files.get(path);
    if (!state || !known) return false;
    state.files.delete(path);
    if (known.document) this.changeCount++;
    return true;
  }

  /** Drops cache entries no file of any known folder uses any more. */
  async pruneCache(): Promise<number> {
    const used = new Set<string>();
    for (const state of this.folders.values()) for (const file of state.files.values()) used.add(file.key);
    let removed = 0;
    for (const key of await this.options.store.keys()) {
      if (used.has(key)) continue;
      await this.options.store.delete(key);
      removed++;
    }
    return removed;
  }

  private async readFile(folder: string, state: FolderState, entry: FileEntry): Promise<void> {
    this.apply(folder, state, entry, await this.fetch(state, entry));
  }

  /** Reads one file's bytes and its result (through the cache); touches no state, so several can run at once. */
  private async fetch(state: FolderState, entry: FileEntry): Promise<Fetched> {
    const kind = fileKind(entry.path);
    if (!kind) return { kind: 'ignored' };
    // Refused from the listing's size, before a byte is read: a 1.9 GB file took 1.57 GB resident.
    const maxBytes = this.options.maxFileBytes ?? defaultLimits.maxBytes;
    if (entry.size > maxBytes) return { kind: 'refused', message: tooLargeReason(entry.size, maxBytes), identity: `size:${entry.size}` };
    let bytes: Uint8Array;
    try {
      bytes = await state.source.read(entry.path);
    } catch (error) {
      return { kind: 'refused', message: `cannot be read (${fsErrorReason(error)})`, identity: 'unreadable' };
    }
    const { key, result } = await readThroughCache(bytes, kind, this.options.store, this.options.read, this.options.salt);
    return { kind: 'read', key, result };
  }

  /** Takes what reading a file gave into the folder's state, reporting its problems. */
  private apply(folder: string, state: FolderState, entry: FileEntry, fetched: Fetched): void {
    if (fetched.kind === 'ignored') return;
    if (fetched.kind === 'refused') {
      this.report({ folder, file: entry.path, message: fetched.message, severity: 'skipped' }, fetched.identity);
      if (state.files.get(entry.path)?.document) this.changeCount++;
      state.files.delete(entry.path);
      return;
    }
    const { key, result } = fetched;
    const before = state.files.get(entry.path);
    if (before && before.key === key) {
      state.files.set(entry.path, { ...before, size: entry.size, mtime: entry.mtime });
      return;
    }
    if (!result.ok && result.transient) {
      // Not remembered, so the next scan reads the file again.
      this.report({ folder, file: entry.path, message: `${result.reason}; it will be tried again`, severity: 'skipped' }, `${key}:transient`);
      if (before?.document) this.changeCount++;
      state.files.delete(entry.path);
      return;
    }
    if (!result.ok) {
      this.report({ folder, file: entry.path, message: result.reason, severity: 'skipped' }, key);
      state.files.set(entry.path, { size: entry.size, mtime: entry.mtime, key, notes: [{ message: result.reason, severity: 'skipped' }] });
    } else {
      for (const warning of result.content.warnings) this.report({ folder, file: entry.path, message: warning, severity: 'warning' }, `${key}:${warning}`);
      const notes = result.content.warnings.map((message) => ({ message, severity: 'warning' as const }));
      const document = this.documentOf(state, folder, entry.path, result.content);
      state.files.set(entry.path, { size: entry.size, mtime: entry.mtime, key, document, notes });
      this.options.onRead?.(document);
    }
    if (before?.document || state.files.get(entry.path)?.document) this.changeCount++;
  }

  private documentOf(state: FolderState, folder: string, path: string, content: Extract<UserFileResult, { ok: true }>['content']): UserDocument {
    const { meta, lines, bodyLine, plan } = content;
    return {
      id: `${state.label}/${path}`,
      corpus: state.label,
      folder,
      file: path,
      meta: { ...meta, title: meta.title ?? titleFromFileName(path) },
      lines,
      bodyLine,
      plan,
    };
  }

  private dropFiles(state: FolderState, keep: Set<string>): void {
    for (const [path, file] of state.files) {
      if (keep.has(path)) continue;
      state.files.delete(path);
      if (file.document) this.changeCount++;
    }
  }

  /** The folder's own name; a second folder of the same name gets its parent's name too. */
  private labelFor(folder: string): string {
    const parts = folder.split(/[\\/]/).filter(Boolean);
    const name = parts.at(-1) ?? folder;
    const taken = new Set([...this.folders.values()].map((s) => s.label));
    if (!taken.has(name)) return name;
    const longer = parts.slice(-2).join('/');
    return taken.has(longer) ? folder : longer;
  }

  /** Reports a problem once for the same folder, file and content. */
  private report(problem: UserCorpusProblem, identity: string): void {
    const id = `${problem.folder}\u0000${problem.file ?? ''}\u0000${identity}\u0000${problem.message}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.options.onProblem?.(problem);
  }
}

function titleFromFileName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
