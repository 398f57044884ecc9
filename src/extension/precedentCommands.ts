import * as vscode from 'vscode';
import { z } from 'zod';
import type { SearchEngine } from '../core/search/searchEngine';
import type { SearchClause } from '../core/search/types';
import type { CorpusService } from './corpusService';
import { corpusScheme, openCorpusClause } from './corpusView';

/**
 * The two things a drafter does with a precedent, from a hover link or the search palette: open
 * it at its place in the corpus view, or insert its text at the cursor. A precedent is named by
 * document id and 0-based line, which stay valid across reloads of the index.
 */

export const openPrecedentCommand = 'policyDraft.openPrecedent';
export const insertPrecedentCommand = 'policyDraft.insertPrecedent';

export const PrecedentRefSchema = z.object({ docId: z.string().min(1), line: z.number().int().min(0) });
export type PrecedentRef = z.infer<typeof PrecedentRefSchema>;

export function precedentRef(engine: SearchEngine, clause: SearchClause): PrecedentRef {
  return { docId: engine.corpus.documents[clause.doc]!.id, line: clause.line };
}

export function findPrecedent(engine: SearchEngine, ref: PrecedentRef): SearchClause | undefined {
  return engine.corpus.clauses.find((c) => c.line === ref.line && engine.corpus.documents[c.doc]!.id === ref.docId);
}

async function resolve(corpus: CorpusService, argument: unknown): Promise<SearchClause | undefined> {
  const ref = PrecedentRefSchema.safeParse(argument);
  const loaded = await corpus.get();
  const clause = ref.success && loaded ? findPrecedent(loaded.engine, ref.data) : undefined;
  if (!clause) void vscode.window.showWarningMessage(vscode.l10n.t('That precedent is no longer in the corpus.'));
  return clause;
}

export async function openPrecedent(corpus: CorpusService, argument: unknown): Promise<vscode.TextEditor | undefined> {
  const clause = await resolve(corpus, argument);
  if (!clause) return undefined;
  const ref = argument as PrecedentRef;
  return openCorpusClause(ref.docId, clause.line, clause.text, { preview: false, preserveFocus: false });
}

/** Inserts at the cursor of `editor` (default: the active editor), replacing a selection. */
export async function insertPrecedent(corpus: CorpusService, argument: unknown, editor = vscode.window.activeTextEditor): Promise<boolean> {
  const clause = await resolve(corpus, argument);
  if (!clause) return false;
  if (!editor || editor.document.uri.scheme === corpusScheme) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft to insert the precedent into.'));
    return false;
  }
  return editor.edit((edit) => edit.replace(editor.selection, clause.text));
}
