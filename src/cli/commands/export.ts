import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportDraft, formatOf } from '../../core/officialDocument/exportDraft';
import { fsErrorReason } from '../../core/userCorpus/folderSource';
import { InputError, UsageError } from '../errors';
import type { CliIo, Command } from '../io';
import { readDraftFile } from '../readDraft';
import { cliMessagesFor } from '../cliMessages';
import { format } from '../../server/messages';

const usage = 'usage: policy-draft export DRAFT [-o OUT.docx]';

/** `草案.md` → `草案.docx` beside it. */
export function defaultDocxPath(draft: string): string {
  return join(dirname(draft), `${basename(draft, extname(draft))}.docx`);
}

/**
 * `policy-draft export DRAFT [-o OUT.docx]`: the draft as an official-format Word file
 * (GB/T 9704-2012). Exit 0 written, 2 usage or I/O error.
 */
export const exportCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  } catch (error) {
    throw new UsageError(`export: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [draft, ...extra] = parsed.positionals;
  if (draft === undefined || extra.length > 0) throw new UsageError(`export: name one draft\n${usage}`);
  const out = parsed.values.out ?? defaultDocxPath(draft);
  if (resolve(out) === resolve(draft)) throw new UsageError('export: the output would overwrite the draft');
  if (extname(out).toLowerCase() !== '.docx') throw new UsageError(`export: the output must be a .docx file, got '${out}'`);

  const text = await readDraftFile(draft);
  const exported = await exportDraft(text, formatOf(draft));
  try {
    await writeFile(out, exported.bytes);
  } catch (error) {
    throw new InputError(`${out}: cannot write: ${fsErrorReason(error)}`);
  }
  for (const note of exported.notes) io.err(`policy-draft: ${draft}: ${note}\n`);
  const messages = cliMessagesFor(io.locale);
  const lines = exported.placeholderLines;
  if (lines.length > 0)
    io.err(`${format(messages.exportPlaceholders, draft, `${lines.slice(0, 8).join(messages.listSeparator)}${lines.length > 8 ? messages.listSeparator + '…' : ''}`)}\n`);
  io.err(`${format(exported.tables === 1 ? messages.exportWrittenOneTable : messages.exportWritten, out, exported.paragraphs, exported.tables)}\n`);
  return 0;
};
