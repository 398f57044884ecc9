import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../core/config/settings';
import type { DraftAnalyses } from './draftAnalyses';
import type { Messages } from './messages';
import { corpusScheme, type InitializationOptions } from './protocol';
import type { ServerCorpus } from './serverCorpus';
import type { ServerSettings } from './serverSettings';

/** What every feature of the server is handed: built once in `startServer`, no module singletons. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: ServerSettings;
  analyses: DraftAnalyses;
  corpus: ServerCorpus;
  messages: Messages;
  options: InitializationOptions;
}

/** Shown as the origin of every diagnostic, and how quick fixes recognise ours. */
export const diagnosticSource = '政策起草助手';
/** The code of a diagnostic on a suppression comment (not a check of its own: it has no fixes). */
export const suppressionProblemCode = 'suppression-comment';
/** The code of the note that a draft's checks stopped at their time budget. */
export const partlyCheckedCode = 'partly-checked';

/** Schemes of documents a drafter edits; output panes, diffs of git objects and the like are not drafts. */
const draftSchemes = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export function schemeOf(uri: string): string {
  return uri.slice(0, Math.max(0, uri.indexOf(':')));
}

/** Whether the `languages` setting names the document's language (Neovim and Helix call plain text `text`). */
export function inLanguages(document: TextDocument, settings: Settings): boolean {
  const id = document.languageId === 'text' ? 'plaintext' : document.languageId;
  return settings.languages.includes(id);
}

/** Whether a document is a draft our settings ask us to check. */
export function isDraft(document: TextDocument, settings: Settings): boolean {
  return draftSchemes.has(schemeOf(document.uri)) && inLanguages(document, settings);
}

/** The corpus document a corpus-view URI shows (`policy-draft-corpus:/<id>.md`). */
export function corpusDocIdOf(uri: string): string | undefined {
  if (schemeOf(uri) !== corpusScheme) return undefined;
  const path = decodeURIComponent(uri.slice(corpusScheme.length + 1).replace(/^\/\/[^/]*/, ''));
  return path.replace(/^\//, '').replace(/\.md$/, '');
}

/** The last part of a URI's path, for messages. */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
