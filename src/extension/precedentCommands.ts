import * as vscode from 'vscode';
import { z } from 'zod';
import { corpusScheme, type PrecedentRef } from '../server/protocol';
import type { CorpusClient } from './corpusClient';
import { openCorpusClause } from './corpusView';

/**
 * The two things a drafter does with a precedent, from a hover link or the search palette: open
 * it at its place in the corpus view, or insert its text at the cursor. A precedent is named by
 * document id and 0-based line, which stay valid across reloads of the index.
 */

export const PrecedentRefSchema = z.object({ docId: z.string().min(1), line: z.number().int().min(0) });

async function resolve(corpus: CorpusClient, argument: unknown): Promise<({ text: string; line: number } & { ref: PrecedentRef }) | undefined> {
  const ref = PrecedentRefSchema.safeParse(argument);
  const clause = ref.success ? await corpus.precedent(ref.data) : undefined;
  if (!clause || !ref.success) {
    void vscode.window.showWarningMessage(vscode.l10n.t('That precedent is no longer in the corpus.'));
    return undefined;
  }
  return { ...clause, ref: ref.data };
}

export async function openPrecedent(corpus: CorpusClient, argument: unknown): Promise<vscode.TextEditor | undefined> {
  const clause = await resolve(corpus, argument);
  if (!clause) return undefined;
  return openCorpusClause(clause.ref.docId, clause.line, clause.text, { preview: false, preserveFocus: false });
}

/** Inserts at the cursor of `editor` (default: the active editor), replacing a selection. */
export async function insertPrecedent(corpus: CorpusClient, argument: unknown, editor = vscode.window.activeTextEditor): Promise<boolean> {
  const clause = await resolve(corpus, argument);
  if (!clause) return false;
  if (!editor || editor.document.uri.scheme === corpusScheme) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft to insert the precedent into.'));
    return false;
  }
  return editor.edit((edit) => edit.replace(editor.selection, clause.text));
}
