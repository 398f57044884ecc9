import type * as vscode from 'vscode';
import { corpusUnitNames } from '../core/checks/unitNames';
import type { SearchEngine } from '../core/search/searchEngine';
import type { PrecedentLookup } from './codeActions';
import { corpusService, type CorpusService } from './corpusService';

/**
 * The bundled corpus as the quick fixes and unit completion use it: the closest precedents of a
 * clause (with the units they assign and the targets they quantify) and the unit names the corpus
 * assigns. It comes from the shared corpus service, asked for on the first quick-fix or completion
 * request (never on activation); until it has loaded, fixes come without precedents and completion
 * offers the names of the settings only. A corpus that cannot load is reported by the service.
 */
export class CorpusPrecedents {
  private engine: SearchEngine | undefined;
  private names: readonly string[] = [];
  private requested = false;

  constructor(private readonly service: CorpusService) {
    // Own corpus folders (issue 7): after a change, the next request takes the rebuilt engine.
    service.onDidChangeUserDocuments(() => (this.requested = false));
  }

  /** Precedent look-up for quick fixes, once the corpus has loaded. */
  get lookup(): PrecedentLookup | undefined {
    this.request();
    const engine = this.engine;
    if (!engine) return undefined;
    return (text, limit) =>
      engine.hover(text, { limit }).map((hit) => {
        const clause = engine.clause(hit.clause);
        return { source: engine.documentOf(hit.clause).shortName, units: clause.units, targets: clause.targets };
      });
  }

  unitNames(): readonly string[] {
    this.request();
    return this.names;
  }

  private request(): void {
    if (this.requested) return;
    this.requested = true;
    void this.service.get().then((loaded) => {
      if (!loaded) return;
      this.engine = loaded.engine;
      this.names = corpusUnitNames([...loaded.index.documents, ...loaded.userDocuments].map((d) => d.plan));
    });
  }
}

export function corpusPrecedents(context: vscode.ExtensionContext): CorpusPrecedents {
  return new CorpusPrecedents(corpusService(context));
}
