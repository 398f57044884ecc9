import { translatedForLocale } from '../server/localeMessages';

/**
 * Every line the CLI writes for people to read (help, search rows, lint's count, what table and
 * export report), in English; `{0}`
 * `{1}` stand for what is put in. A Chinese locale reads them from the extension's Chinese bundle,
 * as it does the language server's messages. `--json` output is data, not text for people, and is
 * never translated; neither are errors, which name flags and files.
 *
 * A command's help is its synopsis on the first line and what it does on the next ones; `run.ts`
 * lays them out in columns, so a translation breaks its lines where it likes.
 */
export const englishCliMessages = {
  helpOverview: 'usage: policy-draft <command> [options]\n       policy-draft --version\n\ncommands:',
  helpUsage: 'usage: policy-draft {0}',
  helpCorpus: 'corpus [--json]\nlist the bundled corpus documents',
  helpExport: 'export <draft> [-o OUT.docx]\nthe draft as an official-format Word file (GB/T 9704-2012)',
  helpImport: 'import <file> [--out DIR] [--id ID] [fact options]\nclean a scraped web page or a Word file into a corpus document\n(`import --help`: the facts, batch mode)',
  helpSearch:
    'search [--limit N] [--json] [--corpus DIR]… <query…>\nfind precedent clauses; a clause-length query answers as the\nhover does (by confidence, silent under its floor)',
  helpLint:
    "lint [--json] [--fix] [--max-warnings N] [--config FILE] [--corpus DIR]… <files or folders…, or - for standard input>\ncheck drafts (.md, .txt): missing responsible units, unquantified targets, and the\nreviewer's checks (numbering, stale years, outdated body names, the 任务分解表);\nsettings from --config FILE or the nearest .policy-draft.json;\n--json lists each finding's fixes as data",
  helpTable: "table <draft> [--json] [--config FILE]\nthe 任务分解表 built from the draft's task clauses",
  helpLsp: 'lsp --stdio\nrun the language server (diagnostics, hover, quick fixes,\noutline) for any LSP editor',
  helpCorpusOption:
    '--corpus DIR (repeatable) adds a folder of your own .md, .txt and .docx plans for the run;\nwhat is read of it is cached in the per-user cache folder, --cache DIR in another, --no-cache in none',
  helpImportFull: `usage: policy-draft import <file> [--out DIR] [--id ID] [--title T] [--issuer I] [--region R]
         [--level 省级|市级|…] [--kind 规划|行动计划|…] [--period 2021-2025] [--date YYYY-MM-DD]
         [--source TEXT] [--note TEXT] [--force]
       policy-draft import [--meta TABLE] [--out DIR] [--force] [fact options] <files or folders…>
Cleans a scraped web page (HTML, portal Markdown or plain text in UTF-8, UTF-16 or GBK) or a
Word (.docx) file into <DIR>/<ID>.md (DIR defaults to ./corpus).
Facts the page states are detected; pass the ones it does not state as options.
Batch mode (several files, a folder, or --meta): each output is <DIR>/<input name>.md (or
<id>.md when the table gives an id); TABLE is a TSV or CSV with a \`file\` column and any of
id title issuer region level kind period date source note; a fact neither the page nor the
table states is written as 未载明 and reported; a file that cannot be imported is skipped and
the run exits 1 with a summary.`,
  searchRow: '{0}. {1} ({2}:{3}, confidence {4}%)',
  searchRowFoundAs: '{0}. {1} ({2}:{3}, confidence {4}%, found as {5})',
  searchNoPrecedent: 'no close precedent in the corpus',
  searchNoMatch: 'no matching clause',
  searchSearched: 'searched: {0}',
  searchBundled: 'bundled corpus',
  searchSourceOne: '{0} ({1} document)',
  searchSource: '{0} ({1} documents)',
  listSeparator: ', ',
  lintFindingOne: '{0} finding',
  lintFindings: '{0} findings',
  lintFileOne: '{0} file',
  lintFiles: '{0} files',
  lintChecked: '{0} in {1} checked',
  lintCheckedSuppressed: '{0} in {1} checked ({2} suppressed)',
  lintFixApplied: '{0}: {1} fix applied',
  lintFixesApplied: '{0}: {1} fixes applied',
  tableNoTasks: '{0}: no task clauses found (tasks are the items under a heading such as 重点任务 or 主要任务)',
  exportPlaceholders: 'policy-draft: {0}: placeholders to fill (××, ……, N) on lines {1}',
  exportWritten: '{0}: {1} paragraphs, {2} tables (GB/T 9704-2012 layout)',
  exportWrittenOneTable: '{0}: {1} paragraphs, 1 table (GB/T 9704-2012 layout)',
} as const;

export type CliMessages = Record<keyof typeof englishCliMessages, string>;

/** The CLI's messages in `locale`'s language: Chinese for any `zh` locale, English otherwise. */
export function cliMessagesFor(locale: string | undefined): CliMessages {
  return translatedForLocale(englishCliMessages, locale);
}
