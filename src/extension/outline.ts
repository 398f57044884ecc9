import * as vscode from 'vscode';
import { classifyDraftText } from '../core/checks/draftInput';
import type { Range } from '../core/model';
import type { OutlineKind, OutlineNode } from '../core/outline/outlineTree';
import type { PlanOutline } from '../core/outline/planOutline';
import { sharedAnalysisClient } from './analysisClient';
import type { Feature } from './feature';
import { readSettings } from './settings';

/**
 * The plan's structure in the Outline view, breadcrumbs and folding, for every language the
 * `policyDraft.languages` setting names. VS Code's own Markdown outline lists only `#` headings;
 * ours lists the numbering a plan is written in (`一、` `（一）` `1.` `——`), with or without `#`,
 * under its own label, so a plain-text plan or one without `#` still gets a full outline.
 */

const symbolKinds: Record<OutlineKind, vscode.SymbolKind> = {
  part: vscode.SymbolKind.Namespace,
  section: vscode.SymbolKind.Class,
  item: vscode.SymbolKind.Field,
  dash: vscode.SymbolKind.EnumMember,
  table: vscode.SymbolKind.Array,
  period: vscode.SymbolKind.Event,
};

interface Computed {
  version: number;
  outline: Promise<PlanOutline | undefined>;
}

const toRange = (range: Range): vscode.Range => new vscode.Range(range.start.line, range.start.column, range.end.line, range.end.column);

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const range = toRange(node.range);
  // VS Code rejects a selection range outside the range; clamp rather than lose the entry.
  const selection = range.intersection(toRange(node.selectionRange)) ?? new vscode.Range(range.start, range.start);
  const symbol = new vscode.DocumentSymbol(node.name || '…', node.detail, symbolKinds[node.kind], range, selection);
  symbol.children = node.children.map(toSymbol);
  return symbol;
}

export const outline: Feature = (context) => {
  const client = sharedAnalysisClient(context.subscriptions);
  // The symbol and folding providers ask for the same version one after the other: parse it once,
  // off the extension host's thread.
  const cache = new Map<string, Computed>();

  const compute = (document: vscode.TextDocument): Promise<PlanOutline | undefined> => {
    const settings = readSettings(document.uri);
    if (!settings.languages.includes(document.languageId)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const cached = cache.get(key);
    if (cached?.version === document.version) return cached.outline;
    // An oversized or binary document is left alone here; the drafting checks tell the user why.
    const input = classifyDraftText(document.getText(), settings.maxFileSizeKB);
    const outline = input.kind === 'text' ? client.run('outline', { text: input.text, settings }) : Promise.resolve(undefined);
    cache.set(key, { version: document.version, outline });
    // A failed parse is not cached: the next request tries again.
    outline.catch(() => {
      if (cache.get(key)?.outline === outline) cache.delete(key);
    });
    return outline;
  };

  // The providers' document selector is the `languages` setting; a change re-registers them, so a
  // language added there gets the outline without a reload. A selector, not a check inside the
  // provider: a folding provider on every language would replace indentation folding everywhere.
  const register = (): vscode.Disposable => {
    const selector = readSettings().languages.map((language) => ({ language }));
    return vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(
        selector,
        {
          async provideDocumentSymbols(document) {
            return ((await compute(document))?.symbols ?? []).map(toSymbol);
          },
        },
        { label: vscode.l10n.t('Plan structure') },
      ),
      vscode.languages.registerFoldingRangeProvider(selector, {
        async provideFoldingRanges(document) {
          return ((await compute(document))?.folds ?? []).map((span) => new vscode.FoldingRange(span.start, span.end));
        },
      }),
    );
  };
  let providers = register();
  context.subscriptions.push(
    { dispose: () => providers.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('policyDraft.languages')) return;
      providers.dispose();
      providers = register();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => cache.delete(document.uri.toString())),
  );
};
