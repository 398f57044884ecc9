import * as vscode from 'vscode';
import { CorpusDocumentError, parseCorpusDocument } from '../../core/corpus/corpusDocument';
import { levels, type CorpusMeta } from '../../core/corpus/corpusMeta';
import type { ImportOutcome, PageText } from '../../core/userCorpus/importDocument';
import { suggestImportId } from '../../core/userCorpus/importDocument';
import { importPageRequest, pageTextRequest, type ImportPageParams, type ImportPageResult, type PageTextParams } from '../../server/protocol';
import type { DraftServer } from '../draftServer';
import type { Feature } from '../feature';
import type { UserCorpusFolders } from './userCorpusFolders';

/**
 * `政策起草：导入文档` / `Policy Draft: Import Document`: a file or pasted web-page text goes
 * through the importer that cleaned the bundled corpus; the result opens as an untitled Markdown
 * document for review (the drafter may edit it, front matter included), and is then saved, as it
 * stands in that editor, into a chosen corpus folder.
 */

export const importDocumentCommandId = 'policyDraft.importDocument';

interface Source {
  page: string;
  name?: string;
}

/**
 * The importer runs in the language server's reader thread, off the editor's thread and the
 * server's, each step within a time budget: reading a Word file and cleaning a long page.
 */
interface Importer {
  pageText(bytes: Uint8Array, name: string): Promise<PageText>;
  importPage(params: ImportPageParams): Promise<ImportPageResult>;
}

export const importDocument: Feature = (context, { server, folders }) => {
  const importer = serverImporter(server);
  context.subscriptions.push(vscode.commands.registerCommand(importDocumentCommandId, () => runImport(importer, folders)));
};

function serverImporter(server: DraftServer): Importer {
  return {
    pageText: (bytes, name) => server.request<PageText>(pageTextRequest, { bytes: Buffer.from(bytes).toString('base64'), name } satisfies PageTextParams),
    importPage: (params) => server.request<ImportPageResult>(importPageRequest, params),
  };
}

async function runImport(importer: Importer, folders: UserCorpusFolders): Promise<void> {
  const source = await pickSource(importer);
  if (!source) return;
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('Import Document'),
    prompt: vscode.l10n.t('Corpus id of the document (also its file name): lower-case letters, digits and dashes'),
    value: suggestImportId(source.name, new Date()),
    validateInput: (value) => (/^[a-z0-9][a-z0-9-]{0,63}$/.test(value) ? undefined : vscode.l10n.t('Use lower-case letters, digits and dashes, starting with a letter or digit')),
  });
  if (!id) return;
  let outcome = await cleaned(importer, { page: source.page, id });
  if (outcome && !outcome.ok) {
    const level = await vscode.window.showQuickPick([...levels], {
      title: vscode.l10n.t('Import Document'),
      placeHolder: vscode.l10n.t('The text does not say its administrative level: pick one'),
    });
    if (!level) return;
    outcome = await cleaned(importer, { page: source.page, id, level: level as CorpusMeta['level'] });
  }
  if (!outcome?.ok) return;
  const { result } = outcome;
  const review = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(review, { preview: false });
  const removed = result.report.removed.length + result.report.injectedAds.length;
  const summary = vscode.l10n.t(
    'Cleaned: {0} lines of web page junk removed, {1} possibly garbled passages to check. Review the text, then save it into a corpus folder.',
    removed,
    result.report.suspects.length,
  );
  const save = vscode.l10n.t('Save to Corpus Folder…');
  if ((await vscode.window.showInformationMessage(summary, save)) !== save) return;
  await saveReviewed(review, folders);
}

/** The importer's outcome; undefined, once said, when the page could not be cleaned (a hostile page over the time budget). */
async function cleaned(importer: Importer, params: ImportPageParams): Promise<ImportOutcome | undefined> {
  const outcome = await importer.importPage(params);
  if (outcome.ok || !('reason' in outcome)) return outcome;
  void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import the page: {0}', outcome.reason));
  return undefined;
}

async function pickSource(importer: Importer): Promise<Source | undefined> {
  const fromFile = vscode.l10n.t('From a file (.txt, .html, .md, .docx)…');
  const fromClipboard = vscode.l10n.t('From the clipboard (text copied from a web page)');
  const choice = await vscode.window.showQuickPick([fromFile, fromClipboard], { title: vscode.l10n.t('Import Document') });
  if (choice === fromClipboard) {
    const page = await vscode.env.clipboard.readText();
    if (page.trim() === '') {
      void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard holds no text to import.'));
      return undefined;
    }
    return { page };
  }
  if (choice !== fromFile) return undefined;
  const [uri] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: vscode.l10n.t('Import Document'),
      filters: { [vscode.l10n.t('Documents')]: ['txt', 'htm', 'html', 'md', 'docx'] },
    })) ?? [];
  if (!uri) return undefined;
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const text = await importer.pageText(bytes, name);
  if (!text.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', name, text.reason));
    return undefined;
  }
  return { page: text.text, name };
}

/** Validates the reviewed text, asks for a folder, writes `<id>.md` there without overwriting silently. */
async function saveReviewed(review: vscode.TextDocument, folders: UserCorpusFolders): Promise<void> {
  let meta: CorpusMeta;
  try {
    meta = parseCorpusDocument(review.getText(), vscode.l10n.t('the imported document')).meta;
  } catch (error) {
    if (!(error instanceof CorpusDocumentError)) throw error;
    void vscode.window.showErrorMessage(vscode.l10n.t('Not saved: {0}', error.message));
    return;
  }
  const folder = await pickFolder(folders);
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder, `${meta.id}.md`);
  const exists = await vscode.workspace.fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists in that folder. Replace it?', `${meta.id}.md`), { modal: true }, replace);
    if (answer !== replace) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(review.getText()));
  await offerToAddFolder(folder, folders);
  await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', target.fsPath));
}

async function pickFolder(folders: UserCorpusFolders): Promise<vscode.Uri | undefined> {
  const configured = folders.configuredFolders();
  const other = vscode.l10n.t('Choose another folder…');
  const choice = configured.length === 0 ? other : await vscode.window.showQuickPick([...configured, other], { title: vscode.l10n.t('Save into which corpus folder?') });
  if (!choice) return undefined;
  if (choice !== other) return vscode.Uri.file(choice);
  const [uri] =
    (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, title: vscode.l10n.t('Save into which corpus folder?') })) ?? [];
  return uri;
}

/** A folder outside `policyDraft.corpus.folders` is indexed only once it is added there. */
async function offerToAddFolder(folder: vscode.Uri, folders: UserCorpusFolders): Promise<void> {
  if (folders.configuredFolders().includes(folder.fsPath)) return;
  const add = vscode.l10n.t('Add to My Corpus Folders');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} is not one of your corpus folders, so its documents are not searched yet.', folder.fsPath), add);
  if (answer !== add) return;
  const config = vscode.workspace.getConfiguration('policyDraft');
  const current = config.inspect<string[]>('corpus.folders')?.globalValue ?? [];
  await config.update('corpus.folders', [...current, folder.fsPath], vscode.ConfigurationTarget.Global);
}
