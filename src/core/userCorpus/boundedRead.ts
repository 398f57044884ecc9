import { open } from 'node:fs/promises';

/**
 * A file read only when its size is within `maxBytes`: the size comes from the open file's
 * metadata, so a 1.9 GB file (or a sparse one) is refused without a byte of it in memory, and a
 * file that grows while it is read still yields at most `maxBytes + 1` bytes (enough to say it is
 * over). Reading by path and then checking the length took 1.96 GB resident for one such file.
 */
export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

export async function readFileUpTo(path: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, size };
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { ok: false, size: filled };
    return { ok: true, bytes: buffer.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}
