import * as vscode from 'vscode';
import { z } from 'zod';
import { parseSettings } from '../core/config/settings';
import { precedentInsertion } from '../core/precedents/insertPrecedent';
import { corpusScheme, type PrecedentRef, type PrecedentResult, type DocumentEdits } from '../server/protocol';
import { toLspRange } from '../server/ranges';
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
  if (!clause || !ref.success) return void gone();
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
 * `policyDraft.precedents.insertSourceNote` is off. The language server, which holds the draft and
 * its outline, computes the edits; only a document it does not hold (a language outside
 * `policyDraft.languages`) is computed here. Applied as one edit (one undo), and only to the
 * version they were computed for.
 */
export async function insertPrecedent(corpus: CorpusClient, argument: unknown, editor = vscode.window.activeTextEditor): Promise<boolean> {
  const ref = PrecedentRefSchema.safeParse(argument);
  if (!ref.success) return gone();
  if (!editor || editor.document.uri.scheme === corpusScheme) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft to insert the precedent into.'));
    return false;
  }
  const { document, selection } = editor;
  const { version } = document;
  const range = { start: { line: selection.start.line, character: selection.start.character }, end: { line: selection.end.line, character: selection.end.character } };
  const answer = await corpus.insertion({ uri: document.uri.toString(), version, range, ref: ref.data });
  if ('edits' in answer) return apply(document, version, answer.edits);
  if (answer.unavailable === 'precedent') return gone();
  // The draft changed since it was sent; if the server is the one behind, the host computes it.
  if (answer.unavailable === 'version' && document.version !== version) return changed();
  const clause = await corpus.precedent(ref.data);
  if (!clause) return gone();
  // The server does not hold this document (or not yet this version): computed here, on the draft as it is now.
  const setting = vscode.workspace.getConfiguration('policyDraft', document.uri).get('precedents.insertSourceNote');
  const column = ({ line, character }: vscode.Position) => ({ line, column: character });
  const edits = precedentInsertion(clause, {
    text: document.getText(),
    range: { start: column(editor.selection.start), end: column(editor.selection.end) },
    markdown: document.languageId === 'markdown',
    sourceNote: parseSettings({ 'precedents.insertSourceNote': setting }).settings['precedents.insertSourceNote'],
  });
  return apply(
    document,
    document.version,
    edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText })),
  );
}

/** The clause and the siblings it moves up, as one edit (one undo restores the draft), if the draft is still at `version`. */
async function apply(document: vscode.TextDocument, version: number, edits: DocumentEdits): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, newText } of edits) edit.replace(document.uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  if (document.isClosed || document.version !== version) return changed();
  return vscode.workspace.applyEdit(edit);
}

function gone(): false {
  void vscode.window.showWarningMessage(vscode.l10n.t('That precedent is no longer in the corpus.'));
  return false;
}

function changed(): false {
  void vscode.window.showInformationMessage(vscode.l10n.t('The draft changed while the precedent was being placed: insert it again.'));
  return false;
}
