import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { kinds, levels, PeriodSchema, type CorpusMeta } from '../corpus/corpusMeta';
import type { ImportOptions } from './importPage';

/**
 * The metadata table of a batch import: a TSV or CSV with a `file` column and any front-matter
 * columns (`id`, `title`, `issuer`, `region`, `level`, `kind`, `period`, `date`, `source`, `note`),
 * one row per input file. Quoted fields may hold tabs, commas and line breaks (csv-parse reads
 * them). Every row is validated with zod; a bad table is refused with the line and column named,
 * before any file is imported. Other columns are ignored and listed.
 *
 * @example
 *   file	level	region	title
 *   huace__001.txt	省级(直辖市)	上海	上海市…行动方案
 */

export interface MetaRow {
  /** The `file` cell as written: a file name or a path relative to the table. */
  file: string;
  /** 1-based line of the row in the table, for messages. */
  line: number;
  /** Facts the row gives; every one overrides what the page states, except the title. */
  options: Omit<ImportOptions, 'id'> & { id?: string };
  /** A genre the row names that the corpus has no kind for (意见, 政府工作报告): kept for the note. */
  genre?: string;
}

export interface MetaTable {
  /** Rows by their `file` cell. */
  rows: Map<string, MetaRow>;
  /** Columns that are neither `file` nor a front-matter field. */
  ignoredColumns: string[];
}

export class MetaTableError extends Error {}

const frontMatterColumns = ['id', 'title', 'issuer', 'region', 'level', 'kind', 'period', 'date', 'source', 'note'] as const;

/** How tables write levels the corpus names otherwise. */
const levelAliases: Record<string, CorpusMeta['level']> = {
  中央: '国家级',
  国家: '国家级',
  全国: '国家级',
  省: '省级',
  直辖市: '省级',
  '省级(直辖市)': '省级',
  '省级（直辖市）': '省级',
  自治区: '省级',
  市: '市级',
  地级市: '市级',
  副省级: '市级',
  区: '区级',
  县: '县级',
};

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);
const text = z.preprocess(blankToUndefined, z.string().optional());

const RowSchema = z.object({
  file: z.preprocess(blankToUndefined, z.string({ error: 'the file cell is empty' })),
  id: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be lower-case letters, digits and dashes')
      .optional(),
  ),
  title: text,
  issuer: text,
  region: text,
  level: z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      return typeof v === 'string' ? (levelAliases[v] ?? v) : v;
    },
    z.enum(levels, { error: (issue) => `level '${String(issue.input)}' is not one of ${levels.join(' ')} (or 中央, 省级(直辖市), 直辖市 …)` }).optional(),
  ),
  kind: text,
  period: z.preprocess((value) => {
    const v = blankToUndefined(value);
    if (typeof v !== 'string') return v;
    const match = /^(\d{4})\s*[-—–－~～至]\s*(\d{4})年?$/.exec(v);
    return match ? { from: Number(match[1]), to: Number(match[2]) } : v;
  }, PeriodSchema.optional()),
  date: z.preprocess(blankToUndefined, z.iso.date({ error: 'date must be YYYY-MM-DD' }).optional()),
  source: text,
  note: text,
});

export function parseMetaTable(content: string, name: string): MetaTable {
  const delimiter = name.toLowerCase().endsWith('.csv') ? ',' : name.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(content);
  let records: string[][];
  try {
    records = parse(content.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new MetaTableError(`${name}: not a readable ${delimiter === ',' ? 'CSV' : 'TSV'} table (${error instanceof Error ? error.message : String(error)})`);
  }
  const header = (records[0] ?? []).map((cell) => cell.trim());
  if (!header.includes('file')) throw new MetaTableError(`${name}: the first row must name the columns, one of them \`file\` (found: ${header.join(', ') || 'nothing'})`);
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) throw new MetaTableError(`${name}: the column \`${column}\` appears twice`);
    seen.add(column);
  }
  const ignoredColumns = header.filter((column) => column !== 'file' && !(frontMatterColumns as readonly string[]).includes(column));
  const lines = recordLines(content, records.length);
  const rows = new Map<string, MetaRow>();
  records.slice(1).forEach((record, index) => {
    const line = lines[index + 1] ?? index + 2;
    if (record.length > header.length) throw new MetaTableError(`${name} line ${line}: ${record.length} cells for ${header.length} columns`);
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      if (column === 'file' || (frontMatterColumns as readonly string[]).includes(column)) cells[column] = record[i] ?? '';
    });
    const parsed = RowSchema.safeParse(cells);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
      throw new MetaTableError(`${name} line ${line}: ${issues.join('; ')}`);
    }
    const { file, kind, ...facts } = parsed.data;
    const earlier = rows.get(file);
    if (earlier !== undefined) throw new MetaTableError(`${name} line ${line}: ${file} is already described on line ${earlier.line}`);
    const options: MetaRow['options'] = {};
    for (const [key, value] of Object.entries(facts)) if (value !== undefined) (options as Record<string, unknown>)[key] = value;
    const row: MetaRow = { file, line, options };
    if (kind !== undefined) {
      if ((kinds as readonly string[]).includes(kind)) options.kind = kind as CorpusMeta['kind'];
      else row.genre = kind;
    }
    rows.set(file, row);
  });
  return { rows, ignoredColumns };
}

/** The row for an input file: by its path relative to the table's folder, else by its name. */
export function rowFor(table: MetaTable, relativePath: string, baseName: string): MetaRow | undefined {
  return table.rows.get(relativePath) ?? table.rows.get(baseName);
}

/** A table named neither .csv nor .tsv: tab-separated when its first line holds a tab. */
function sniffDelimiter(content: string): string {
  const end = content.indexOf('\n');
  return (end < 0 ? content : content.slice(0, end)).includes('\t') ? '\t' : ',';
}

/**
 * The 1-based line each record starts on, counting the line breaks inside quoted cells: a
 * message must name the line an editor shows. Only the starts of the first `count` records.
 */
function recordLines(content: string, count: number): number[] {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < content.length && starts.length < count; i++) {
    const char = content[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n') {
      line++;
      // csv-parse skips empty lines, so they start no record.
      const next = content[i + 1];
      if (!quoted && next !== undefined && next !== '\n' && next !== '\r') starts.push(line);
    }
  }
  return starts;
}
