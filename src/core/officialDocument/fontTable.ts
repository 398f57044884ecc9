/**
 * `word/fontTable.xml` naming each typeface the document uses, with the font Windows ships under
 * `w:altName`: Word and LibreOffice fall back to it where the office font (仿宋_GB2312,
 * 楷体_GB2312, 方正小标宋简体) is not installed. Charset 86 is GB2312.
 */
export interface FontEntry {
  name: string;
  fallback: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fontXml({ name, fallback }: FontEntry): string {
  const latin = /^[\x20-\x7e]+$/.test(name);
  const alt = fallback !== name ? `<w:altName w:val="${escapeXml(fallback)}"/>` : '';
  const charset = latin ? '00' : '86';
  const family = latin ? 'roman' : 'modern';
  const pitch = latin ? 'variable' : 'fixed';
  return `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
}

export function fontTableXml(entries: readonly FontEntry[]): string {
  const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    unique.map(fontXml).join('') +
    '</w:fonts>'
  );
}
