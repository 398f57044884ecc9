import { readFile, stat } from 'node:fs/promises';
import { classifyDraftBytes } from '../core/checks/draftInput';
import { defaultSettings } from '../core/config/settings';
import { fsErrorReason } from '../core/userCorpus/folderSource';
import { InputError } from './errors';

/**
 * One draft read for a command that turns it into something else (export, table): a regular file,
 * within the size limit, text. Anything else is one clear error, exit 2.
 */
export async function readDraftFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read: ${fsErrorReason(error)}`);
  }
  const input = classifyDraftBytes(bytes, defaultSettings.maxFileSizeKB);
  if (input.kind === 'oversized') throw new InputError(`${path}: ${input.sizeKB} KB is over the ${input.limitKB} KB limit (maxFileSizeKB)`);
  if (input.kind === 'binary') throw new InputError(`${path}: not a text draft (${input.reason})`);
  if (input.kind === 'empty') throw new InputError(`${path}: empty, nothing to read`);
  return input.text;
}
