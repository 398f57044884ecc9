import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { kinds, levels, type CorpusMeta } from '../../core/corpus/corpusMeta';
import { importPage, ImportMetadataError, type ImportOptions, type ImportReport } from '../../core/import/importPage';
import { fsErrorReason } from '../../core/userCorpus/folderSource';
import { englishCliMessages } from '../cliMessages';
import { InputError, UsageError } from '../errors';
import type { Command } from '../io';
import { importBatch } from './importBatch';
import { readPageText } from './pageFile';

/** Several inputs, a folder or a metadata table make a batch; one file alone is imported as before. */
async function isBatch({ files, values }: ImportArgs): Promise<boolean> {
  if (values.meta !== undefined || files.length > 1) return true;
  const info = await stat(files[0]!).catch(() => undefined);
  return info?.isDirectory() ?? false;
}
import { printableLine } from '../printable';

/** `policy-draft import --help` in English, as usage errors quote it: the fact options and batch mode. */
export const help = englishCliMessages.helpImportFull;

/** Options that take a value, mapped to the importer option they set. */
const valueOptions = ['out', 'id', 'title', 'issuer', 'region', 'level', 'kind', 'period', 'date', 'source', 'note', 'meta'] as const;
type ValueOption = (typeof valueOptions)[number];

interface ImportArgs {
  files: string[];
  values: Partial<Record<ValueOption, string>>;
  force: boolean;
}

function parseArgs(args: readonly string[]): ImportArgs {
  const values: ImportArgs['values'] = {};
  const files: string[] = [];
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') force = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(valueOptions as readonly string[]).includes(name)) throw new UsageError(`unknown option '${arg}'\n${help}`);
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value\n${help}`);
      values[name as ValueOption] = value;
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`import needs a file, or files and folders for a batch\n${help}`);
  return { files, values, force };
}

/** `shanghai-plan.txt` → `shanghai-plan`; empty when the name has no usable characters. */
function idFromFileName(file: string): string {
  return basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

function toOptions(values: ImportArgs['values'], file: string): ImportOptions {
  const id = values.id ?? idFromFileName(file);
  return { ...factOptions(values), id: checkedId(id, values.id === undefined, file) };
}

function checkedId(id: string, fromFileName: boolean, file: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) {
    throw new UsageError(
      fromFileName
        ? `cannot make an id from '${basename(file)}': pass --id (lower-case letters, digits, dashes)`
        : `--id '${id}' is not an id: use lower-case letters, digits and dashes, e.g. --id sz-digital-economy-2026`,
    );
  }
  return id;
}

/** The fact options given on the command line (all but the id). */
function factOptions(values: ImportArgs['values']): Omit<ImportOptions, 'id'> {
  const options: Omit<ImportOptions, 'id'> = {};
  if (values.title) options.title = values.title;
  if (values.issuer) options.issuer = values.issuer;
  if (values.region) options.region = values.region;
  if (values.source) options.source = values.source;
  if (values.note) options.note = values.note;
  if (values.date) options.date = values.date;
  if (values.level) {
    if (!(levels as readonly string[]).includes(values.level)) throw new UsageError(`--level must be one of ${levels.join(' ')}`);
    options.level = values.level as CorpusMeta['level'];
  }
  if (values.kind) {
    if (!(kinds as readonly string[]).includes(values.kind)) throw new UsageError(`--kind must be one of ${kinds.join(' ')}`);
    options.kind = values.kind as CorpusMeta['kind'];
  }
  if (values.period) {
    const match = /^(\d{4})[-—–](\d{4})$/.exec(values.period);
    if (!match) throw new UsageError('--period must look like 2021-2025');
    options.period = { from: Number(match[1]), to: Number(match[2]) };
  }
  return options;
}

function summary(report: ImportReport): string {
  const counts = new Map<string, number>();
  for (const { kind } of report.removed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const removed = [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ') || 'nothing';
  const ads = report.injectedAds.length > 0 ? `; removed injected brand ${[...new Set(report.injectedAds.map((a) => a.brand))].join('、')} ×${report.injectedAds.length}` : '';
  return `removed lines: ${removed}${ads}\n`;
}

/** `policy-draft import <file>`: writes one cleaned corpus document and says what was removed. */
export const importCommand: Command = async (args, io) => {
  const parsed = parseArgs(args);
  const { values, force } = parsed;
  if (await isBatch(parsed)) {
    if (values.id !== undefined) throw new UsageError('--id names one file; in a batch give ids in the --meta table\n' + help);
    return importBatch(parsed.files, { out: values.out ?? 'corpus', force, meta: values.meta, defaults: factOptions(values) }, io);
  }
  const file = parsed.files[0]!;
  const options = toOptions(values, file);
  if (/\.html?$/i.test(file)) options.html = true;
  const page = await readPageText(file);
  let result;
  try {
    result = importPage(page, options);
  } catch (error) {
    if (error instanceof ImportMetadataError) throw new UsageError(`${file}: ${error.message} (e.g. --issuer, --region, --level, --title)`);
    throw error;
  }
  const outDir = values.out ?? 'corpus';
  const outFile = join(outDir, `${options.id}.md`);
  if (!force && (await stat(outFile).catch(() => undefined))) throw new InputError(`${outFile} exists; pass --force to replace it`);
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(outFile, result.text);
  } catch (error) {
    throw new InputError(`cannot write ${outFile} (${fsErrorReason(error)})`);
  }
  io.out(`wrote ${printableLine(outFile)}: ${printableLine(result.meta.title)}（${result.meta.level}${result.meta.kind}）\n`);
  io.out(summary(result.report));
  for (const s of result.report.suspects)
    io.err(`policy-draft: ${printableLine(outFile)}: possible mojibake in the body, line ${s.line + 1}: ${printableLine(s.excerpt)} — check the source and correct it by hand\n`);
  io.out('rebuild the corpus index with `npm run build` to search it\n');
  return 0;
};
