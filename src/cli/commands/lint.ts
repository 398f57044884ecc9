import { readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { applyFixes } from '../../core/checks/applyFixes';
import { safeFixes } from '../../core/checks/safeFixes';
import { classifyDraftBytes } from '../../core/checks/draftInput';
import type { CheckCode, Finding } from '../../core/checks/finding';
import { ruleOf, severityKey, type Severity } from '../../core/checks/registry';
import { lintPlan } from '../../core/analysis/lintDraft';
import { findProjectConfig, layeredSettings, readProjectConfig } from '../../core/config/projectConfig';
import type { Settings } from '../../core/config/settings';
import { readFileUpTo } from '../../core/userCorpus/boundedRead';
import { withCorpusUnits } from '../../core/userCorpus/corpusUnits';
import { decodeText } from '../../core/text/decodeText';
import { entryKind, fsErrorReason, skippedFolder } from '../../core/userCorpus/folderSource';
import { loadCorpusFolders, takeCorpusOption } from '../corpusOption';
import { cliMessagesFor } from '../cliMessages';
import { InputError, UsageError } from '../errors';
import type { CliIo, Command } from '../io';
import { printableLine } from '../printable';
import { fixesOf } from '../../core/checks/registry';
import { fixTitle } from '../../server/fixTitles';
import { messagesForLocale } from '../../server/localeMessages';
import { format } from '../../server/messages';

/** An edit of a fix as `--json` prints it: 1-based like the findings; an insertion has start = end. */
export interface LintEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

/**
 * One finding as `--json` prints it; lines and columns are 1-based, columns count UTF-16 units.
 * A suppression comment naming no check (a misspelt code) is a finding too: it silences nothing.
 */
export interface LintRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: CheckCode | 'invalid-suppression';
  severity: Severity;
  message: string;
  /** The finding's fixes as data, each a set of edits applied together. */
  fixes: { title: string; edits: LintEdit[] }[];
}

interface LintOptions {
  json: boolean;
  /** Apply the safe fixes (standard marker forms, current body names) and write the files back. */
  fix: boolean;
  maxWarnings: number;
  /** `--config FILE`: the settings file for every draft, instead of the nearest `.policy-draft.json`. */
  config?: string;
  paths: string[];
}

const draftExtensions = new Set(['.md', '.markdown', '.txt']);

function parseArgs(args: string[]): LintOptions {
  const options: LintOptions = { json: false, fix: false, maxWarnings: 0, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === undefined) continue;
    if (arg === '--json') options.json = true;
    else if (arg === '--fix') options.fix = true;
    else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError('--config needs a file, e.g. --config .policy-draft.json');
      options.config = value;
    } else if (arg === '--max-warnings' || arg.startsWith('--max-warnings=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number, got '${value ?? ''}'`);
      options.maxWarnings = Number(value);
    } else if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`lint: unknown option '${arg}'`);
    else options.paths.push(arg);
  }
  if (options.fix && options.paths.includes('-')) throw new UsageError('lint: --fix rewrites files and cannot fix standard input');
  if (options.paths.length === 0)
    throw new UsageError('lint: no files given\nusage: policy-draft lint [--json] [--fix] [--max-warnings N] [--config FILE] [--corpus DIR]… <files or folders…>');
  return options;
}

/**
 * Drafts in a folder, recursively, in a stable order; hidden folders and node_modules are skipped.
 * Symbolic links are followed; a folder reached a second time (a link to an ancestor) is not.
 */
