import { inflateRawSync } from 'node:zlib';

/**
 * What the parts of a zip (a .docx) hold once inflated, measured by inflating them with a cap
 * before mammoth sees the file. A .docx of a few kilobytes can inflate to gigabytes (a "zip
 * bomb"), and its central directory may declare any size it likes, so the sizes are counted, not
 * read: no part is inflated past what is left of `maxBytes`. Every part counts but pictures (which
 * we never convert): mammoth reads whatever part `_rels/.rels` names as the document, whatever its
 * name.
 */

export interface ZipXml {
  /** Inflated bytes of every part but pictures. */
  bytes: number;
  /** The main document part (named by `_rels/.rels`, else `word/document.xml`) as text, when the zip has it. */
  document?: string;
}

const pictures = ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.emf', '.wmf', '.svg'];

/** Why a zip was refused: not a zip we can read, or more XML than allowed. */
export class ZipXmlError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export function readZipXml(bytes: Uint8Array, maxBytes: number): ZipXml {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) throw new ZipXmlError('unreadable', 'not a zip archive');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  const parts = new Map<string, Uint8Array>();
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) throw new ZipXmlError('unreadable', 'a damaged zip directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > view.byteLength) throw new ZipXmlError('unreadable', 'a damaged zip directory');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)).toLowerCase();
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/') || pictures.some((extension) => name.endsWith(extension))) continue;
    const part = inflatePart(bytes, view, localHeader, method, compressedSize, maxBytes - total);
    total += part.length;
    parts.set(name, part);
  }
  const main = parts.get(mainPartName(parts.get('_rels/.rels')));
  return main === undefined ? { bytes: total } : { bytes: total, document: new TextDecoder().decode(main) };
}

/** The part `_rels/.rels` names as the office document (lower-cased, as the names above), or the usual one. */
function mainPartName(rels: Uint8Array | undefined): string {
  const xml = rels ? new TextDecoder().decode(rels) : '';
  for (const relationship of xml.split('<Relationship').slice(1)) {
    if (!relationship.includes('/officeDocument"')) continue;
    const target = /Target="([^"]*)"/.exec(relationship)?.[1];
    if (target) return target.replace(/^\//, '').toLowerCase();
  }
  return 'word/document.xml';
}

/** One part's inflated bytes, refusing to produce more than `room`. */
function inflatePart(bytes: Uint8Array, view: DataView, header: number, method: number, compressedSize: number, room: number): Uint8Array {
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== 0x04034b50) throw new ZipXmlError('unreadable', 'a damaged zip entry');
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + compressedSize);
  if (data.length < compressedSize) throw new ZipXmlError('unreadable', 'a truncated zip entry');
  if (method === 0) {
    if (data.length > room) throw tooLarge();
    return data;
  }
  if (method !== 8) throw new ZipXmlError('unreadable', 'a zip entry packed in a way Word does not use');
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ZipXmlError('unreadable', 'a damaged zip entry');
  }
}

function tooLarge(): ZipXmlError {
  return new ZipXmlError('too-large', 'more XML than a plan has');
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment. */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  return undefined;
}
