/**
 * Turns the bytes of a user's `.md` or `.txt` plan into text. Offices keep plans written on
 * Windows, so besides UTF-8 (with or without a BOM) and UTF-16 (with a BOM, or without one when it
 * reads as plain text in one byte order), text that is not valid
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
  const unmarked = looksBinary(bytes) ? unmarkedUtf16(bytes) : undefined;
  if (unmarked) return unmarked;
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

/**
 * UTF-16 saved without a BOM (some Windows tools do): its NUL bytes say it is no 8-bit text, and
 * read in the right byte order it is plain Chinese text — CJK characters and punctuation, ASCII,
 * line breaks — where binary data read as UTF-16 is a scatter of unrelated code points.
 */
function unmarkedUtf16(bytes: Uint8Array): DecodeResult | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const decoded = decodeWith(encoding, bytes);
    if (decoded.ok && plainShare(decoded.text.slice(0, sniffBytes)) >= 0.95) return decoded;
  }
  return undefined;
}

/** Share of characters that Chinese plan text is made of. */
function plainShare(text: string): number {
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isPlain =
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef);
    if (isPlain) plain++;
  }
  return text.length === 0 ? 0 : plain / text.length;
}

/** Text in any of the encodings above never holds a NUL byte outside UTF-16. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, sniffBytes);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
