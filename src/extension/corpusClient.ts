import * as vscode from 'vscode';
import {
  corpusDocumentRequest,
  corpusScannedNotification,
  insertPrecedentRequest,
  precedentRequest,
  searchCorpusRequest,
  type CorpusDocumentResult,
  type CorpusScannedParams,
  type InsertPrecedentParams,
  type InsertPrecedentResult,
  type PrecedentRef,
  type PrecedentResult,
  type SearchCorpusResult,
  type SearchRow,
} from '../server/protocol';
import type { DraftServer } from './draftServer';

/**
 * The corpus (bundled and own folders) as the extension's commands see it: it is loaded once, in
 * the language server, and reached through its requests. A corpus that cannot load is reported by
 * the server; here the requests then answer nothing.
 */
export class CorpusClient implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the own corpus folders' documents changed (a file was added, edited or removed). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: DraftServer) {
    server.onNotification<CorpusScannedParams>(corpusScannedNotification, ({ changed }) => {
      if (changed) this.changed.fire();
    });
  }

  /** Palette rows for a query, best first; undefined when the corpus cannot be used. */
  async search(query: string, limit: number): Promise<SearchRow[] | undefined> {
    return (await this.server.request<SearchCorpusResult>(searchCorpusRequest, { query, limit })) ?? undefined;
  }

  async documentText(id: string): Promise<string | undefined> {
    return (await this.server.request<CorpusDocumentResult>(corpusDocumentRequest, { id })) ?? undefined;
  }

  async precedent(ref: PrecedentRef): Promise<NonNullable<PrecedentResult> | undefined> {
    return (await this.server.request<PrecedentResult>(precedentRequest, ref)) ?? undefined;
  }

  /** Insert precedent's edits, computed by the server on the draft version it holds. */
  insertion(params: InsertPrecedentParams): Promise<InsertPrecedentResult> {
    return this.server.request<InsertPrecedentResult>(insertPrecedentRequest, params);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
