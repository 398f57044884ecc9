import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { ImportOptions } from '../../core/import/importPage';
import { MetaTableError, parseMetaTable, rowFor, type MetaTable } from '../../core/import/metaTable';
import { fsErrorReason, skippedFolder } from '../../core/userCorpus/folderSource';
import { importForCorpus } from '../../core/userCorpus/importDocument';
import { CliError, InputError, UsageError } from '../errors';
import type { CliIo } from '../io';
import { readPageText } from './pageFile';

/**
 * `policy-draft import [--meta TABLE] [--out DIR] <files or folders…>`: imports every page it is
 * given, one file at a time, so one bad file never stops the batch. Each output is named after its
 * input (`<input name>.md`, or `<id>.md` when the table gives an id); facts come from the page,
 * then the table, then the command line's defaults; a fact nobody states is written as 未载明 and
 * reported. Exit 0 when every file was imported, 1 when some were skipped (with a summary), 2 when
 * the table or an input cannot be read at all.
 */

export interface BatchOptions {
  out: string;
  force: boolean;
  meta: string | undefined;
  /** Fact options from the command line: every file's defaults. */
  defaults: Omit<ImportOptions, 'id'>;
}

/** Files a batch imports: pages as scraped or saved, and Word files. */
const pageExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'];

interface Skipped {
  file: string;
  reason: string;
}

export async function importBatch(inputs: readonly string[], options: BatchOptions, io: CliIo): Promise<number> {
  const table = options.meta === undefined ? undefined : await readTable(options.meta);
  const tableDir = options.meta === undefined ? '' : dirname(options.meta);
  if (table && table.ignoredColumns.length > 0) io.out(`${options.meta}: columns not in the front matter, ignored: ${table.ignoredColumns.join(', ')}\n`);
  const files = await collectFiles(inputs);
  const skipped: Skipped[] = [];
  const unstated = new Map<string, number>();
  const written = new Set<string>();
  const matchedRows = new Set<string>();
  try {
    await mkdir(options.out, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot write to ${options.out} (${fsErrorReason(error)})`);
  }
  let imported = 0;
  for (const { file, root } of files) {
    const row = table ? (rowFor(table, slashed(relative(tableDir, file)), basename(file)) ?? rowFor(table, slashed(relative(root, file)), basename(file))) : undefined;
    if (row) matchedRows.add(row.file);
    const name = row?.options.id ?? basename(file, extname(file));
    const outFile = join(options.out, `${name}.md`);
    try {
      if (written.has(outFile)) throw new InputError(`another input of this batch is also written to ${outFile}; give this one an id in the table`);
      if (!options.force && (await stat(outFile).catch(() => undefined))) throw new InputError(`${outFile} exists; pass --force to replace it`);
      const page = await readPageText(file);
      const { title, ...facts } = { ...options.defaults, ...row?.options };
      const importOptions: ImportOptions = { ...facts, id: row?.options.id ?? idFor(name), html: isHtmlName(file) };
      // The text's own title wins over a table's (often a file name or a translation).
      if (title !== undefined) importOptions.fallbackTitle = title;
      if (row?.genre !== undefined && importOptions.kind === undefined) importOptions.note = joinNote(importOptions.note, `元数据表所列文种：${row.genre}`);
      const outcome = importForCorpus(page, importOptions);
      if (!outcome.ok) throw new InputError(`the level is not stated: give it in the table's level column or with --level`);
      await writeFile(outFile, outcome.result.text).catch((error: unknown) => {
        throw new InputError(`cannot write ${outFile} (${fsErrorReason(error)})`);
      });
      written.add(outFile);
      imported++;
      const { meta } = outcome.result;
      io.out(`wrote ${outFile}: ${meta.title}（${meta.level}${meta.kind}）\n`);
      if (outcome.filled.length > 0) io.out(`  未载明: ${outcome.filled.join(', ')}\n`);
      for (const field of outcome.filled) unstated.set(field, (unstated.get(field) ?? 0) + 1);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      const reason = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
      skipped.push({ file, reason });
      io.err(`policy-draft: skipped ${file}: ${reason}\n`);
    }
  }
  io.out(summary(files.length, imported, options.out, skipped, unstated, table ? [...table.rows.keys()].filter((f) => !matchedRows.has(f)) : []));
  return skipped.length > 0 ? 1 : 0;
}

async function readTable(path: string): Promise<MetaTable> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the table ${path} (${fsErrorReason(error)})`);
  }
  try {
    return parseMetaTable(content, path);
  } catch (error) {
    if (error instanceof MetaTableError) throw new UsageError(error.message);
    throw error;
  }
}

/** The input files in order: a file as given, a folder's pages recursively, sorted by path; `root` is the input they were found under. */
async function collectFiles(inputs: readonly string[]): Promise<{ file: string; root: string }[]> {
  const files: { file: string; root: string }[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((error: unknown) => {
      throw new InputError(`cannot read ${input} (${fsErrorReason(error)})`);
    });
    if (!info.isDirectory()) {
      files.push({ file: input, root: dirname(input) });
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
      throw new InputError(`cannot read the folder ${input} (${fsErrorReason(error)})`);
    });
    const found = entries
      .filter((entry) => entry.isFile() && isPage(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !relative(input, path).split(sep).slice(0, -1).some(skippedFolder));
    files.push(...found.sort().map((file) => ({ file, root: input })));
  }
  return files;
}

function slashed(path: string): string {
  return path.split(sep).join('/');
}

function isPage(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('.') && !lower.startsWith('~$') && pageExtensions.some((ext) => lower.endsWith(ext));
}

function isHtmlName(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm');
}

/** `huace__001` → `huace-001`; a name without ASCII to build on gets a stable `doc-<hash>`. */
function idFor(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : `doc-${createHash('sha1').update(name).digest('hex').slice(0, 10)}`;
}

function joinNote(note: string | undefined, addition: string): string {
  return note === undefined ? addition : `${note}；${addition}`;
}

const fieldNames: Record<string, string> = { issuer: 'issuer', region: 'region', title: 'title', kind: 'kind' };

function summary(total: number, imported: number, out: string, skipped: readonly Skipped[], unstated: ReadonlyMap<string, number>, unusedRows: readonly string[]): string {
  const lines = [`imported ${imported} of ${total} files into ${out}${skipped.length > 0 ? `; ${skipped.length} skipped` : ''}`];
  if (unstated.size > 0)
    lines.push(`written as 未载明 (stated neither by the page nor the table): ${[...unstated].map(([field, n]) => `${fieldNames[field] ?? field} in ${n}`).join(', ')}`);
  for (const { file, reason } of skipped) lines.push(`  skipped ${file}: ${reason}`);
  if (unusedRows.length > 0) lines.push(`table rows with no input file: ${unusedRows.length} (${unusedRows.slice(0, 5).join(', ')}${unusedRows.length > 5 ? ', …' : ''})`);
  return `${lines.join('\n')}\n`;
}
