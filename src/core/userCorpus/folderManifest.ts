import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CacheStore } from './cacheStore';

/**
 * What a scan learnt about each file of a folder, kept between runs so the next run reads no
 * unchanged file: path → size, modification time and the content key its parsed result is cached
 * under, with the problems it had (reported again on every run, as if the file had been read).
 *
 * A file changed within the same clock tick as the scan that recorded it can keep its size and
 * time (git calls this "racily clean"): entries that close to `written` are not trusted, and the
 * file is hashed again, which costs a read but no parse when the content is the same.
 */

export const FolderManifestSchema = z.strictObject({
  version: z.literal(1),
  folder: z.string(),
  /** When the scan finished, milliseconds. */
  written: z.number(),
  files: z.record(
    z.string(),
    z.strictObject({
      size: z.number().int().min(0),
      mtime: z.number(),
      key: z.string(),
      notes: z.array(z.strictObject({ message: z.string(), severity: z.enum(['skipped', 'warning']) })).optional(),
    }),
  ),
});
export type FolderManifest = z.infer<typeof FolderManifestSchema>;
export type ManifestEntry = FolderManifest['files'][string];

/** Times this close to the scan's end are not trusted (coarse file-system clocks: FAT has 2 s). */
export const racyWindowMs = 2000;

/** Where manifests live: one entry per folder, in a store of its own. */
export function manifestKey(folder: string): string {
  return `${createHash('sha256').update(folder).digest('hex').slice(0, 40)}.folder`;
}

/** The folder's manifest, or undefined when there is none or it is unreadable (then every file is read). */
export async function loadManifest(store: CacheStore, folder: string): Promise<FolderManifest | undefined> {
  const text = await store.get(manifestKey(folder)).catch(() => undefined);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = FolderManifestSchema.safeParse(json);
  return parsed.success && parsed.data.folder === folder ? parsed.data : undefined;
}

/** The entries a new scan may trust: those not written within the racy window of the scan. */
export function trustedEntries(manifest: FolderManifest): Map<string, ManifestEntry> {
  const trusted = new Map<string, ManifestEntry>();
  for (const [path, entry] of Object.entries(manifest.files)) {
    if (manifest.written - entry.mtime > racyWindowMs) trusted.set(path, entry);
  }
  return trusted;
}

export async function saveManifest(store: CacheStore, manifest: FolderManifest): Promise<void> {
  await store.set(manifestKey(manifest.folder), JSON.stringify(manifest)).catch(() => undefined);
}