async function draftsIn(dir: string, visited = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const kind = await entryKind(entry, path);
    if (kind === 'directory' && !skippedFolder(entry.name)) files.push(...(await draftsIn(path, visited)));
    else if (kind === 'file' && draftExtensions.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/**
 * Applies the safe fixes to one file and writes it back in its own encoding form: UTF-8 (its BOM
 * kept). A file in another encoding is left alone and reported, never silently re-encoded.
 * Undefined when the file could not be fixed.
 */
async function fixFile(
  file: string,
  bytes: Uint8Array,
  text: string,
  findings: Finding[],
  complain: (file: string, message: string) => void,
): Promise<{ text: string; applied: number } | undefined> {
  const fixes = safeFixes(text, findings);
  if (fixes.length === 0) return { text, applied: 0 };
  const decoded = decodeText(bytes);
  if (!decoded.ok || decoded.encoding !== 'utf-8') {
    complain(file, `not fixed: --fix writes UTF-8 files only (this one is ${decoded.ok ? decoded.encoding : 'not text'})`);
    return undefined;
  }
  const fixed = applyFixes(text, fixes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  try {
    await writeFile(file, bom + fixed.text, 'utf8');
  } catch (error) {
    complain(file, `not fixed: cannot write: ${fsErrorReason(error)}`);
    return undefined;
  }
  return fixed;
}

/**
 * `policy-draft lint`: runs the drafting checks of the registry on drafts; `--fix` first applies
 * their safe fixes and reports what remains. Exit 0 when the findings are within `--max-warnings` (default 0), 1 when they exceed
 * it, 2 when a file could not be checked (unreadable, binary, too large) or the arguments are wrong;
 * the files that could be checked are still reported.
 */
export const lint: Command = async (args: string[], io: CliIo): Promise<number> => {
  const corpus = takeCorpusOption(args);
  const options = parseArgs(corpus.rest);
  // `--corpus DIR`: the units the user's own plans assign count as responsible bodies (issue 7).
  const ownDocuments = await loadCorpusFolders(corpus, io);
  const configured = new Map<string, Promise<Settings>>();
  /** The settings of a draft: `--config FILE`, else the nearest `.policy-draft.json`, else the defaults. */
  const settingsFor = async (file: string): Promise<Settings> => {
    const config = options.config ?? (await findProjectConfig(dirname(resolve(file === '-' ? 'standard-input' : file))));
    let settings = configured.get(config ?? '');
    if (!settings) {
      settings = (async () => {
        const read = config === undefined ? undefined : await readProjectConfig(config);
        // A wrong value would check every draft under other rules than the team set: stop, naming the key.
        if (read && read.problems.length > 0) throw new InputError(`${config}: ${read.problems.join('; ')}`);
        return withCorpusUnits(layeredSettings(read, {}).settings, ownDocuments);
      })();
      configured.set(config ?? '', settings);
    }
    return settings;
  };
  if (options.config !== undefined) await settingsFor(options.config);
  const messages = messagesForLocale(io.locale);
  const cliMessages = cliMessagesFor(io.locale);
  const records: LintRecord[] = [];
  let failed = false;
  let suppressed = 0;
  const complain = (file: string, message: string): void => io.err(`policy-draft: ${printableLine(file)}: ${printableLine(message)}\n`);

  const files: string[] = [];
  for (const path of options.paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    try {
      const info = await stat(path);
      if (!info.isDirectory() && !info.isFile()) {
        // A device or pipe has no size to check and may never end.
        complain(path, 'not checked: not a regular file');
        failed = true;
        continue;
      }
      if (info.isDirectory()) {
        const found = await draftsIn(path);
        if (found.length === 0) complain(path, 'folder holds no .md or .txt drafts');
        failed ||= found.length === 0;
        files.push(...found);
      } else files.push(path);
    } catch (error) {
      complain(path, `cannot read: ${fsErrorReason(error)}`);
      failed = true;
    }
  }

  let checked = 0;
  // A file named twice (`lint a.md a.md`, or inside a folder also given) is checked once.
  const seen = new Set<string>();
  for (const file of files) {
    const key = file === '-' ? file : resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    const settings = await settingsFor(file);
    let bytes: Uint8Array;
    try {
      if (file === '-' && !io.readStdin) throw new UsageError('lint: this caller has no standard input to read');
      // One byte past the limit is enough to say the draft is over it.
      const limit = settings.maxFileSizeKB * 1024;
      const read = file === '-' ? { ok: true as const, bytes: await io.readStdin!(limit + 1) } : await readFileUpTo(file, limit);
      if (!read.ok) {
        complain(file, `not checked: ${Math.ceil(read.size / 1024)} KB is over the ${settings.maxFileSizeKB} KB limit (maxFileSizeKB)`);
        failed = true;
        continue;
      }
      bytes = read.bytes;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      complain(file, `cannot read: ${fsErrorReason(error)}`);
      failed = true;
      continue;
    }
    const input = classifyDraftBytes(bytes, settings.maxFileSizeKB);
    if (input.kind === 'oversized') {
      complain(file, `not checked: ${input.sizeKB} KB is over the ${input.limitKB} KB limit (maxFileSizeKB)`);
      failed = true;
      continue;
    }
    if (input.kind === 'binary') {
      complain(file, `not checked: not a text draft (${input.reason})`);
      failed = true;
      continue;
    }
    if (input.kind === 'empty') {
      complain(file, 'empty, nothing to check');
      continue;
    }
    checked++;
    let text = input.text;
    let result = lintPlan(text, settings);
    if (options.fix) {
      const fixed = await fixFile(file, bytes, input.text, result.findings, complain);
      if (fixed === undefined) failed = true;
      else if (fixed.applied > 0) {
        io.err(`${format(fixed.applied === 1 ? cliMessages.lintFixApplied : cliMessages.lintFixesApplied, printableLine(file), fixed.applied)}\n`);
        text = fixed.text;
        result = lintPlan(text, settings);
      }
    }
    suppressed += result.suppressed;
    const found: LintRecord[] = result.problems.map((problem) => ({
      file,
      line: problem.line + 1,
      column: 1,
      endLine: problem.line + 1,
      endColumn: 1,
      code: 'invalid-suppression',
      severity: 'warning',
      message: problem.message,
      fixes: [],
    }));
    // Fixes cost a pass over the text each: computed only for the JSON that lists them, and never
    // for a web page, whose findings point into its markup.
    const listsFixes = options.json && result.analysis.page === undefined;
    for (const finding of result.findings) {
      const fixes = listsFixes ? fixesOf(text, finding) : [];
      found.push({
        file,
        line: finding.range.start.line + 1,
        column: finding.range.start.column + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.column + 1,
        code: finding.code,
        severity: settings[severityKey(ruleOf(finding.code).setting)],
        message: finding.message,
        fixes: fixes.map((fix) => ({
          title: fixTitle(messages, fix),
          edits: fix.edits.map(({ range, newText }) => ({
            line: range.start.line + 1,
            column: range.start.column + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.column + 1,
            newText,
          })),
        })),
      });
    }
    records.push(...found.sort((a, b) => a.line - b.line || a.column - b.column));
  }

  if (options.json) io.out(`${JSON.stringify(records, null, 2)}\n`);
  else {
    for (const r of records) io.out(`${printableLine(r.file)}:${r.line}:${r.column}  ${r.severity}  ${printableLine(r.message)}  ${r.code}\n`);
    const findingCount = format(records.length === 1 ? cliMessages.lintFindingOne : cliMessages.lintFindings, records.length);
    const fileCount = format(checked === 1 ? cliMessages.lintFileOne : cliMessages.lintFiles, checked);
    io.err(`${suppressed > 0 ? format(cliMessages.lintCheckedSuppressed, findingCount, fileCount, suppressed) : format(cliMessages.lintChecked, findingCount, fileCount)}\n`);
  }
  if (failed) return 2;
  return records.length > options.maxWarnings ? 1 : 0;
};
