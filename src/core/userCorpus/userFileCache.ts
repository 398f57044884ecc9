import { createHash } from 'node:crypto';
import type { CacheStore } from './cacheStore';
import { settleAnswer, type UserFileAnswer } from './encodedResult';
import type { UserFileKind } from './folderSource';
import { ReaderCrashError, TransientReadError } from './readUserFile';
import { UserFileResultSchema, type UserFileResult } from './userDocument';

/**
 * Reading a file is a pure function of its bytes, so its result is cached under the sha256 of
 * the bytes: a renamed or copied file is not read twice, an edited one is read again, and no
 * timestamp can make a stale entry look fresh. A cache entry that fails validation (truncated
 * write, older layout) is treated as missing and replaced.
 */

/**
 * Bump when `UserFileContent` or the way files are read changes; old entries are then missed.
 * The extension also mixes its own version in (`salt`), since the parser and the normaliser
 * belong to other modules and may change with any release.
 */
export const userCacheSchemaVersion = 4;

export function userCacheKey(bytes: Uint8Array, kind: UserFileKind, salt = ''): string {
  const digest = createHash('sha256').update(bytes).digest('hex');
  return `${digest}.${kind}${userCacheKeyEnding(salt)}`;
}

/** How every key of this reader's version ends: a folder manifest's key that does not was read by another. */
export function userCacheKeyEnding(salt = ''): string {
  return `.${createHash('sha256').update(`${userCacheSchemaVersion}\u0000${salt}`).digest('hex').slice(0, 8)}`;
}

export interface CachedRead {
  key: string;
  result: UserFileResult;
  /** True when the result came from the store, without reading the file's content. */
  hit: boolean;
}

export async function readThroughCache(
  bytes: Uint8Array,
  kind: UserFileKind,
  store: CacheStore,
  read: (bytes: Uint8Array, kind: UserFileKind) => Promise<UserFileAnswer>,
  salt = '',
): Promise<CachedRead> {
  const key = userCacheKey(bytes, kind, salt);
  const stored = await store.get(key);
  if (stored !== undefined) {
    const parsed = safeJson(stored);
    const checked = UserFileResultSchema.safeParse(parsed);
    if (checked.success) return { key, result: checked.data, hit: true };
  }
  const answer = await readOnce(bytes, kind, read).then((first) => (first === crashed ? readOnce(bytes, kind, read) : first));
  if (answer === crashed) {
    // Crashed twice on these bytes: cached like any refusal, so no later scan pays for it again.
    const verdict: UserFileResult = { ok: false, reason: crashedTwiceReason };
    await store.set(key, JSON.stringify(verdict)).catch(() => undefined);
    return { key, result: verdict, hit: false };
  }
  const { result, json } = settleAnswer(answer);
  // Only a verdict on the bytes is kept: a timeout cached under the file's hash skipped it for good.
  if (!result.ok && result.transient) return { key, result, hit: false };
  try {
    await store.set(key, json);
  } catch {
    // A full disk or a read-only storage folder costs only the cache, never the document.
  }
  return { key, result, hit: false };
}

/** Why a file whose reading crashed the reader on two tries is skipped until its bytes change. */
export const crashedTwiceReason = 'reading this file crashed the reader twice; it will not be tried again until it changes';

const crashed = Symbol('crashed');

/**
 * One read of the bytes. A reader that ran out of time or lost its process says so by throwing;
 * that is no verdict on the bytes, except a crash, which the caller tries once more.
 */
async function readOnce(bytes: Uint8Array, kind: UserFileKind, read: (bytes: Uint8Array, kind: UserFileKind) => Promise<UserFileAnswer>): Promise<UserFileAnswer | typeof crashed> {
  try {
    return await read(bytes, kind);
  } catch (error) {
    if (error instanceof ReaderCrashError) return crashed;
    if (!(error instanceof TransientReadError)) throw error;
    return { ok: false, reason: error.message, transient: true };
  }
}

/** The value of a JSON text, or undefined when it is not JSON (a truncated cache file). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
