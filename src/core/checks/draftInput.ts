import { decodeText } from '../text/decodeText';

/**
 * Decides whether a draft can be checked at all, the same way for the CLI (bytes from disk) and
 * the editor (text VS Code already decoded). A draft that cannot be checked gets a reason the
 * adapters show: nothing is skipped silently.
 */
export type DraftInput = { kind: 'text'; text: string } | { kind: 'empty' } | { kind: 'binary'; reason: string } | { kind: 'oversized'; sizeKB: number; limitKB: number };

/** How much of a decoded document is sampled for signs of binary content. */
const sampleChars = 8192;

/**
 * VS Code decodes a binary file as UTF-8, so it shows up as NULs, replacement characters and
 * control codes; ordinary drafts hold none of these beyond a stray one.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const end = Math.min(text.length, sampleChars);
  let odd = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, the vertical tab of Word's manual line break, form feed and carriage return are text.
    if (code === 0xfffd || (code < 0x20 && (code < 0x09 || code > 0x0d))) odd++;
  }
  return end > 0 && odd / end > 0.05;
}

/** Classifies text the editor already holds; `maxKB` is the `maxFileSizeKB` setting. */
export function classifyDraftText(text: string, maxKB: number): DraftInput {
  const limit = maxKB * 1024;
  // A UTF-16 unit encodes to at most 3 bytes of UTF-8: count exactly only when that bound is over.
  if (text.length * 3 > limit) {
    const size = new TextEncoder().encode(text).length;
    if (size > limit) return { kind: 'oversized', sizeKB: Math.ceil(size / 1024), limitKB: maxKB };
  }
  if (looksBinary(text)) return { kind: 'binary', reason: 'holds NUL bytes or control characters' };
  if (text.trim().length === 0) return { kind: 'empty' };
  return { kind: 'text', text };
}

/** Classifies a file's bytes: size first (nothing is decoded past the limit), then the encoding. */
export function classifyDraftBytes(bytes: Uint8Array, maxKB: number): DraftInput {
  if (bytes.length > maxKB * 1024) return { kind: 'oversized', sizeKB: Math.ceil(bytes.length / 1024), limitKB: maxKB };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: 'binary', reason: decoded.reason };
  return classifyDraftText(decoded.text, maxKB);
}
