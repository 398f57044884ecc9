import * as vscode from 'vscode';
import { z } from 'zod';
import { exportDocxRequest, taskTableRequest, type ExportDocxParams, type ExportDocxResult, type TaskTableParams, type TaskTableResult } from '../server/protocol';
import type { DraftServer } from './draftServer';
import type { Feature } from './feature';

export const exportOfficialDocxCommand = 'policyDraft.exportOfficialDocx';
export const generateTaskTableCommand = 'policyDraft.generateTaskTable';

/**
 * A caller (a test, a keybinding, a task) may name the draft and the output, and skip the dialog or
 * the refactor preview; from the palette the command works on the active editor.
 */
const ExportArguments = z.object({ draft: z.string().optional(), output: z.string().optional() }).optional();
const TableArguments = z.object({ draft: z.string().optional(), preview: z.boolean().optional() }).optional();

async function draftDocument(draft: string | undefined): Promise<vscode.TextDocument | undefined> {
  if (draft) return vscode.workspace.openTextDocument(vscode.Uri.parse(draft));
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft first: the command works on the draft in the active editor.'));
  return document;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `9, 13, 17` — the first few lines, then `…`: a skeleton barely filled in holds dozens. */
function placeholderList(lines: readonly number[]): string {
  const shown = 8;
  return lines.slice(0, shown).join(', ') + (lines.length > shown ? ', …' : '');
}

/**
 * `草案.md` → `草案.docx` beside it; an untitled draft goes in the first workspace folder, under the
 * name the export gave it from the title the Word file carries (a new plan's
 * `某市…行动计划（2025—2027年）.docx`, not `Untitled-1.docx`).
 */
function defaultOutput(document: vscode.TextDocument, exportedName: string | undefined): vscode.Uri | undefined {
  if (!document.isUntitled) return document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.docx') });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${exportedName ?? fileName(document.uri)}.docx`) : undefined;
}

/**
 * `政策起草：导出为公文格式 Word`: the server lays the draft out per GB/T 9704-2012 and returns the
 * file with the name its title gives; the extension then asks where to save it, proposing that
 * name, and writes it. The export comes first so that the name is read from the very document
 * written. Returns the file written, for tests.
 */
async function exportOfficialDocx(server: DraftServer, argument: unknown): Promise<vscode.Uri | undefined> {
  const options = ExportArguments.safeParse(argument).data;
  const document = await draftDocument(options?.draft);
  if (!document) return undefined;
  const cannotExport = (error: unknown): undefined => {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export {0}: {1}', fileName(document.uri), message));
    return undefined;
  };
  let result: ExportDocxResult;
  try {
    const params: ExportDocxParams = { text: document.getText(), languageId: document.languageId };
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} as an official Word document…', fileName(document.uri)) },
      () => server.request<ExportDocxResult>(exportDocxRequest, params),
    );
  } catch (error) {
    return cannotExport(error);
  }
  const defaultUri = defaultOutput(document, result.fileName);
  const output = options?.output
    ? vscode.Uri.parse(options.output)
    : await vscode.window.showSaveDialog({
        ...(defaultUri ? { defaultUri } : {}),
        filters: { [vscode.l10n.t('Word document')]: ['docx'] },
        title: vscode.l10n.t('Export as Official Word Document'),
      });
  if (!output) return undefined;
  try {
    await vscode.workspace.fs.writeFile(output, Buffer.from(result.bytes, 'base64'));
  } catch (error) {
    return cannotExport(error);
  }
  for (const note of result.notes) void vscode.window.showWarningMessage(note);
  if (result.placeholderLines.length > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} still holds placeholders to fill (××, ……, N) on lines {1}: the Word file has them too.', fileName(output), placeholderList(result.placeholderLines)),
    );
  }
  void vscode.window.showInformationMessage(
    result.tables === 1
      ? vscode.l10n.t('Exported {0} ({1} paragraphs, 1 table).', fileName(output), result.paragraphs)
      : vscode.l10n.t('Exported {0} ({1} paragraphs, {2} tables).', fileName(output), result.paragraphs, result.tables),
  );
  return output;
}

/**
 * `政策起草：生成任务分解表`: the server builds the table from the task clauses; the extension puts
 * it in as one edit. A table added under 附件 goes in at once (one undo takes it out); one that
 * replaces the drafter's own is shown in the refactor preview first, where VS Code lists an edit
 * asking for confirmation unticked: the drafter's table is only lost by choice. Returns whether the
 * edit was applied.
 */
async function generateTaskTable(server: DraftServer, argument: unknown): Promise<boolean> {
  const options = TableArguments.safeParse(argument).data;
  const document = await draftDocument(options?.draft);
  if (!document) return false;
  const version = document.version;
  let result: TaskTableResult;
  try {
    const params: TaskTableParams = { uri: document.uri.toString(), text: document.getText(), languageId: document.languageId };
    result = await server.request<TaskTableResult>(taskTableRequest, params);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot build the task table of {0}: {1}', fileName(document.uri), message));
    return false;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while the task table was built; run the command again.'));
    return false;
  }
  if (result.rows.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No task clauses found: tasks are the numbered items under a heading such as 重点任务 or 主要任务.'));
    return false;
  }
  const { start, end } = result.range;
  const label = result.replaced
    ? vscode.l10n.t('Replace the 任务分解表 with {0} rows built from the text', result.rows.length)
    : vscode.l10n.t('Add a 任务分解表 of {0} rows under 附件 任务分解表', result.rows.length);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(start.line, start.column, end.line, end.column), result.text, {
    label,
    needsConfirmation: result.replaced && options?.preview !== false,
  });
  return vscode.workspace.applyEdit(edit, { isRefactoring: true });
}

export const draftOutputs: Feature = (context, { server }) => {
  const commands: Record<string, (argument?: unknown) => unknown> = {
    [exportOfficialDocxCommand]: (argument) => exportOfficialDocx(server, argument),
    [generateTaskTableCommand]: (argument) => generateTaskTable(server, argument),
  };
  for (const [id, handler] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
};
