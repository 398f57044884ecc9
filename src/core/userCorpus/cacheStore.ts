import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where parsed user documents are kept between sessions. The core only needs these four
 * operations; the extension implements them over `context.globalStorageUri` with
 * `workspace.fs`, tests and the CLI with a plain folder (`DirectoryCacheStore`).
 */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key held, so entries no file uses any more can be dropped. */
  keys(): Promise<string[]>;
}

/** Keys are hex digests with a short suffix; anything else is not ours and is never touched. */
const keyPattern = /^[0-9a-z.-]{1,128}$/;

export function isCacheKey(name: string): boolean {
  return keyPattern.test(name);
}

/** One `<key>.json` file per entry in `dir`, written atomically (temp file, then rename). */
export class DirectoryCacheStore implements CacheStore {
  constructor(private readonly dir: string) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return await readFile(this.path(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    const temp = `${this.path(key)}.${process.pid}.tmp`;
    try {
      await writeFile(temp, value, 'utf8');
    } catch (error) {
      // The folder is made when first missing, not checked before every write: a cold folder of 465 files spent 0.4 s in mkdir.
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, value, 'utf8');
    }
    await rename(temp, this.path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async keys(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter(isCacheKey);
  }

  private path(key: string): string {
    if (!isCacheKey(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, `${key}.json`);
  }
}

/** A cache for one process (the CLI): a run reads each file once, and leaves nothing behind. */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.entries.keys()];
  }
}
