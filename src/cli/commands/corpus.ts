import { allClauses, type IndexedDocument } from '../../core/corpus/corpusIndex';
import { displayWidth } from '../../core/import/charClass';
import { readBundledCorpusIndex } from '../bundledCorpusIndex';
import { UsageError } from '../errors';
import type { Command } from '../io';
import { printableLine } from '../printable';

/** One document as `corpus --json` prints it. */
export interface CorpusRecord {
  id: string;
  title: string;
  issuer: string;
  region: string;
  level: string;
  kind: string;
  period?: { from: number; to: number };
  date?: string;
  /** Clauses the structure parser found, at every level. */
  clauses: number;
  /** Responsible-unit assignments over all clauses. */
  units: number;
  /** Target statements over all clauses. */
  targets: number;
  tables: number;
}

export function corpusRecord(doc: IndexedDocument): CorpusRecord {
  const clauses = allClauses(doc.plan);
  const { id, title, issuer, region, level, kind, period, date } = doc.meta;
  return {
    id,
    title,
    issuer,
    region,
    level,
    kind,
    ...(period ? { period } : {}),
    ...(date ? { date } : {}),
    clauses: clauses.length,
    units: clauses.reduce((sum, c) => sum + c.units.length, 0),
    targets: clauses.reduce((sum, c) => sum + c.targets.length, 0),
    tables: doc.plan.tables.length,
  };
}

/** `policy-draft corpus [--json]`: the bundled documents with what the parser found in each. */
export const corpus: Command = async (args, io) => {
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length > 0) throw new UsageError(`corpus takes only --json, got '${unknown[0]}'`);
  const records = (await readBundledCorpusIndex(io.bundleDir)).documents.map(corpusRecord);
  if (args.includes('--json')) {
    io.out(`${JSON.stringify(records, null, 2)}\n`);
    return 0;
  }
  const header = ['id', '级别', '类型', '条款', '责任单位', '目标', '标题'];
  const rows = records.map((r) => [r.id, r.level, r.kind, String(r.clauses), String(r.units), String(r.targets), r.title].map(printableLine));
  io.out(formatTable([header, ...rows]));
  return 0;
};

/** Columns padded by display width, so Chinese text lines up in a terminal. */
function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
  return rows.map((row) => row.map((cell, col) => (col === row.length - 1 ? cell : cell + ' '.repeat(widths[col]! - displayWidth(cell)))).join('  ')).join('\n') + '\n';
}
