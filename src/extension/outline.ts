import * as vscode from 'vscode';
import { classifyDraftText } from '../core/checks/draftInput';
import type { ParsedPlan, Range } from '../core/model';
import { planFoldingRanges } from '../core/outline/foldingRanges';
import { buildOutline, type OutlineKind, type OutlineNode } from '../core/outline/outlineTree';
import { parsePlan } from '../core/structure/parsePlan';
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
};

interface Parsed {
  version: number;
  plan: ParsedPlan;
  lines: string[];
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
  // The symbol and folding providers ask for the same version one after the other: parse it once.
  const cache = new Map<string, Parsed>();

  const parse = (document: vscode.TextDocument): Parsed | undefined => {
    const settings = readSettings(document.uri);
    if (!settings.languages.includes(document.languageId)) return undefined;
    const key = document.uri.toString();
    const cached = cache.get(key);
    if (cached?.version === document.version) return cached;
    // An oversized or binary document is left alone here; the diagnostics feature tells the user why.
    const input = classifyDraftText(document.getText(), settings.maxFileSizeKB);
    if (input.kind !== 'text') return undefined;
    const parsed = { version: document.version, plan: parsePlan(input.text), lines: input.text.split(/\r?\n/) };
    cache.set(key, parsed);
    return parsed;
  };

  const selector = readSettings().languages.map((language) => ({ language }));
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols(document) {
          const parsed = parse(document);
          return parsed ? buildOutline(parsed.plan, parsed.lines).map(toSymbol) : [];
        },
      },
      { label: vscode.l10n.t('Plan structure') },
    ),
    vscode.languages.registerFoldingRangeProvider(selector, {
      provideFoldingRanges(document) {
        const parsed = parse(document);
        return parsed ? planFoldingRanges(parsed.plan, parsed.lines).map((span) => new vscode.FoldingRange(span.start, span.end)) : [];
      },
    }),
    vscode.workspace.onDidCloseTextDocument((document) => cache.delete(document.uri.toString())),
  );
};
