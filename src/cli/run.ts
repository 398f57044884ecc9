import { displayWidth } from '../core/import/charClass';
import { format } from '../server/messages';
import { cliMessagesFor, englishCliMessages, type CliMessages } from './cliMessages';
import { CliError, UsageError } from './errors';
import type { CliIo, Command } from './io';
import { printable } from './printable';
import { version } from '../../package.json';

/** Each command's help message: its synopsis, then what it does (see `englishCliMessages`). */
const commandHelp: Record<string, keyof CliMessages> = {
  corpus: 'helpCorpus',
  export: 'helpExport',
  import: 'helpImport',
  search: 'helpSearch',
  lint: 'helpLint',
  table: 'helpTable',
  lsp: 'helpLsp',
};

/** Where the overview's descriptions start: two spaces, then a synopsis padded to 40 columns. */
const descriptionColumn = 42;

/**
 * A command's help laid out as the overview lists it: what it does beside a short synopsis, below a
 * long one, each further line at the description column. Widths are display columns, so a
 * translated synopsis with Chinese in it lines up too.
 */
function commandEntry(help: string): string {
  const [synopsis = '', first = '', ...more] = help.split('\n');
  const indent = ' '.repeat(descriptionColumn);
  const width = displayWidth(synopsis);
  const head = width <= descriptionColumn - 4 ? `${synopsis}${' '.repeat(descriptionColumn - 2 - width)}${first}` : `${synopsis}\n${indent}${first}`;
  return [head, ...more.map((line) => `${indent}${line}`)].join('\n');
}

/** The note on `--corpus` and the cache options, for the overview and each command that takes them. */
function corpusNote(messages: CliMessages): string {
  return `${messages.helpCorpusOption
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}\n`;
}

/** `policy-draft --help`: every command and the `--corpus` note. */
function overview(messages: CliMessages): string {
  const entries = Object.values(commandHelp).map((key) => `  ${commandEntry(messages[key])}`);
  return `${messages.helpOverview}\n${entries.join('\n')}\n\n${corpusNote(messages)}`;
}

/** `policy-draft <command> --help`: its usage, and the `--corpus` note when it takes that option. */
function commandUsage(name: string, messages: CliMessages): string {
  const key = commandHelp[name];
  if (key === undefined) return `${format(messages.helpUsage, name)}\n`;
  const usage = format(messages.helpUsage, commandEntry(messages[key]));
  return englishCliMessages[key].includes('--corpus') ? `${usage}\n\n${corpusNote(messages)}` : `${usage}\n`;
}

/** `--help` or `-h` among a command's options (not after `--`, where it would be a file or a word). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * Every subcommand; each lives in its own module under commands/ and is required only when it runs
 * (a `require`, which the bundle keeps lazy and the CommonJS tests resolve as they do any import), so a
 * `search` does not start the language server's, Word writer's or importer's libraries (a warm
 * search is mostly start-up, issue 11).
 */
export const commands: Record<string, Command> = {
  corpus: (args, io) => (require('./commands/corpus') as typeof import('./commands/corpus')).corpus(args, io),
  export: (args, io) => (require('./commands/export') as typeof import('./commands/export')).exportCommand(args, io),
  import: (args, io) => (require('./commands/import') as typeof import('./commands/import')).importCommand(args, io),
  lint: (args, io) => (require('./commands/lint') as typeof import('./commands/lint')).lint(args, io),
  lsp: (args, io) => (require('./commands/lsp') as typeof import('./commands/lsp')).lsp(args, io),
  search: (args, io) => (require('./commands/search') as typeof import('./commands/search')).search(args, io),
  table: (args, io) => (require('./commands/table') as typeof import('./commands/table')).tableCommand(args, io),
};

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 findings, 2 usage or I/O error. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const messages = cliMessagesFor(io.locale);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(messages));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`policy-draft ${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (name === 'import' && asksForHelp(rest)) {
    io.out(`${messages.helpImportFull}\n`);
    return 0;
  }
  if (Object.hasOwn(commands, name) && asksForHelp(rest)) {
    io.out(commandUsage(name, messages));
    return 0;
  }
  try {
    if (!command) throw new UsageError(`unknown command '${name}'\n\n${overview(englishCliMessages)}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`policy-draft: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
