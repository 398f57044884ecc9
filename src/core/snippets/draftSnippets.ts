import type { ClauseTemplate } from './clauseTemplates';
import type { SnippetVocabulary } from './corpusVocabulary';
import { resolveVocabulary } from './snippetFile';
import { parseSnippet, type SnippetNode } from './snippetSyntax';
import { formatSnippet } from './snippetText';
import type { Level } from '../units/draftPlace';

/**
 * The clause snippets that name a responsible unit or the leadership, made for one draft. A static
 * snippet file can only offer one fixed list, and a fixed list names some place's bodies (浙江's
 * 省经信厅, 浦东's 张江管理局) in every other place's plan, and 省委、省政府 in a 市 plan. These templates
 * are therefore served by the language server instead, their unit choice the draft's own units
 * first, then bodies of its level (`unitsForDraft`); the static file holds the rest.
 */

/** The vocabulary list a template names for its unit choice. */
const unitList = '@responsibleBodies';
/** Choices shown: the list is a pick, not a directory. */
const maxUnitChoices = 12;

export function usesDraftUnits(template: ClauseTemplate): boolean {
  return template.body.some((line) => line.includes(unitList));
}

/** How a template names the leadership whose decisions a plan carries out (`深入落实省委、省政府…的决策部署`). */
const provincialLeadership = '省委、省政府';

/** The templates that name the leadership: a 市 plan carries out 市委、市政府's decisions, so they are served too. */
export function usesDraftLevel(template: ClauseTemplate): boolean {
  return template.body.some((line) => line.includes(provincialLeadership));
}

/** The templates the language server serves for a draft; the static snippet file holds the others. */
export function servedForDraft(template: ClauseTemplate): boolean {
  return usesDraftUnits(template) || usesDraftLevel(template);
}

/** The choice as a placeholder to type over when no unit is known (no corpus, no annotation yet). */
function unitPlaceholder(nodes: readonly SnippetNode[]): SnippetNode[] {
  return nodes.map((node): SnippetNode => {
    if (node.kind === 'choice' && node.options.length === 1 && node.options[0] === unitList) {
      return { kind: 'tabstop', index: node.index, children: [{ kind: 'text', value: '责任单位' }] };
    }
    if (node.kind === 'tabstop' || node.kind === 'variable') return { ...node, children: unitPlaceholder(node.children) };
    return node;
  });
}

/**
 * The template's body for a draft whose unit suggestions are `units` (see `unitsForDraft`), the
 * leadership it names in the draft's level (`市委、市政府` in a 市 plan; as written when the level is unknown).
 */
export function draftSnippetBody(template: ClauseTemplate, vocabulary: SnippetVocabulary, units: readonly string[], level?: Level): string {
  const nodes = parseSnippet(template.body.join('\n'));
  const choices = units.filter((unit) => unit.trim() !== '').slice(0, maxUnitChoices);
  const resolved =
    choices.length > 0
      ? resolveVocabulary(nodes, { ...vocabulary, responsibleBodies: choices }, template.name)
      : resolveVocabulary(unitPlaceholder(nodes), vocabulary, template.name);
  const body = formatSnippet(resolved);
  return level === undefined || level === '省' ? body : body.split(provincialLeadership).join(`${level}委、${level}政府`);
}

/** A prefix of a template that the text before the cursor has begun to type. */
export interface PrefixMatch {
  prefix: string;
  /** How many characters before the cursor the typed part takes. */
  typed: number;
}

const latin = /[a-z]/iu;

/**
 * The template's prefixes begun at the cursor: `zd` for `zdrw` (not after another letter:
 * `hzdrw` is no prefix typed), `重点` for `重点任务` (two characters at least: one Chinese character
 * begins too many words).
 */
export function prefixesTyped(template: ClauseTemplate, before: string): PrefixMatch[] {
  const out: PrefixMatch[] = [];
  for (const prefix of [template.clause, template.pinyin, ...(template.aliases ?? [])]) {
    const isLatin = latin.test(prefix[0] ?? '');
    for (let typed = Math.min(prefix.length, before.length); typed >= (isLatin ? 1 : 2); typed--) {
      if (!before.endsWith(prefix.slice(0, typed))) continue;
      if (isLatin && latin.test(before[before.length - typed - 1] ?? '')) break;
      out.push({ prefix, typed });
      break;
    }
  }
  return out;
}
