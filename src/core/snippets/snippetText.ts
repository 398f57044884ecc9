import { parseSnippet, type SnippetNode } from './snippetSyntax';

/**
 * Operations on parsed snippet bodies: writing them back with correct escaping, expanding them to
 * the text VS Code inserts before the drafter types anything, and joining bodies whose tab stops
 * were numbered independently.
 */

// `}` is escaped at the top level too: VS Code would read it literally, but the strict reader does not.
const escapeText = (s: string): string => s.replace(/[\\$}]/g, (c) => `\\${c}`);
const escapeOption = (s: string): string => s.replace(/[\\,|]/g, (c) => `\\${c}`);

/** Writes nodes back as snippet syntax; `formatSnippet(parseSnippet(b))` reads back as the same nodes. */
export function formatSnippet(nodes: readonly SnippetNode[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return escapeText(node.value);
        case 'tabstop':
          return node.children.length ? `\${${node.index}:${formatSnippet(node.children)}}` : `\${${node.index}}`;
        case 'choice':
          return `\${${node.index}|${node.options.map(escapeOption).join(',')}|}`;
        case 'variable':
          return node.children.length ? `\${${node.name}:${formatSnippet(node.children)}}` : `\${${node.name}}`;
      }
    })
    .join('');
}

/**
 * The text inserted before any editing: defaults, first choices, and variables through `resolve`
 * (a variable it does not know falls back to its default, as in VS Code).
 */
export function expandSnippet(nodes: readonly SnippetNode[], resolve: (name: string) => string | undefined = () => undefined): string {
  // VS Code fills every occurrence of a tab stop with the default given at any one of them.
  const defaults = new Map<number, string>();
  const collect = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'tabstop' && node.children.length && !defaults.has(node.index)) defaults.set(node.index, expandSnippet(node.children, resolve));
      if (node.kind === 'choice' && !defaults.has(node.index)) defaults.set(node.index, node.options[0] ?? '');
      if (node.kind === 'tabstop' || node.kind === 'variable') collect(node.children);
    }
  };
  collect(nodes);
  const expand = (list: readonly SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'tabstop':
          case 'choice':
            return defaults.get(node.index) ?? '';
          case 'variable':
            return resolve(node.name) ?? expand(node.children);
        }
      })
      .join('');
  return expand(nodes);
}

/** Every tab stop index used, ascending, without duplicates ($0 included when present). */
export function tabStopIndices(nodes: readonly SnippetNode[]): number[] {
  const seen = new Set<number>();
  const walk = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'tabstop' || node.kind === 'choice') seen.add(node.index);
      if (node.kind === 'tabstop' || node.kind === 'variable') walk(node.children);
    }
  };
  walk(nodes);
  return [...seen].sort((a, b) => a - b);
}

/** Maps tab stop indices through `map`; indices it leaves out stay as they are. */
export function renumberTabStops(nodes: readonly SnippetNode[], map: ReadonlyMap<number, number>): SnippetNode[] {
  return nodes.map((node): SnippetNode => {
    switch (node.kind) {
      case 'text':
        return node;
      case 'tabstop':
        return { ...node, index: map.get(node.index) ?? node.index, children: renumberTabStops(node.children, map) };
      case 'choice':
        return { ...node, index: map.get(node.index) ?? node.index };
      case 'variable':
        return { ...node, children: renumberTabStops(node.children, map) };
    }
  });
}

/**
 * Joins snippet bodies, each numbered from 1 on its own, into one body whose tab stops run on in
 * order, so a skeleton can be assembled from clause blocks. Each block's `$0` is dropped and one
 * final `$0` is put at the end.
 */
export function joinSnippets(bodies: readonly string[], separator = '\n\n'): string {
  let next = 1;
  const parts = bodies.map((body) => {
    const nodes = withoutFinalStop(parseSnippet(body));
    const map = new Map<number, number>();
    for (const index of tabStopIndices(nodes)) map.set(index, next++);
    return formatSnippet(renumberTabStops(nodes, map));
  });
  return `${parts.join(separator)}\n$0`;
}

function withoutFinalStop(nodes: readonly SnippetNode[]): SnippetNode[] {
  return nodes
    .filter((node) => !(node.kind === 'tabstop' && node.index === 0))
    .map((node) => (node.kind === 'tabstop' || node.kind === 'variable' ? { ...node, children: withoutFinalStop(node.children) } : node));
}
