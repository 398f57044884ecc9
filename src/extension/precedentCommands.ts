import * as vscode from 'vscode';
import { z } from 'zod';
import { parseSettings } from '../core/config/settings';
import { insertionEdits } from '../core/precedents/insertPrecedent';
import { draftUnitContext } from '../core/units/draftPlace';
import { corpusScheme, type PrecedentRef, type PrecedentResult } from '../server/protocol';
import type { CorpusClient } from './corpusClient';
import { openCorpusClause } from './corpusView';

/**
 * The two things a drafter does with a precedent, from a hover link or the search palette: open
 * it at its place in the corpus view, or insert its text at the cursor. A precedent is named by
 * document id and 0-based line, which stay valid across reloads of the index.
 */

export const PrecedentRefSchema = z.object({ docId: z.string().min(1), line: z.number().int().min(0) });

async function resolve(corpus: CorpusClient, argument: unknown): Promise<(NonNullable<PrecedentResult> & { ref: PrecedentRef }) | undefined> {
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

/**
 * Inserts at the cursor of `editor` (default: the active editor), replacing a selection: numbered
 * to fit the run it lands in (the siblings after it move up by one), in the draft's level
 * (全省 → 全市), with a comment naming its source in a Markdown draft unless
 * `policyDraft.precedents.insertSourceNote` is off.
 */
export async function insertPrecedent(corpus: CorpusClient, argument: unknown, editor = vscode.window.activeTextEditor): Promise<boolean> {
  const clause = await resolve(corpus, argument);
  if (!clause) return false;
  if (!editor || editor.document.uri.scheme === corpusScheme) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft to insert the precedent into.'));
    return false;
  }
  const { document, selection } = editor;
  const draft = document.getText();
  const setting = vscode.workspace.getConfiguration('policyDraft', document.uri).get('precedents.insertSourceNote');
  const note = document.languageId === 'markdown' && parseSettings({ 'precedents.insertSourceNote': setting }).settings['precedents.insertSourceNote'];
  const edits = insertionEdits(clause.text, {
    draft,
    range: { start: { line: selection.start.line, column: selection.start.character }, end: { line: selection.end.line, column: selection.end.character } },
    place: draftUnitContext(draft).place,
    ...(note ? { source: { document: clause.document, path: clause.path } } : {}),
  });
  // The clause and the siblings it moves up, in one edit: one undo restores the draft.
  const range = ({ start, end }: (typeof edits)[number]['range']) => new vscode.Range(start.line, start.column, end.line, end.column);
  return editor.edit((edit) => edits.forEach(({ range: at, newText }) => edit.replace(range(at), newText)));
}
