import * as vscode from 'vscode';
import { z } from 'zod';
import { planKinds, planSkeletons, planSkeletonSnippet, type PlanKind } from '../core/skeletons/planSkeletons';
import { SnippetVocabularySchema, type SnippetVocabulary } from '../core/snippets/corpusVocabulary';
import type { Feature } from './feature';

export const newPlanCommand = 'policyDraft.newPlan';

/** A caller (a test, a keybinding) may name the kind and skip the picker. */
const KindArgument = z.enum(planKinds).optional();

/** The corpus vocabulary generated beside the snippets; read when the command runs, not at activation. */
async function readVocabulary(extensionUri: vscode.Uri): Promise<SnippetVocabulary> {
  const uri = vscode.Uri.joinPath(extensionUri, 'snippets', 'corpus-vocabulary.json');
  const bytes = await vscode.workspace.fs.readFile(uri);
  const parsed = SnippetVocabularySchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  if (!parsed.success) throw new Error(`${uri.fsPath}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.data;
}

async function pickKind(): Promise<PlanKind | undefined> {
  const items = planKinds.map((kind) => ({ label: kind, detail: planSkeletons[kind].basis, planKind: kind }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New plan'),
    placeHolder: vscode.l10n.t('Pick the kind of plan to draft'),
    matchOnDetail: true,
  });
  return picked?.planKind;
}

/**
 * `政策起草：新建规划文本`: an untitled Markdown document holding the skeleton of the picked kind,
 * inserted as a snippet so Tab walks through the blanks. Returns the editor, for tests.
 */
export async function newPlan(extensionUri: vscode.Uri, argument?: unknown): Promise<vscode.TextEditor | undefined> {
  const given = KindArgument.safeParse(argument);
  if (!given.success) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown kind of plan: {0}', String(argument)));
    return undefined;
  }
  const kind = given.data ?? (await pickKind());
  if (!kind) return undefined;
  let snippet: string;
  try {
    snippet = planSkeletonSnippet(kind, await readVocabulary(extensionUri));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot build the plan skeleton: {0}', message));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return editor;
}

export const newPlanFeature: Feature = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand(newPlanCommand, (kind?: unknown) => newPlan(context.extensionUri, kind)));
};
