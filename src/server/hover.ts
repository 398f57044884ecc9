import type { Hover } from 'vscode-languageserver';
import { compareTargets, leadingTarget } from '../core/search/compareTargets';
import { draftClauseAt } from '../core/search/draftClause';
import { diffText, markDifferences } from '../core/search/markDifferences';
import { commandUri } from './markdownEscape';
import { defaultTuning } from '../core/search/searchEngine';
import { ratedPrecedents } from '../core/precedents/confidence';
import { sourceChoice, sourcesUsed, type SourceUsed } from '../core/precedents/sources';
import { format, type Messages } from './messages';
import { HoverMemo } from './hoverMemo';
import { precedentMarkdown, type HoverLabels, type PrecedentEntry, renamedInText } from './precedentMarkdown';
import { toLspRange } from './ranges';
import { corpusScheme, insertPrecedentCommand, openPrecedentCommand } from './protocol';
import { corpusDocIdOf, inLanguages, schemeOf, type ServerContext } from './serverContext';

const targetRows = 3;

function labels(messages: Messages): HoverLabels {
  return {
    heading: messages.hoverHeading,
    confidence: (percent) => format(messages.hoverConfidence, percent),
    open: messages.hoverOpen,
    insert: messages.hoverInsert,
    alsoIn: messages.hoverAlsoIn,
    targetsHeading: (metric, quantity) => (metric ? format(messages.hoverTargetsHeadingOf, metric, quantity ?? messages.hoverNoQuantity) : messages.hoverTargetsHeading),
    period: (from, to) => format(messages.hoverPeriod, from, to),
    noPrecedent: messages.hoverNoPrecedent,
    searched: (sources) => format(messages.hoverSearched, sources),
    currentName: (names) => format(messages.hoverCurrentName, names),
  };
}

/** A source as the hover and search name it: `bundled corpus (5 documents)`, `规划库 (12 documents)`. */
export function describeSource(source: SourceUsed, messages: Messages): string {
  return source.folder === undefined ? format(messages.sourceBundled, source.documents) : format(messages.sourceFolder, source.folder, source.documents);
}

/**
 * A precedent as a hover shows it: a page-long one by its beginning, and a long one (a work
 * report's paragraph of a dozen measures) from its passage that best answers the draft on.
 */
export function precedentShown(text: string, passage?: { start: number }): string {
  const from = passage?.start ?? 0;
  const end = from + defaultTuning.hoverMaxChars;
  return `${from > 0 ? '…' : ''}${text.slice(from, end)}${text.length > end ? '…' : ''}`;
}

/**
 * Hovering anywhere in a clause of a draft shows, first, how precedents quantified a comparable
 * target (when the clause states one), then its closest corpus precedents by confidence: document,
 * level, year, confidence, the text with the differing words in bold, heading path, links to open
 * or insert it; and the sources searched. With no precedent over the confidence floor it says
 * plainly that the corpus holds none. The clause is found in the document version's one analysis;
 * the text of a clause hovered before is kept (`HoverMemo`).
 */
export function hover(context: ServerContext): void {
  const { connection, documents, analyses, corpus, messages, options } = context;
  const memo = new HoverMemo();
  connection.onHover(async ({ textDocument, position }, token): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const inCorpus = schemeOf(document.uri) === corpusScheme;
    // The parse is enough: the hover does not wait for the draft's checks.
    const state = await analyses.parsed(document);
    const { settings, analysis } = state;
    if (!settings['hover.enabled'] || !analysis || (!inCorpus && !inLanguages(document, settings))) return null;
    const clause = draftClauseAt(analysis.lines, analysis.plan, { line: position.line, column: position.character });
    if (!clause || token.isCancellationRequested) return null;
    const loaded = await corpus.get();
    if (!loaded || token.isCancellationRequested) return null;
    const { engine } = loaded;
    // In the corpus view the hovered clause is itself in the index: leave it out by place.
    const docId = corpusDocIdOf(document.uri);
    const exclude = inCorpus ? engine.corpus.clauses.findIndex((c) => c.line === clause.range.start.line && engine.corpus.documents[c.doc]!.id === docId) : -1;
    const sources = sourceChoice(settings);
    const limit = settings['hover.maxResults'];
    const target = leadingTarget(clause.targets);
    // Everything the text depends on but the engine (the memo's own key) and the server's fixed options.
    const key = JSON.stringify([clause.query, clause.text, target && { ...target, range: undefined }, limit, sources, exclude]);
    const value = memo.hover(engine, key, () => {
      const { hits } = ratedPrecedents(engine, clause.query, { limit, sources, ...(exclude >= 0 ? { exclude } : {}) });
      const draft = clause.text.slice(0, defaultTuning.hoverMaxChars);
      const draftWords = diffText(draft);
      const entries: PrecedentEntry[] = hits.map((hit) => {
        const precedent = engine.clause(hit.clause);
        const shown = precedentShown(precedent.text, hit.passage);
        return {
          clause: precedent,
          document: engine.documentOf(hit.clause),
          confidence: hit.confidence,
          // A page-long "clause" is compared by its beginning: folding it whole cost tens of milliseconds.
          segments: markDifferences(draftWords, memo.precedent(engine, hit.clause, shown)),
          draft,
          alsoIn: hit.duplicates.map((d) => engine.documentOf(d)),
          renamed: renamedInText(shown),
        };
      });
      const targets = target ? compareTargets(engine, target, targetRows).map((comparison) => ({ comparison, document: engine.corpus.documents[comparison.doc]! })) : [];
      const content = {
        entries,
        targets,
        ...(target ? { draftTarget: { ...(target.metric ? { metric: target.metric } : {}), ...(target.quantities[0] ? { quantity: target.quantities[0].raw } : {}) } } : {}),
        sources: sourcesUsed(engine.corpus, sources).map((source) => describeSource(source, messages)),
      };
      return precedentMarkdown(content, labels(messages), (action, precedent, document) => {
        const ref = { docId: document.id, line: precedent.line };
        // Only the extension runs these commands; another editor gets the document's place instead.
        if (options.commandLinks) return commandUri(action === 'open' ? openPrecedentCommand : insertPrecedentCommand, [ref]);
        return `#${encodeURIComponent(document.id)}:${precedent.line + 1}`;
      });
    });
    return { contents: { kind: 'markdown', value }, range: toLspRange(clause.range) };
  });
}
