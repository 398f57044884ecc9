import * as vscode from 'vscode';
import { corpusScheme } from '../server/protocol';
import type { CorpusClient } from './corpusClient';

/**
 * The corpus documents in a read-only view: `policy-draft-corpus:/<id>.md` shows the corpus file
 * exactly as bundled (front matter included, so line numbers are those of the file and of the
 * index). Opening a precedent lands on its clause and selects it.
 */

export function corpusDocumentUri(docId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: corpusScheme, path: `/${docId}.md` });
}

function docIdOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === corpusScheme ? uri.path.replace(/^\//, '').replace(/\.md$/, '') : undefined;
}

export class CorpusContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Open views are refreshed when the user's corpus folders change (a user document was edited). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly corpus: CorpusClient) {
    corpus.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === corpusScheme) this.changed.fire(document.uri);
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = docIdOf(uri);
    const text = id === undefined ? undefined : await this.corpus.documentText(id);
    return text ?? vscode.l10n.t('No corpus document {0}.', id ?? uri.toString());
  }
}

/** Opens a corpus document at a 0-based line and selects the clause that starts on it. */
export async function openCorpusClause(docId: string, line: number, text: string, options: { preview: boolean; preserveFocus: boolean }): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(corpusDocumentUri(docId));
  const range = clauseRange(document, Math.min(Math.max(0, line), document.lineCount - 1), text);
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview, preserveFocus: options.preserveFocus, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The clause text where it starts on its line (it may follow a number); the whole line otherwise. */
function clauseRange(document: vscode.TextDocument, line: number, text: string): vscode.Range {
  const lineText = document.lineAt(line);
  const from = document.offsetAt(lineText.range.start);
  const at = document.getText().indexOf(text, from);
  if (at >= from && at <= document.offsetAt(lineText.range.end)) return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
  return lineText.range;
}
