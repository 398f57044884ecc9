import { CompletionItemKind, type CompletionList } from 'vscode-languageserver';
import { annotationSlotAt, rankUnitNames, tableCellSlotAt } from '../core/checks/unitNames';
import { draftUnitContext, unitsForDraft } from '../core/units/draftPlace';
import { isDraft, type ServerContext } from './serverContext';

/** Characters after which a drafter starts the next unit name (`|` opens a table cell). */
export const completionTriggers = ['：', ':', '、', '，', ',', '；', ';', '|', '｜'];

/**
 * Completes unit names inside `（责任单位：…）`, `（牵头单位：…；配合单位：…）` and similar, and in the
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
    const { settings, analysis } = await analyses.of(document);
    if (!analysis || !isDraft(document, settings)) return null;
    const { lines } = analysis;
    const slot =
      annotationSlotAt(lines[position.line] ?? '', position.character) ?? tableCellSlotAt((line) => lines[line] ?? '', position.line, position.character);
    if (!slot) return null;
    // The draft's own units first, then the corpus's in the draft's terms (`省科技厅` → `市科技局` in a 市 plan).
    const { own, place } = draftUnitContext(document.getText());
    const names = rankUnitNames([...unitsForDraft(own, await corpus.unitNames(), place), ...settings['checks.collectiveBodies']], slot);
    const range = { start: { line: position.line, character: slot.start }, end: position };
    const typed = (lines[position.line] ?? '').slice(slot.start, position.character);
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
