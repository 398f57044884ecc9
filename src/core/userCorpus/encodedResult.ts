import type { UserFileResult } from './userDocument';

/**
 * A file's result as a reader thread hands it over: the JSON text the cache keeps. Handed over as
 * an object, the result was copied between threads (structured clone: 44 MB for the 465 real
 * documents), then turned into JSON again for the cache on the thread that takes results in. As
 * text it is serialised once, in the reader thread, and the taking thread parses it once: the
 * real documents' results cost that thread about 0.5 s of CPU instead of 1.2 s (deserialise, then
 * stringify). The cache file is the same text either way.
 */
export interface EncodedUserFileResult {
  /** `JSON.stringify` of the result, exactly as the cache stores it. */
  json: string;
}

/** What a reader answers for a file's bytes: the result, or that result already as the cache's JSON. */
export type UserFileAnswer = UserFileResult | EncodedUserFileResult;

export function encodeUserFileResult(result: UserFileResult): EncodedUserFileResult {
  return { json: JSON.stringify(result) };
}

/**
 * The result and its cache text, from either kind of answer. An encoded answer comes from this
 * program's own reader thread (not from a file or another program), so it is parsed, not checked
 * again: the cache's own entries, read back in a later run, are still checked by zod.
 */
export function settleAnswer(answer: UserFileAnswer): { result: UserFileResult; json: string } {
  if ('json' in answer) return { result: JSON.parse(answer.json) as UserFileResult, json: answer.json };
  return { result: answer, json: JSON.stringify(answer) };
}
