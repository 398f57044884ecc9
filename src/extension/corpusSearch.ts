import * as vscode from 'vscode';
import { escapeLabelIcons } from '../core/search/markdownEscape';
import { matchSnippet } from '../core/search/matchSnippet';
import type { SearchEngine } from '../core/search/searchEngine';
import type { CorpusService } from './corpusService';
import { openCorpusClause } from './corpusView';
import { insertPrecedent, precedentRef, type PrecedentRef } from './precedentCommands';

/**
 * `政策起草：检索语料库` / `Policy Draft: Search Corpus`: a QuickPick that searches the corpus as
 * the drafter types (clauses containing the words first, typos tolerated), previews the active
 * clause in the corpus view, opens it on accept, and inserts it at the cursor from a row button.
 */

export const searchCorpusCommand = 'policyDraft.searchCorpus';

const maxItems = 50;
/** Typing faster than this does not search every keystroke. */
const debounceMs = 60;

interface ClauseItem extends vscode.QuickPickItem {
  ref: PrecedentRef;
  text: string;
}

function items(engine: SearchEngine, query: string): ClauseItem[] {
  return engine.palette(query, { limit: maxItems }).map((hit) => {
    const clause = engine.clause(hit.clause);
    const document = engine.documentOf(hit.clause);
    return {
      // The words are often far into a long clause: the row shows the stretch around them.
      label: escapeLabelIcons(matchSnippet(clause.text, query)),
      // On the second line: a snippet fills the first, and a description there would be cut off.
      detail: escapeLabelIcons([document.shortName, ...clause.path, vscode.l10n.t('line {0}', clause.line + 1)].join(' › ')),
      // The engine has already matched the words (folded, typo-tolerant); the QuickPick must not filter again.
      alwaysShow: true,
      ref: precedentRef(engine, clause),
      text: clause.text,
    };
  });
}

/**
 * Opens the search UI and resolves once it is shown with the results for `initial` (a query to
 * start from, e.g. from a test or a keybinding); the UI lives on until the drafter closes it.
 */
export async function searchCorpus(corpus: CorpusService, initial = ''): Promise<void> {
  const target = vscode.window.activeTextEditor;
  // Shown at once, busy while the corpus loads, so words typed meanwhile land in it.
  const pick = vscode.window.createQuickPick<ClauseItem>();
  pick.title = vscode.l10n.t('Search the corpus');
  pick.placeholder = vscode.l10n.t('Type a few words, e.g. 互联网医院 or 新药 审评');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  pick.onDidHide(() => {
    closed = true;
    if (timer) clearTimeout(timer);
    pick.dispose();
  });
  pick.value = initial;
  pick.busy = true;
  pick.show();
  const loaded = await corpus.get();
  if (closed) return;
  pick.busy = false;
  if (!loaded) {
    pick.hide();
    return;
  }
  const { engine } = loaded;
  const insertButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert at cursor') };
  const update = (value: string): void => {
    const found = value.trim() === '' ? [] : items(engine, value);
    pick.items = found.map((item) => ({ ...item, buttons: [insertButton] }));
  };
  pick.onDidChangeValue((value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => update(value), debounceMs);
  });
  pick.onDidChangeActive(([item]) => {
    if (item) void openCorpusClause(item.ref.docId, item.ref.line, item.text, { preview: true, preserveFocus: true });
  });
  pick.onDidAccept(() => {
    const [item] = pick.selectedItems;
    pick.hide();
    if (item) void openCorpusClause(item.ref.docId, item.ref.line, item.text, { preview: false, preserveFocus: false });
  });
  pick.onDidTriggerItemButton(({ item }) => {
    pick.hide();
    if (target) void vscode.window.showTextDocument(target.document, target.viewColumn).then((editor) => insertPrecedent(corpus, item.ref, editor));
    else void insertPrecedent(corpus, item.ref);
  });
  update(pick.value);
}
