import { splitLines } from '../text/lines';

/**
 * What the skeletons, snippets and quick fixes leave for the drafter to fill: `××` (a place, a
 * year), `……` (a phrase), `N` or `数值` before a unit (`达到N个`, `突破数值亿元`). An official document
 * holds none, so an export names the lines still holding one. Markdown comments (a suppression, a
 * precedent's source note) are not part of the document and are not looked at.
 */
const placeholder = /××|……|(?<![A-Za-z0-9])N(?=\s*[个家项张%％亿万元倍条座所]|\s*$)|数值(?=[个家项张%％亿万元倍条座所])/u;

/**
 * The 1-based lines of `text` holding a placeholder, in order.
 *
 * @example placeholderLines('到2027年，低空航线达到N条。\n建成一批起降设施。') // [1]
 */
export function placeholderLines(text: string): number[] {
  const lines: number[] = [];
  let inComment = false;
  splitLines(text).forEach((line, index) => {
    let visible = '';
    let rest = line;
    while (rest !== '') {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) rest = '';
        else {
          rest = rest.slice(end + 3);
          inComment = false;
        }
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) {
          visible += rest;
          rest = '';
        } else {
          visible += rest.slice(0, start);
          rest = rest.slice(start + 4);
          inComment = true;
        }
      }
    }
    if (placeholder.test(visible)) lines.push(index + 1);
  });
  return lines;
}
