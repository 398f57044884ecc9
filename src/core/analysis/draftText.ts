import { TextOffsets } from '../checks/textOffsets';
import { readHtmlLines } from '../import/htmlText';
import type { PageSource } from '../parsing/sourcePlan';
import { isWebPage } from '../text/webPage';

/**
 * What the checks read of a draft: the draft itself, or, when it is a web page (a saved page, a
 * .txt a scraper filled with `<p>`, `<span>` and `&nbsp;`), the text a reader sees on that page —
 * one line per paragraph, entities decoded, scripts and styles dropped, read by the importer's own
 * HTML reader — with the way back from each character to where it is in the page. The checks run
 * on that text and their findings point into the page as written.
 */
export interface DraftText {
  text: string;
  /** Present for a web page: positions in `text` → positions in the page. */
  page?: PageSource;
}

export function draftText(written: string): DraftText {
  if (!isWebPage(written)) return { text: written };
  const lines = readHtmlLines(written);
  const offsets = new TextOffsets(written);
  const end = offsets.positionAt(written.length);
  return {
    text: lines.map((line) => line.text).join('\n'),
    page: {
      // A column past a line's end (a range's end) is the place just after its last character.
      toDocument: ({ line, column }) => {
        const read = lines[line];
        return read ? offsets.positionAt(read.at[Math.min(Math.max(column, 0), read.text.length)]!) : end;
      },
      lineCount: offsets.lineCount,
    },
  };
}
