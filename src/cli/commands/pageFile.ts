import { stat } from 'node:fs/promises';
import { readFileUpTo } from '../../core/userCorpus/boundedRead';
import { fsErrorReason } from '../../core/userCorpus/folderSource';
import { pageTextOf } from '../../core/userCorpus/importDocument';
import { defaultLimits } from '../../core/userCorpus/readUserFile';
import { InputError } from '../errors';

/**
 * Reads one input file of `policy-draft import` as page text, or throws an InputError that says
 * why in plain words; the single-file and batch modes share it.
 */

/** A page larger than a corpus folder would take is refused before it is read. */
const maxPageBytes = defaultLimits.maxBytes;

/** The page's text: a Word file through the corpus folders' reader, a text file in any encoding they read. */
export async function readPageText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(`${file} is a folder; import takes one file`);
    // A device or pipe has no size to check and may never end.
    if (!info.isFile()) throw new InputError(`${file} is not a regular file`);
    const read = await readFileUpTo(file, maxPageBytes);
    if (!read.ok) throw new InputError(`${file} is over the ${maxPageBytes / 2 ** 20} MB a page may have`);
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file} (${fsErrorReason(error)})`);
  }
  const page = await pageTextOf(bytes, file);
  if (!page.ok) throw new InputError(`${file}: ${page.reason}`);
  if (page.text.trim() === '') throw new InputError(`${file}: the file is empty`);
  return page.text;
}
