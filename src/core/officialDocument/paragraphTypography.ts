import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Two paragraph properties the `docx` library cannot write into a style, added to the styles part
 * after packing:
 * - `w:overflowPunct` off everywhere: a closing `：` or `，` that does not fit moves the last
 *   character down with it (避头尾) instead of hanging in the margin, where LibreOffice drops it;
 * - `w:snapToGrid` off for the named styles set larger than the grid (标题, 附件标题), whose lines
 *   would otherwise take two grid lines each.
 * Both go just before `w:spacing`, their place in the schema's order of paragraph properties.
 */
export function addParagraphTypography(docx: Uint8Array, offGridStyleIds: readonly string[]): Uint8Array {
  const files = unzipSync(docx);
  const styles = files['word/styles.xml'];
  if (!styles) return docx;
  const xml = strFromU8(styles).replace(/<w:style\b[\s\S]*?<\/w:style>|<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/g, (block) => {
    const offGrid = offGridStyleIds.some((id) => block.includes(`w:styleId="${id}"`));
    const added = `<w:overflowPunct w:val="0"/>${offGrid ? '<w:snapToGrid w:val="0"/>' : ''}`;
    return block.replace(/(<w:pPr>[\s\S]*?)(<w:spacing\b)/, `$1${added}$2`);
  });
  files['word/styles.xml'] = strToU8(xml);
  return zipSync(files);
}
