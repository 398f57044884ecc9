/**
 * How many bytes the XML parts of a zip (a .docx) take once inflated, read from the zip's central
 * directory without inflating anything. A .docx of a few kilobytes can inflate to gigabytes (a
 * "zip bomb"); mammoth would then hold the extension host for minutes, so the size is checked
 * first. Only `.xml` and `.rels` parts count: mammoth reads those, and we never convert images.
 *
 * Returns undefined when the bytes hold no readable central directory (not a zip, truncated, or
 * ZIP64, which no plan needs); the caller then refuses the file.
 */
export function zipXmlSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (size === 0xffffffff || at + 46 + nameLength > view.byteLength) return undefined;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)).toLowerCase();
    if (name.endsWith('.xml') || name.endsWith('.rels')) total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment. */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  return undefined;
}
