import { querySearchKey } from '../../core/search/normalizeKey';
import { ratedPrecedents } from '../../core/precedents/confidence';
import { everySource, sourcesUsed } from '../../core/precedents/sources';
import { format } from '../../server/messages';
import { readBundledCorpusIndex } from '../bundledCorpusIndex';
import { cliMessagesFor } from '../cliMessages';
import { takeCorpusOption } from '../corpusOption';
import { UsageError } from '../errors';
import type { Command } from '../io';
import { printable } from '../printable';
import { searchEngineFor } from '../savedEngine';
import { headingShown } from '../../core/text/headingShown';

/**
 * `policy-draft search [--limit N] [--json] [--corpus DIR]… [--cache DIR | --no-cache] <query…>`: a query of a clause's length is answered
 * as a hover would (precedents by confidence, none under its floor), a few words as the palette
 * would (clauses containing them first; the confidence is the share of the words found). Every
 * row, and `--json`, carries the confidence the rows are ordered by; the sources searched go to
 * standard error.
 */

/** From this many characters (after folding) a query is a clause, not a few words. */
const clauseQueryLength = 20;
const defaultLimit = 10;

interface Options {
  limit: number;
  json: boolean;
  query: string;
}

function parseArgs(args: string[]): Options {
  let limit = defaultLimit;
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--limit') {
      const value = args[++i];
      if (value === undefined || !/^[1-9][0-9]{0,3}$/.test(value)) throw new UsageError('--limit needs a whole number from 1 to 9999');
      limit = Number(value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}' (search takes --limit N, --json, --corpus DIR, --cache DIR and --no-cache)`);
    else words.push(arg);
  }
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError('search needs a query, e.g. policy-draft search 互联网医院');
  return { limit, json, query };
}

export const search: Command = async (args, io) => {
  const corpus = takeCorpusOption(args);
  const { limit, json, query } = parseArgs(corpus.rest);
  const bundled = await readBundledCorpusIndex(io.bundleDir);
  const engine = await searchEngineFor(bundled, corpus, io);
  const asClause = querySearchKey(query).length >= clauseQueryLength;
  const hits = asClause
    ? ratedPrecedents(engine, query, { limit }).hits
    : // Exact matches first, then the closest spellings, then clauses sharing some words: the share found orders them too.
      engine.palette(query, { limit }).map((hit) => ({ ...hit, confidence: hit.similarity }));
  const results = hits.map((hit) => {
    const clause = engine.clause(hit.clause);
    const document = engine.documentOf(hit.clause);
    return {
      text: clause.text,
      docId: document.id,
      docTitle: document.title,
      docShortName: document.shortName,
      ...(document.corpus === undefined ? {} : { corpus: document.corpus }),
      path: clause.path,
      line: clause.line + 1,
      score: Number(hit.score.toFixed(4)),
      confidence: Number(hit.confidence.toFixed(4)),
      similarity: Number(hit.similarity.toFixed(4)),
      exact: hit.exact,
      ...(hit.foundAs === undefined ? {} : { foundAs: hit.foundAs }),
      ...(hit.passage === undefined ? {} : { passage: hit.passage }),
    };
  });
  const messages = cliMessagesFor(io.locale);
  const sources = sourcesUsed(engine.corpus, everySource)
    .map((source) => format(source.documents === 1 ? messages.searchSourceOne : messages.searchSource, source.folder ?? messages.searchBundled, source.documents))
    .join(messages.listSeparator);
  io.err(printable(format(messages.searchSearched, sources)) + '\n');
  if (json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  else if (results.length === 0) io.out(`${asClause ? messages.searchNoPrecedent : messages.searchNoMatch}\n`);
  else {
    for (const [i, r] of results.entries()) {
      const where = [r.docShortName, ...r.path.map((heading) => headingShown(heading))].join(' › ');
      const percent = Math.round(r.confidence * 100);
      const row =
        r.foundAs === undefined
          ? format(messages.searchRow, i + 1, where, r.docId, r.line, percent)
          : format(messages.searchRowFoundAs, i + 1, where, r.docId, r.line, percent, r.foundAs);
      io.out(printable(`${row}\n   ${answeringPart(r.text, r.passage).replace(/\s*\n\s*/g, ' ')}`) + '\n');
    }
  }
  return 0;
};

/**
 * A result as a row prints it: a long paragraph (a work report's dozen measures) by the sentences
 * that answer the query, `…` where text is left out; `--json` keeps the whole text and says where.
 */
export function answeringPart(text: string, passage?: { start: number; end: number }): string {
  if (!passage) return text;
  return `${passage.start > 0 ? '…' : ''}${text.slice(passage.start, passage.end)}${passage.end < text.length ? '…' : ''}`;
}
