import * as vscode from 'vscode';
import { escapeLabelIcons } from './labelIcons';
import type { SearchRow } from '../server/protocol';
import type { CorpusClient } from './corpusClient';
import { openCorpusClause } from './corpusView';
import { insertPrecedent } from './precedentCommands';
import { headingShown } from '../core/text/headingShown';

/**
 * `政策起草：检索语料库` / `Policy Draft: Search Corpus`: a QuickPick that searches the corpus as
 * the drafter types (clauses containing the words first, typos tolerated), previews the active
 * clause in the corpus view, opens it on accept, and inserts it at the cursor from a row button.
 * The search itself runs in the language server, where the corpus is.
 */

export const searchCorpusCommand = 'policyDraft.searchCorpus';

const maxItems = 50;
/** Typing faster than this does not search every keystroke. */
const debounceMs = 60;

interface ClauseItem extends vscode.QuickPickItem {
  row: SearchRow;
}

function item(row: SearchRow): ClauseItem {
  return {
    // The words are often far into a long clause: the row shows the stretch around them.
    label: escapeLabelIcons(row.snippet),
    // On the second line: a snippet fills the first, and a description there would be cut off.
    detail: escapeLabelIcons(
      [
        // The figure the rows are ordered by, as the CLI prints it: a weak row says so.
        vscode.l10n.t('confidence {0}%', Math.round(row.confidence * 100)),
        row.foundAs === undefined ? undefined : vscode.l10n.t('found as {0}', row.foundAs),
        [row.document, ...row.path.map((heading) => headingShown(heading)), vscode.l10n.t('line {0}', row.ref.line + 1)].join(' › '),
      ]
        .filter((part) => part !== undefined)
        .join(' · '),
    ),
    // The server has already matched the words (folded, typo-tolerant); the QuickPick must not filter again.
    alwaysShow: true,
    row,
  };
}

/**
 * Opens the search UI and resolves once it is shown with the results for `initial` (a query to
 * start from, e.g. from a test or a keybinding); the UI lives on until the drafter closes it.
 */
export async function searchCorpus(corpus: CorpusClient, initial = ''): Promise<void> {
  const target = vscode.window.activeTextEditor;
  // Shown at once, busy while the corpus loads, so words typed meanwhile land in it.
  const pick = vscode.window.createQuickPick<ClauseItem>();
  pick.title = vscode.l10n.t('Search the corpus');
  pick.placeholder = vscode.l10n.t('Type a few words, e.g. 数字化转型 or 养老服务 床位');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  /** Answers arrive out of order: only the latest query's rows are shown. */
  let asked = 0;
  // An own corpus folder still being read when the search opened (just added in settings, a file
  // saved into it) changes the answer to the words already typed: search them again.
  const corpusChanged = corpus.onDidChange(() => {
    if (pick.value.trim() !== '') void update(pick.value);
  });
  pick.onDidHide(() => {
    closed = true;
    if (timer) clearTimeout(timer);
    corpusChanged.dispose();
    pick.dispose();
  });
  const insertButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert at cursor') };
  /** Rows for `value`; false when the corpus cannot be used (the server has said why). */
  const update = async (value: string): Promise<boolean> => {
    const ticket = ++asked;
    pick.busy = true;
    const rows = value.trim() === '' ? [] : await corpus.search(value, maxItems);
    if (closed || ticket !== asked) return true;
    pick.busy = false;
    if (!rows) return false;
    pick.items = rows.map((row) => ({ ...item(row), buttons: [insertButton] }));
    return true;
  };
  pick.onDidChangeValue((value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(value), debounceMs);
  });
  pick.onDidChangeActive(([active]) => {
    if (active) void openCorpusClause(active.row.ref.docId, active.row.ref.line, active.row.text, { preview: true, preserveFocus: true });
  });
  pick.onDidAccept(() => {
    const [selected] = pick.selectedItems;
    pick.hide();
    if (selected) void openCorpusClause(selected.row.ref.docId, selected.row.ref.line, selected.row.text, { preview: false, preserveFocus: false });
  });
  pick.onDidTriggerItemButton(({ item: pressed }) => {
    pick.hide();
    if (target) void vscode.window.showTextDocument(target.document, target.viewColumn).then((editor) => insertPrecedent(corpus, pressed.row.ref, editor));
    else void insertPrecedent(corpus, pressed.row.ref);
  });
  pick.value = initial;
  pick.show();
  if (!(await update(initial).catch(() => false))) pick.hide();
}
