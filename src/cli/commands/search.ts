import { querySearchKey } from '../../core/search/normalizeKey';
import type { SearchHit } from '../../core/search/types';
import { readBundledCorpusIndex } from '../bundledCorpusIndex';
import { openCorpusFolders, takeCorpusOption } from '../corpusOption';
import { UsageError } from '../errors';
import type { Command } from '../io';
import { printable } from '../printable';
import { searchEngineFor } from '../savedEngine';

/**
 * `policy-draft search [--limit N] [--json] [--corpus DIR]… [--cache DIR | --no-cache] <query…>`: a query of a clause's length is answered
 * as a hover would (precedents spread over documents), a few words as the palette would (clauses
 * containing them first).
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
  const engine = await searchEngineFor(await readBundledCorpusIndex(io.bundleDir), await openCorpusFolders(corpus, io));
  const hits: SearchHit[] =
    querySearchKey(query).length >= clauseQueryLength ? engine.hover(query, { limit }) : engine.palette(query, { limit });
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
      similarity: Number(hit.similarity.toFixed(4)),
      exact: hit.exact,
    };
  });
  if (json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  else if (results.length === 0) io.out('no matching clause\n');
  else {
    for (const [i, r] of results.entries()) {
      const where = [r.docShortName, ...r.path].join(' › ');
      io.out(printable(`${i + 1}. ${where} (${r.docId}:${r.line}, ${Math.round(r.similarity * 100)}%)\n   ${r.text.replace(/\s*\n\s*/g, ' ')}`) + '\n');
    }
  }
  return 0;
};
