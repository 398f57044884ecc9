import * as vscode from 'vscode';
import { CorpusIndexError, loadCorpusIndex, type CorpusIndex } from '../core/corpus/corpusIndex';
import { fromCorpusIndex } from '../core/search/fromCorpusIndex';
import { SearchEngine } from '../core/search/searchEngine';
import { withUserDocuments } from '../core/userCorpus/toSearchCorpus';
import type { UserDocument } from '../core/userCorpus/userDocument';

/**
 * The bundled corpus, loaded once and only when first needed (a hover, a search), never on the
 * activation path: dist/corpus-index.json is read, validated and indexed, and every feature
 * shares the one engine. A missing, corrupt or stale index is told to the user once, in words
 * that say how to fix it, and the features that need it then show nothing instead of failing.
 */

export interface LoadedCorpus {
  index: CorpusIndex;
  engine: SearchEngine;
  /** Documents of the user's corpus folders (src/extension/userCorpus), searched by `engine` too. */
  userDocuments: readonly UserDocument[];
}

export class CorpusService {
  private loading: Promise<LoadedCorpus | undefined> | undefined;
  private told = false;
  private userDocuments: readonly UserDocument[] = [];
  private merged: Promise<LoadedCorpus | undefined> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The corpus and its engine, or undefined when the index cannot be used (already reported). */
  get(): Promise<LoadedCorpus | undefined> {
    this.loading ??= this.load();
    if (this.userDocuments.length === 0) return this.loading;
    // Own corpus (issue 7): the engine over bundled + user documents, rebuilt once per change.
    const userDocuments = this.userDocuments;
    // Built in slices with pauses between them: a large folder must not hold up typing.
    this.merged ??= this.loading.then(async (bundled) =>
      bundled
        ? { index: bundled.index, engine: await SearchEngine.buildYielding(withUserDocuments(bundled.engine.corpus, userDocuments), nextTurn), userDocuments }
        : undefined,
    );
    return this.merged;
  }

  /**
   * Hook for the user's corpus folders (src/extension/userCorpus): replaces the user documents;
   * the next `get()` builds the engine over the bundled corpus and them.
   */
  setUserDocuments(documents: readonly UserDocument[]): void {
    this.userDocuments = documents;
    this.merged = undefined;
    this.userDocumentsChanged.fire();
  }

  private readonly userDocumentsChanged = new vscode.EventEmitter<void>();
  /** Fires after `setUserDocuments`, so views of user documents can refresh. */
  readonly onDidChangeUserDocuments = this.userDocumentsChanged.event;

  private async load(): Promise<LoadedCorpus | undefined> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'corpus-index.json');
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const index = loadCorpusIndex(new TextDecoder().decode(bytes));
      return { index, engine: SearchEngine.build(fromCorpusIndex(index)), userDocuments: [] };
    } catch (error) {
      this.report(error instanceof CorpusIndexError || error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  private report(message: string): void {
    if (this.told) return;
    this.told = true;
    void vscode.window.showErrorMessage(vscode.l10n.t('The corpus index cannot be used, so precedents and corpus search are unavailable: {0}', message));
  }
}

/** Lets the extension host handle what is waiting (keystrokes, other extensions) before going on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let shared: CorpusService | undefined;

/** The one service of this activation. */
export function corpusService(context: vscode.ExtensionContext): CorpusService {
  shared ??= new CorpusService(context.extensionUri);
  return shared;
}
