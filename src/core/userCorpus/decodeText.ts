/**
 * Turns the bytes of a user's `.md` or `.txt` plan into text. Offices keep plans written on
 * Windows, so besides UTF-8 (with or without a BOM) and UTF-16 with a BOM, text that is not valid
 * UTF-8 is read as GB18030 (a superset of GBK/GB2312). Binary files are refused, not decoded into
 * noise that would pollute the index.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** How much of the start of a file is looked at to recognise a binary file. */
const sniffBytes = 8192;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (holds NUL bytes), not text' };
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8.ok) return utf8;
  const gb = decodeWith('gb18030', bytes);
  return gb.ok ? gb : { ok: false, reason: 'neither UTF-8 nor GB18030 text' };
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `not valid ${encoding}` };
  }
}

/** Text in any of the encodings above never holds a NUL byte outside UTF-16, which has a BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, sniffBytes);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
