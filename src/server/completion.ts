import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import vocabularyFile from '../../snippets/corpus-vocabulary.json';
import { clauseTemplates, type ClauseTemplate } from '../core/snippets/clauseTemplates';
import { SnippetVocabularySchema } from '../core/snippets/corpusVocabulary';
import { draftSnippetBody, prefixesTyped, servedForDraft, type PrefixMatch } from '../core/snippets/draftSnippets';
import { annotationSlotAt, rankUnitNames, tableCellSlotAt } from '../core/checks/unitNames';
import { draftUnitContext, unitsForDraft, type Level } from '../core/units/draftPlace';
import { remitContextAt } from '../core/units/remitContext';
import { byRemit } from '../core/units/remits';
import { nextItemMarker } from '../core/precedents/insertPrecedent';
import type { SourceLine } from '../core/structure/lines';
import { isDraft, type ServerContext } from './serverContext';

/** The corpus's measure words and funding units, generated beside the snippet file (scripts/buildSnippets.ts). */
const vocabulary = SnippetVocabularySchema.parse(vocabularyFile);
/** The clause snippets served here; the static snippet file holds the others. */
const servedTemplates = clauseTemplates.filter(servedForDraft);

/** Characters after which a drafter starts the next unit name (`|` opens a table cell). */
export const completionTriggers = ['：', ':', '、', '，', ',', '；', ';', '|', '｜'];

/**
 * Completes the clause snippets that name a unit, their unit choice made for the draft (see
 * draftSnippets.ts); and unit names inside `（责任单位：…）`, `（牵头单位：…；配合单位：…）` and similar, and in the
 * unit column of a table such as a 任务分解表, from the units the draft already names, then those
 * the corpus assigns (most frequent first) adapted to the draft's level and place, and the
 * collective bodies of the settings. The list is incomplete, so each keystroke
 * re-ranks it: our ranking understands abbreviations (`发改委`), which an editor's filter would drop.
 */
export function completion(context: ServerContext): void {
  const { connection, documents, analyses, corpus, messages } = context;
  connection.onCompletion(async ({ textDocument, position }): Promise<CompletionList | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const { settings, analysis } = await analyses.parsed(document);
    if (!analysis || !isDraft(document, settings)) return null;
    const { lines } = analysis;
    const line = lines[position.line] ?? '';
    const slot = annotationSlotAt(line, position.character) ?? tableCellSlotAt((at) => lines[at] ?? '', position.line, position.character);
    const begun = slot ? [] : servedTemplates.flatMap((template) => prefixesTyped(template, line.slice(0, position.character)).map((match) => ({ template, ...match })));
    if (!slot && begun.length === 0) return null;
    // The draft's own units first, then the corpus's in the draft's terms (`省科技厅` → `市科技局` in a 市 plan).
    const { own, place } = draftUnitContext(document.getText());
    const corpusNames = await corpus.unitNames();
    if (!slot) {
      // Nothing of the clause is written yet: the title and the headings above say whose remit it is in.
      const subject = remitContextAt(analysis.outline, position.line);
      const units = unitsForDraft(byRemit(own, subject), byRemit(corpusNames, subject), place);
      const number = itemNumberAt(analysis.outline.lines, position.line);
      return { isIncomplete: true, items: begun.map((match) => snippetItem(match, position, units, number, place.level)) };
    }
    // In an annotation or a unit cell, each group with the bodies of the clause's remit first (a 医养 task: 卫生健康委).
    const clause = clauseBefore(line.slice(0, slot.start));
    const units = unitsForDraft(byRemit(own, clause), byRemit(corpusNames, clause), place);
    const names = rankUnitNames([...units, ...settings['checks.collectiveBodies']], slot);
    const range = { start: { line: position.line, character: slot.start }, end: position };
    const typed = line.slice(slot.start, position.character);
    return {
      isIncomplete: true,
      items: names.map((name, rank) => ({
        label: name,
        kind: CompletionItemKind.Value,
        textEdit: { range, newText: name },
        // Keep our order and let every ranked name through the editor's filter.
        sortText: String(rank).padStart(4, '0'),
        filterText: `${typed}${name}`,
        detail: messages.completionUnit,
      })),
    };
  });
}

/** The clause a unit is being named for: the line before the slot, without the annotation it is in. */
function clauseBefore(text: string): string {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open > 0 ? text.slice(0, open) : text;
}

/**
 * The item number a task snippet takes at `line`, as Insert precedent numbers a clause there: after
 * `2. …` it is `3.`, under a heading with no item yet `1.`, in the run's own form (`3、` after `2、`).
 * Undefined where the run is not numbered in Arabic digits.
 */
function itemNumberAt(lines: readonly SourceLine[], line: number): { value: string; separator: string } | undefined {
  const numbered = /^(\d+)(\.\s?|、|．)/u.exec(nextItemMarker(lines, line) ?? '');
  return numbered ? { value: numbered[1]!, separator: numbered[2]!.trimEnd() === '.' ? '. ' : numbered[2]! } : undefined;
}

/**
 * A clause snippet that names a unit (重点任务, 责任单位 …), its unit choice this draft's units and its item
 * number the next of the run it is typed in: the template's `1.` made a drafter renumber every task
 * added after the first.
 */
function snippetItem(
  { template, prefix, typed }: PrefixMatch & { template: ClauseTemplate },
  position: Position,
  units: readonly string[],
  number: { value: string; separator: string } | undefined,
  level: Level | undefined,
): CompletionItem {
  const body = draftSnippetBody(template, vocabulary, units, level);
  const numbered = number && body.startsWith('${1:1}. ') ? `\${1:${number.value}}${number.separator}${body.slice('${1:1}. '.length)}` : body;
  return {
    label: prefix,
    kind: CompletionItemKind.Snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start: { line: position.line, character: position.character - typed }, end: position }, newText: numbered },
    filterText: prefix,
    detail: template.name,
    documentation: template.description,
  };
}
