import { normalizePunctuation } from '../import/punctuation';
import { toSimplified } from '../text/simplify';
import { parsePlan } from '../parsing/parsePlan';
import type { UserFileKind } from './folderSource';
import { readUserFile, type ReadUserFileOptions } from './readUserFile';
import type { UserFileResult } from './userDocument';

/**
 * Reading user files with the project's own pieces: the importer's normalisation (traditional →
 * simplified, full-width punctuation in Chinese context), exactly as the bundled corpus went
 * through it, and the shared structure parser. The importer's web-junk removal is not applied: a
 * user's own plan holds no site chrome, and removing "junk" from it could lose policy text.
 */

/** One line as the bundled corpus's importer normalises it; line breaks are never added or removed. */
export function normalizeUserLine(line: string): string {
  return normalizePunctuation(toSimplified(line));
}

export const projectReadOptions: ReadUserFileOptions = { parse: (text) => parsePlan(text), normalize: normalizeUserLine };

/** @param docx reads a Word file's text where the caller wants it read (the editor: off its thread). */
export function readProjectUserFile(bytes: Uint8Array, kind: UserFileKind, docx?: ReadUserFileOptions['docx']): Promise<UserFileResult> {
  return readUserFile(bytes, kind, docx ? { ...projectReadOptions, docx } : projectReadOptions);
}
