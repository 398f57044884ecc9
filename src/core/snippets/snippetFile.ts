import type { ClauseTemplate } from './clauseTemplates';
import type { SnippetVocabulary } from './corpusVocabulary';
import { parseSnippet, type SnippetNode } from './snippetSyntax';
import { formatSnippet } from './snippetText';

/** One entry of a VS Code snippet file. */
export interface SnippetEntry {
  prefix: string[];
  body: string[];
  description: string;
}

/** A VS Code snippet file: snippet name → entry. */
export type SnippetFile = Record<string, SnippetEntry>;

/** A template refers to a vocabulary list it does not have, or the corpus gave the list no words. */
export class SnippetTemplateError extends Error {}

const VOCABULARY_REFERENCE = '@';

/** Replaces each `${n|@list|}` choice by the corpus words of that list. */
export function resolveVocabulary(nodes: readonly SnippetNode[], vocabulary: SnippetVocabulary, template: string): SnippetNode[] {
  return nodes.map((node): SnippetNode => {
    const [only] = node.kind === 'choice' && node.options.length === 1 ? node.options : [];
    if (node.kind === 'choice' && only?.startsWith(VOCABULARY_REFERENCE)) {
      const list = only.slice(VOCABULARY_REFERENCE.length);
      const words = new Map<string, string[]>(Object.entries(vocabulary)).get(list);
      if (!words) throw new SnippetTemplateError(`${template}: unknown vocabulary list "${list}"`);
      if (!words.length) throw new SnippetTemplateError(`${template}: the corpus gave no words for "${list}"`);
      return { ...node, options: words };
    }
    if (node.kind === 'tabstop' || node.kind === 'variable') return { ...node, children: resolveVocabulary(node.children, vocabulary, template) };
    return node;
  });
}

/** Builds the snippet file contributed for Markdown and plain text. Throws on a malformed template. */
export function buildSnippetFile(templates: readonly ClauseTemplate[], vocabulary: SnippetVocabulary): SnippetFile {
  const file: SnippetFile = {};
  for (const template of templates) {
    if (file[template.name]) throw new SnippetTemplateError(`duplicate snippet name "${template.name}"`);
    const nodes = resolveVocabulary(parseSnippet(template.body.join('\n')), vocabulary, template.name);
    file[template.name] = {
      prefix: [template.clause, template.pinyin, ...(template.aliases ?? [])],
      body: formatSnippet(nodes).split('\n'),
      description: template.description,
    };
  }
  return file;
}

/** The file's text as committed: stable key order, two-space indent, final newline. */
export function serializeSnippetFile(file: SnippetFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
