import JSZip from 'jszip';

/**
 * Builds small but real .docx files for the tests: the OOXML parts Word writes (content types,
 * relationships, styles with built-in heading names, numbering definitions), zipped with jszip.
 */

export type DocxBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  /** A paragraph in Word's automatic numbering at `level` (0 = outermost). */
  | { kind: 'numbered'; level: number; text: string }
  /** Rows of cells; a cell `{ text, rowSpan }` is merged downwards over `rowSpan` rows. */
  | { kind: 'table'; rows: (string | { text: string; rowSpan: number })[][] };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const run = (text: string) =>
  text
    .split('\n')
    .map((line) => `<w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');

function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${run(text)}</w:p>`;
}

function table(rows: (string | { text: string; rowSpan: number })[][]): string {
  // Word writes a vertical merge as a `restart` cell followed by `continue` cells in later rows.
  const pending: number[] = [];
  const body = rows
    .map((cells) => {
      const out: string[] = [];
      let column = 0;
      const fillMerged = () => {
        while ((pending[column] ?? 0) > 0) {
          out.push('<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>');
          pending[column]!--;
          column++;
        }
      };
      for (const cell of cells) {
        fillMerged();
        const { text, rowSpan } = typeof cell === 'string' ? { text: cell, rowSpan: 1 } : cell;
        const merge = rowSpan > 1 ? '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' : '';
        out.push(`<w:tc>${merge}${paragraph(text)}</w:tc>`);
        pending[column] = rowSpan - 1;
        column++;
      }
      fillMerged();
      return `<w:tr>${out.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr/>${body}</w:tbl>`;
}

function block(b: DocxBlock): string {
  switch (b.kind) {
    case 'title':
      return paragraph(b.text, '<w:pStyle w:val="Title"/>');
    case 'heading':
      return paragraph(b.text, `<w:pStyle w:val="Heading${b.level}"/>`);
    case 'paragraph':
      return paragraph(b.text);
    case 'numbered':
      return paragraph(b.text, `<w:numPr><w:ilvl w:val="${b.level}"/><w:numId w:val="1"/></w:numPr>`);
    case 'table':
      return table(b.rows);
  }
}

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
${[1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`).join('\n')}
</w:styles>`;

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`,
  );
  zip.file('word/styles.xml', styles);
  zip.file('word/numbering.xml', numbering);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.map(block).join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
