import type { Hover } from 'vscode-languageserver';
import { compareTargets, leadingTarget } from '../core/search/compareTargets';
import { draftClauseAt } from '../core/search/draftClause';
import { markDifferences } from '../core/search/markDifferences';
import { commandUri } from '../core/search/markdownEscape';
import { precedentMarkdown, type HoverLabels, type PrecedentEntry } from '../core/search/precedentMarkdown';
import { defaultTuning } from '../core/search/searchEngine';
import { format, type Messages } from './messages';
import { toLspRange } from './ranges';
import { corpusScheme, insertPrecedentCommand, openPrecedentCommand } from './protocol';
import { corpusDocIdOf, inLanguages, schemeOf, type ServerContext } from './serverContext';

const targetRows = 3;

function labels(messages: Messages): HoverLabels {
  return {
    heading: messages.hoverHeading,
    similarity: (percent) => format(messages.hoverSimilarity, percent),
    open: messages.hoverOpen,
    insert: messages.hoverInsert,
    alsoIn: messages.hoverAlsoIn,
    targetsHeading: messages.hoverTargetsHeading,
    targetColumns: [messages.hoverDocument, messages.hoverDeadline, messages.hoverQuantity, messages.hoverMeasures],
  };
}

/** A precedent as a hover shows it: a page-long one by its beginning. */
function shown(text: string): string {
  return text.length <= defaultTuning.hoverMaxChars ? text : `${text.slice(0, defaultTuning.hoverMaxChars)}…`;
}

/**
 * Hovering anywhere in a clause of a draft shows its closest corpus precedents: document, level,
 * year, heading path, the text with what differs in bold, a similarity figure, links to open or
 * insert it, and, when the clause states a target, how precedents quantified a comparable one.
 * The clause is found in the document version's one analysis.
 */
export function hover(context: ServerContext): void {
  const { connection, documents, analyses, corpus, messages, options } = context;
  connection.onHover(async ({ textDocument, position }, token): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const inCorpus = schemeOf(document.uri) === corpusScheme;
    const state = await analyses.of(document);
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
    const hits = engine.hover(clause.query, { limit: settings['hover.maxResults'], ...(exclude >= 0 ? { exclude } : {}) });
    if (hits.length === 0) return null;
    const entries: PrecedentEntry[] = hits.map((hit) => {
      const precedent = engine.clause(hit.clause);
      return {
        clause: precedent,
        document: engine.documentOf(hit.clause),
        similarity: hit.similarity,
        // A page-long "clause" is compared by its beginning: folding it whole cost tens of milliseconds.
        segments: markDifferences(clause.text.slice(0, defaultTuning.hoverMaxChars), shown(precedent.text)),
        alsoIn: hit.duplicates.map((d) => engine.documentOf(d)),
      };
    });
    const target = leadingTarget(clause.targets);
    const targets = target ? compareTargets(engine, target, targetRows).map((comparison) => ({ comparison, document: engine.corpus.documents[comparison.doc]! })) : [];
    const value = precedentMarkdown(entries, targets, labels(messages), (action, precedent, document) => {
      const ref = { docId: document.id, line: precedent.line };
      // Only the extension runs these commands; another editor gets the document's place instead.
      if (options.commandLinks) return commandUri(action === 'open' ? openPrecedentCommand : insertPrecedentCommand, [ref]);
      return `#${encodeURIComponent(document.id)}:${precedent.line + 1}`;
    });
    return { contents: { kind: 'markdown', value }, range: toLspRange(clause.range) };
  });
}
