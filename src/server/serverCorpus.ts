import { ratedPrecedents } from '../core/precedents/confidence';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Precedent } from '../core/checks/precedentSuggestions';
import { corpusUnitNames } from '../core/checks/unitNames';
import { loadCorpusIndex, type CorpusIndex } from '../core/corpus/corpusIndex';
import { fromCorpusIndex } from '../core/search/fromCorpusIndex';
import { SearchEngine } from '../core/search/searchEngine';
import type { SearchClause } from '../core/search/types';
import { DirectoryCacheStore, MemoryCacheStore } from '../core/userCorpus/cacheStore';
import { nodeFolderSource } from '../core/userCorpus/folderSource';
import { withUserDocumentsYielding } from '../core/userCorpus/toSearchCorpus';
import { UserCorpus, type ScanProgress, type UserCorpusProblem } from '../core/userCorpus/userCorpus';
import type { UserDocument } from '../core/userCorpus/userDocument';
import type { PrecedentRef } from './protocol';
import { defaultReadBudgetMs, WorkerFileReader, type JobResult, type ReaderJob } from './workerFileReader';
import { corpusReaderWorker } from './workerReaderPool';

/** The corpus as every feature of the server uses it: one engine over the bundled and own documents. */
export interface LoadedCorpus {
  index: CorpusIndex;
  engine: SearchEngine;
  userDocuments: readonly UserDocument[];
}

export interface ServerCorpusOptions {
  /** Folder holding corpus-index.json (the server's bundle folder). */
  bundleDir: string;
  cacheDir?: string;
  version?: string;
  /** The index cannot be used; said once. */
  onUnavailable(message: string): void;
  onProblem(problem: UserCorpusProblem): void;
  onProgress(progress: ScanProgress): void;
  /** A scan or file update finished; `changed` when the documents did, then once they are searchable. */
  onScanned(changed: boolean): void;
  /** Time one own-corpus file may take to read; default `defaultReadBudgetMs`. */
  readBudgetMs?: number;
}

/**
 * The corpus, loaded once, in the server: dist/corpus-index.json read, validated and indexed, and
 * the user's own folders (named by the editor) read beside it, followed file by file. Every
 * request that needs precedents shares the one engine, rebuilt once per change of own documents.
 */
export class ServerCorpus {
  private loading: Promise<LoadedCorpus | undefined> | undefined;
  private merged: Promise<LoadedCorpus | undefined> | undefined;
  /** The last engine over own documents that finished building. */
  private built: LoadedCorpus | undefined;
  private readonly own: UserCorpus;
  /** Own-corpus files and pages to import are normalised and parsed in a worker thread, never on the thread that answers requests. */
  private readonly reader: WorkerFileReader;
  private running: Promise<void> = Promise.resolve();
  private lastGeneration = 0;
  private names: { engine: SearchEngine; names: readonly string[] } | undefined;

  constructor(private readonly options: ServerCorpusOptions) {
    this.reader = new WorkerFileReader({
      spawn: () => corpusReaderWorker(options.bundleDir),
      budgetMs: options.readBudgetMs ?? defaultReadBudgetMs,
    });
    this.own = new UserCorpus({
      store: options.cacheDir ? new DirectoryCacheStore(options.cacheDir) : new MemoryCacheStore(),
      read: (bytes, kind) => this.reader.read(bytes, kind),
      ...(options.version ? { salt: options.version } : {}),
      onProblem: (problem) => options.onProblem(problem),
    });
  }

  /**
   * The corpus and its engine, or undefined when the index cannot be used (already said). While
   * the engine over changed own documents is built, requests are answered from the last one built
   * (the bundled corpus at first): a hover waits for no index build, however large the folder.
   */
  get(): Promise<LoadedCorpus | undefined> {
    this.loading ??= this.load();
    const userDocuments = this.own.documents();
    if (userDocuments.length === 0) {
      this.built = undefined;
      return this.loading;
    }
    if (!this.merged) {
      // Built in slices with pauses between them, so requests are answered meanwhile.
      const building = this.loading.then(async (bundled) =>
        bundled
          ? {
              index: bundled.index,
              engine: await SearchEngine.buildYielding(await withUserDocumentsYielding(bundled.engine.corpus, userDocuments, nextTurn), nextTurn),
              userDocuments,
            }
          : undefined,
      );
      this.merged = building;
      void building.then(
        (loaded) => {
          if (this.merged === building) this.built = loaded;
        },
        // Requests go on from the engine built last; the next change of the documents builds again.
        (error: unknown) =>
          this.options.onProblem({ folder: '', message: `own documents not searchable: ${error instanceof Error ? error.message : String(error)}`, severity: 'warning' }),
      );
    }
    return this.built ? Promise.resolve(this.built) : this.loading;
  }

