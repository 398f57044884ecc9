import * as vscode from 'vscode';
import { loadCorpusIndex } from '../core/corpus/corpusIndex';
import { corpusUnitNames } from '../core/checks/unitNames';
import { fromCorpusIndex } from '../core/search/fromCorpusIndex';
import { SearchEngine } from '../core/search/searchEngine';
import type { PrecedentLookup } from './codeActions';

/**
 * The bundled corpus as the quick fixes and unit completion use it: the closest precedents of a
 * clause (with the units they assign and the targets they quantify) and the unit names the corpus
 * assigns. Loaded off the activation path; until it has loaded, fixes are offered without
 * precedents and completion offers the names of the settings only.
 */
export class CorpusPrecedents {
  private engine: SearchEngine | undefined;
  private names: readonly string[] = [];

  /** Reads and indexes dist/corpus-index.json; a missing or corrupt index is reported, not thrown. */
  async load(extensionUri: vscode.Uri): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'corpus-index.json'));
      const index = loadCorpusIndex(new TextDecoder().decode(bytes));
      this.engine = SearchEngine.build(fromCorpusIndex(index));
      this.names = corpusUnitNames(index.documents.map((d) => d.plan));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showWarningMessage(vscode.l10n.t('The bundled corpus could not be loaded, so quick fixes come without precedents: {0}', message));
    }
  }

  /** Precedent look-up for quick fixes, once the corpus has loaded. */
  get lookup(): PrecedentLookup | undefined {
    const engine = this.engine;
    if (!engine) return undefined;
    return (text, limit) =>
      engine.hover(text, { limit }).map((hit) => {
        const clause = engine.clause(hit.clause);
        return { source: engine.documentOf(hit.clause).shortName, units: clause.units, targets: clause.targets };
      });
  }

  unitNames(): readonly string[] {
    return this.names;
  }
}
