import { CliError, UsageError } from './errors';
import type { CliIo, Command } from './io';
import { printable } from './printable';
import { version } from '../../package.json';

/** Each command's usage, as `policy-draft <command> --help` prints it and the overview lists it. */
const commandUsage: Record<string, string> = {
  corpus: `corpus [--json]                         list the bundled corpus documents`,
  export: `export <draft> [-o OUT.docx]            the draft as an official-format Word file (GB/T 9704-2012)`,
  import: `import <file> [--out DIR] [--id ID] [fact options]
                                          clean a scraped web page or a Word file into a corpus document
                                          (\`import --help\`: the facts, batch mode)`,
  search: `search [--limit N] [--json] [--corpus DIR]… <query…>
                                          find precedent clauses; a clause-length query answers as the
                                          hover does (by confidence, silent under its floor)`,
  lint: `lint [--json] [--fix] [--max-warnings N] [--config FILE] [--corpus DIR]… <files or folders…, or - for standard input>
                                          check drafts (.md, .txt): missing responsible units, unquantified targets, and the
                                          reviewer's checks (numbering, stale years, outdated body names, the 任务分解表);
                                          settings from --config FILE or the nearest .policy-draft.json;
                                          --json lists each finding's fixes as data`,
  table: `table <draft> [--json] [--config FILE]  the 任务分解表 built from the draft's task clauses`,
  lsp: `lsp --stdio                             run the language server (diagnostics, hover, quick fixes,
                                          outline) for any LSP editor`,
};

const corpusNote = `  --corpus DIR (repeatable) adds a folder of your own .md, .txt and .docx plans for the run;
  what is read of it is cached in the per-user cache folder, --cache DIR in another, --no-cache in none
`;

const usage = `usage: policy-draft <command> [options]
       policy-draft --version

commands:
${Object.values(commandUsage)
  .map((line) => `  ${line}`)
  .join('\n')}

${corpusNote}`;

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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`policy-draft ${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (name === 'import' && asksForHelp(rest)) {
    io.out(`${(require('./commands/import') as typeof import('./commands/import')).help}\n`);
    return 0;
  }
  if (Object.hasOwn(commands, name) && asksForHelp(rest)) {
    io.out(`usage: policy-draft ${commandUsage[name] ?? name}\n${/--corpus/.test(commandUsage[name] ?? '') ? `\n${corpusNote}` : ''}`);
    return 0;
  }
  try {
    if (!command) throw new UsageError(`unknown command '${name}'\n\n${usage}`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`policy-draft: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