  /**
   * The precedents of a clause over the confidence floor, best first, for quick fixes; none while
   * the corpus loads, and none for a clause the corpus has no close precedent of.
   */
  async precedents(text: string, limit: number): Promise<Precedent[]> {
    const loaded = await this.get();
    if (!loaded) return [];
    const { engine } = loaded;
    return ratedPrecedents(engine, text, { limit }).hits.map((hit) => {
      const clause = engine.clause(hit.clause);
      return { source: engine.documentOf(hit.clause).shortName, confidence: hit.confidence, units: clause.units, targets: clause.targets };
    });
  }

  /** The unit names the corpus assigns, most frequent first; computed once per engine. */
  async unitNames(): Promise<readonly string[]> {
    const loaded = await this.get();
    if (!loaded) return [];
    if (this.names?.engine !== loaded.engine) {
      this.names = { engine: loaded.engine, names: corpusUnitNames([...loaded.index.documents, ...loaded.userDocuments].map((d) => d.plan)) };
    }
    return this.names.names;
  }

  /** A corpus document's text as bundled or read, front matter included. */
  async documentText(id: string): Promise<string | undefined> {
    const loaded = await this.get();
    const document = loaded?.index.documents.find((d) => d.meta.id === id) ?? loaded?.userDocuments.find((d) => d.id === id);
    return document?.lines.join('\n');
  }

  /** The clause a precedent reference names, if it is still in the corpus. */
  async clause(ref: PrecedentRef): Promise<SearchClause | undefined> {
    const loaded = await this.get();
    return loaded ? findClause(loaded.engine, ref) : undefined;
  }

  /**
   * Runs a job of Import Document (a file's text, cleaning a page) in the thread that reads own
   * files, within the same budget: a hostile page never holds up a hover.
   */
  offThread<J extends ReaderJob>(job: J): Promise<JobResult<J>> {
    return this.reader.run(job);
  }

  /** Brings the own folders in line with `folders`: new ones scanned, dropped ones forgotten. */
  setFolders(folders: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      for (const folder of this.own.folderPaths()) if (!folders.includes(folder)) this.own.removeFolder(folder);
      // Folders already known are listed again: files may have changed while nobody watched.
      for (const folder of folders) await this.own.addFolder(folder, nodeFolderSource(folder), (progress) => this.options.onProgress(progress));
      void this.own.pruneCache();
    });
  }

  /** Re-reads one file of an own folder after the editor saw it created, changed or deleted. */
  fileChanged(folder: string, file: string): Promise<void> {
    return this.enqueue(async () => {
      await this.own.updateFile(folder, file);
    });
  }

  /** Resolves once the scans and updates asked for so far have finished. */
  whenIdle(): Promise<void> {
    return this.running;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.running = this.running
      .then(work)
      .catch((error: unknown) => this.options.onProblem({ folder: '', message: error instanceof Error ? error.message : String(error), severity: 'warning' }))
      .then(() => {
        const changed = this.own.generation !== this.lastGeneration;
        this.lastGeneration = this.own.generation;
        if (!changed) return this.options.onScanned(false);
        this.merged = undefined;
        // Told once the engine over the new documents is built (outside the queue: requests meanwhile
        // are answered from the last one), so a search asked on the news finds them.
        void this.get();
        const tell = (): void => this.options.onScanned(true);
        void Promise.resolve(this.merged).then(tell, tell);
      });
    return this.running;
  }

  private async load(): Promise<LoadedCorpus | undefined> {
    const file = join(this.options.bundleDir, 'corpus-index.json');
    try {
      const index = loadCorpusIndex(await readFile(file, 'utf8'));
      return { index, engine: SearchEngine.build(fromCorpusIndex(index)), userDocuments: [] };
    } catch (error) {
      this.options.onUnavailable(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
}

export function findClause(engine: SearchEngine, ref: PrecedentRef): SearchClause | undefined {
  return engine.corpus.clauses.find((c) => c.line === ref.line && engine.corpus.documents[c.doc]!.id === ref.docId);
}

/** Lets the server answer what is waiting (a hover, an edit) before going on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
