import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { vocabularyOf } from '../../core/analysis/checkDraft';
import { formatOf } from '../../core/officialDocument/exportDraft';
import { findProjectConfig, layeredSettings, readProjectConfig } from '../../core/config/projectConfig';
import type { Settings } from '../../core/config/settings';
import { taskTableEdit, taskTableMarkdown } from '../../core/taskTable/taskTable';
import { InputError, UsageError } from '../errors';
import type { CliIo, Command } from '../io';
import { readDraftFile } from '../readDraft';
import { cliMessagesFor } from '../cliMessages';
import { format } from '../../server/messages';

const usage = 'usage: policy-draft table DRAFT [--json] [--config FILE]';

/** The team's word lists decide which clauses are tasks: `--config FILE`, else the nearest `.policy-draft.json`. */
async function settingsFor(draft: string, config: string | undefined): Promise<Settings> {
  const file = config ?? (await findProjectConfig(dirname(resolve(draft))));
  const read = file === undefined ? undefined : await readProjectConfig(file);
  if (read && read.problems.length > 0) throw new InputError(`${file}: ${read.problems.join('; ')}`);
  return layeredSettings(read, {}).settings;
}

/**
 * `policy-draft table DRAFT [--json]`: the draft's 任务分解表, one row per task clause, as a Markdown
 * table (ready to paste under `附件 任务分解表`) or as JSON
 * (`[{number, title, lead: [], partners: [], deadline, line}]`, lines 1-based).
 */
export const tableCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, config: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(`table: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [draft, ...extra] = parsed.positionals;
  if (draft === undefined || extra.length > 0) throw new UsageError(`table: name one draft\n${usage}`);
  const text = await readDraftFile(draft);
  const settings = await settingsFor(draft, parsed.values.config);
  const { rows } = taskTableEdit(text, vocabularyOf(settings), formatOf(draft) === 'markdown');
  if (parsed.values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else io.out(`${taskTableMarkdown(rows).join('\n')}\n`);
  if (rows.length === 0) io.err(`${format(cliMessagesFor(io.locale).tableNoTasks, draft)}\n`);
  return 0;
};
