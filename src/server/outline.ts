import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { OutlineKind, OutlineNode } from '../core/outline/outlineTree';
import { toLspRange } from './ranges';
import { inLanguages, type ServerContext } from './serverContext';

const symbolKinds: Record<OutlineKind, SymbolKind> = {
  part: SymbolKind.Namespace,
  section: SymbolKind.Class,
  item: SymbolKind.Field,
  dash: SymbolKind.EnumMember,
  table: SymbolKind.Array,
  period: SymbolKind.Event,
};

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Editors reject a selection range outside the range; clamp rather than lose the entry. */
function clamp(selection: Range, range: Range): Range {
  const start = before(selection.start, range.start) ? range.start : selection.start;
  const end = before(range.end, selection.end) ? range.end : selection.end;
  return before(end, start) ? { start: range.start, end: range.start } : { start, end };
}

function toSymbol(node: OutlineNode): DocumentSymbol {
  const range = toLspRange(node.range);
  return {
    name: node.name || '…',
    detail: node.detail,
    kind: symbolKinds[node.kind],
    range,
    selectionRange: clamp(toLspRange(node.selectionRange), range),
    children: node.children.map(toSymbol),
  };
}

/**
 * The plan's structure as document symbols (Outline view, breadcrumbs) and folding ranges, from
 * the version's one analysis: the numbering a plan is written in (`一、` `（一）` `1.` `——`), with or
 * without `#`, so a plain-text plan gets a full outline too.
 */
export function outline(context: ServerContext): void {
  const { connection, documents, analyses } = context;
  const analysed = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const { settings, analysis } = await analyses.parsed(document);
    return analysis && inLanguages(document, settings) ? analysis : undefined;
  };
  connection.onDocumentSymbol(async ({ textDocument }) => (await analysed(textDocument.uri))?.symbols.map(toSymbol) ?? null);
  connection.onFoldingRanges(async ({ textDocument }) => (await analysed(textDocument.uri))?.folds.map((span) => ({ startLine: span.start, endLine: span.end })) ?? null);
}
