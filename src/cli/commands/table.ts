import { parseArgs } from 'node:util';
import { vocabularyOf } from '../../core/analysis/checkDraft';
import { formatOf } from '../../core/officialDocument/exportDraft';
import { defaultSettings } from '../../core/config/settings';
import { taskTableEdit, taskTableMarkdown } from '../../core/taskTable/taskTable';
import { UsageError } from '../errors';
import type { CliIo, Command } from '../io';
import { readDraftFile } from '../readDraft';

const usage = 'usage: policy-draft table DRAFT [--json]';

/**
 * `policy-draft table DRAFT [--json]`: the draft's 任务分解表, one row per task clause, as a Markdown
 * table (ready to paste under `附件 任务分解表`) or as JSON
 * (`[{number, title, lead: [], partners: [], deadline, line}]`, lines 1-based).
 */
export const tableCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(`table: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [draft, ...extra] = parsed.positionals;
  if (draft === undefined || extra.length > 0) throw new UsageError(`table: name one draft\n${usage}`);
  const text = await readDraftFile(draft);
  const { rows } = taskTableEdit(text, vocabularyOf(defaultSettings), formatOf(draft) === 'markdown');
  if (parsed.values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else io.out(`${taskTableMarkdown(rows).join('\n')}\n`);
  if (rows.length === 0) io.err(`${draft}: no task clauses found (tasks are the items under a heading such as 重点任务 or 主要任务)\n`);
  return 0;
};
