import * as vscode from 'vscode';
import { annotationSlotAt, rankUnitNames, tableCellSlotAt } from '../core/checks/unitNames';
import type { Feature } from './feature';
import { readSettings } from './settings';

/** Characters after which a drafter starts the next unit name (`|` opens a table cell). */
const triggers = ['：', ':', '、', '，', ',', '；', ';', '|', '｜'];

/**
 * Completes unit names inside `（责任单位：…）`, `（牵头单位：…；配合单位：…）` and similar, and in the
 * unit column of a table such as a 任务分解表, from the
 * units the corpus assigns (most frequent first) and the collective bodies of the user's settings.
 * The list is marked incomplete so each keystroke re-ranks it: our ranking understands
 * abbreviations (`发改委`), which the editor's own filter would throw away.
 */
export class UnitCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly corpusUnits: () => readonly string[]) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const settings = readSettings(document.uri);
    if (!settings.languages.includes(document.languageId)) return undefined;
    const slot =
      annotationSlotAt(document.lineAt(position.line).text, position.character) ??
      tableCellSlotAt((line) => document.lineAt(line).text, position.line, position.character);
    if (!slot) return undefined;
    const names = rankUnitNames([...settings['checks.collectiveBodies'], ...this.corpusUnits()], slot);
    const replace = new vscode.Range(position.line, slot.start, position.line, position.character);
    const items = names.map((name, rank) => {
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Value);
      item.range = replace;
      // Keep our order and let every ranked name through the editor's filter.
      item.sortText = String(rank).padStart(4, '0');
      item.filterText = `${document.getText(replace)}${name}`;
      item.detail = vscode.l10n.t('Responsible unit');
      return item;
    });
    return new vscode.CompletionList(items, true);
  }
}

export function unitCompletionFeature(corpusUnits: () => readonly string[]): Feature {
  return (context) => {
    context.subscriptions.push(
      vscode.languages.registerCompletionItemProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new UnitCompletion(corpusUnits), ...triggers),
    );
  };
}
