import * as vscode from 'vscode';
import { compareTargets, leadingTarget } from '../core/search/compareTargets';
import { defaultTuning } from '../core/search/searchEngine';
import { commandUri } from '../core/search/markdownEscape';
import { draftClauseAt } from '../core/search/draftClause';
import { markDifferences } from '../core/search/markDifferences';
import { precedentMarkdown, type HoverLabels, type PrecedentEntry } from '../core/search/precedentMarkdown';
import type { ParsedPlan } from '../core/model';
import type { Settings } from '../core/settings';
import type { AnalysisClient } from './analysisClient';
import type { CorpusService } from './corpusService';
import { corpusScheme, docIdOf } from './corpusView';
import { insertPrecedentCommand, openPrecedentCommand, precedentRef } from './precedentCommands';
import { readSettings } from './settings';

/**
 * Hovering anywhere in a clause of a draft shows its closest corpus precedents: document, level,
 * year, heading path, the text with what differs in bold, a similarity figure, links to open or
 * insert it, and, when the clause states a target, how precedents quantified a comparable one.
 * Only the two links built here are live: the Markdown is escaped in the core and the string
 * trusts just those two commands.
 */

const targetRows = 3;

function labels(): HoverLabels {
  return {
    heading: vscode.l10n.t('Corpus precedents'),
    similarity: (percent) => vscode.l10n.t('similarity {0}%', percent),
    open: vscode.l10n.t('Open in corpus'),
    insert: vscode.l10n.t('Insert at cursor'),
    alsoIn: vscode.l10n.t('Also in:'),
    targetsHeading: vscode.l10n.t('How precedents quantified a comparable target'),
    targetColumns: [vscode.l10n.t('Document'), vscode.l10n.t('Deadline'), vscode.l10n.t('Quantity'), vscode.l10n.t('Measures')],
  };
}

/** A precedent as a hover shows it: a page-long one by its beginning. */
function shown(text: string): string {
  return text.length <= defaultTuning.hoverMaxChars ? text : `${text.slice(0, defaultTuning.hoverMaxChars)}…`;
}

export class PrecedentHoverProvider implements vscode.HoverProvider {
  /** The last document parsed: hovering along a draft re-parses only after an edit. */
  private last: { uri: string; version: number; parsed: Promise<{ lines: string[]; plan: ParsedPlan }> } | undefined;

  constructor(
    private readonly corpus: CorpusService,
    private readonly analysis: AnalysisClient,
  ) {}

  /** Parsed in the analysis worker: a long draft takes tens of milliseconds to parse. */
  private parsed(document: vscode.TextDocument, settings: Settings): Promise<{ lines: string[]; plan: ParsedPlan }> {
    const uri = document.uri.toString();
    if (this.last?.uri !== uri || this.last.version !== document.version) {
      const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
      const parsed = this.analysis.run('plan', { text: lines.join('\n'), settings }).then((plan) => ({ lines, plan }));
      this.last = { uri, version: document.version, parsed };
      // A failed parse is not kept: the next hover tries again.
      parsed.catch(() => {
        if (this.last?.parsed === parsed) this.last = undefined;
      });
    }
    return this.last.parsed;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const settings = readSettings(document.uri);
    if (!settings['hover.enabled']) return undefined;
    const inCorpus = document.uri.scheme === corpusScheme;
    if (!inCorpus && !settings.languages.includes(document.languageId)) return undefined;
    if (document.getText().length > settings.maxFileSizeKB * 1024) return undefined;
    const { lines, plan } = await this.parsed(document, settings);
    if (token.isCancellationRequested) return undefined;
    const clause = draftClauseAt(lines, plan, { line: position.line, column: position.character });
    if (!clause || token.isCancellationRequested) return undefined;
    const loaded = await this.corpus.get();
    if (!loaded || token.isCancellationRequested) return undefined;
    const { engine } = loaded;
    // In the corpus view the hovered clause is itself in the index: leave it out by place.
    const docId = docIdOf(document.uri);
    const exclude = inCorpus ? engine.corpus.clauses.findIndex((c) => c.line === clause.range.start.line && engine.corpus.documents[c.doc]!.id === docId) : -1;
    const hits = engine.hover(clause.query, { limit: settings['hover.maxResults'], ...(exclude >= 0 ? { exclude } : {}) });
    if (hits.length === 0) return undefined;
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
    if (token.isCancellationRequested) return undefined;
    const markdown = precedentMarkdown(entries, targets, labels(), (action, precedent) => {
      const command = action === 'open' ? openPrecedentCommand : insertPrecedentCommand;
      return commandUri(command, [precedentRef(engine, precedent)]);
    });
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: [openPrecedentCommand, insertPrecedentCommand] };
    content.supportHtml = false;
    const { start, end } = clause.range;
    return new vscode.Hover(content, new vscode.Range(start.line, start.column, end.line, end.column));
  }
}
