/**
 * Whether a draft is a web page rather than Markdown or plain text: a saved page, or a .txt a
 * scraper filled with the page's markup (`<p style="…">…</p>`, `&nbsp;`). The checks then read the
 * page's text, not its markup. Stricter than the importer's `looksLikeHtml`, which is shown pages
 * only: a Markdown draft may hold inline HTML (`<br>` in a table cell, a `<div align="center">`
 * title), and read as a page its line structure would be lost. A page opens with `<!DOCTYPE html>`
 * or `<html>`, or holds block elements on most of its lines.
 */

/** How much of a text is looked at to tell whether it is HTML. */
export const htmlSampleChars = 100_000;
/** Block elements seen at least this often… */
const leastBlocks = 5;

const blockTag = /<\/?(?:p|div|td|tr|th|tbody|table|li|ul|ol|h[1-6]|body|section|article)(?=[\s/>])/gi;
const anyTag = /<[a-zA-Z/!]/;

/** Whether a text's start opens an HTML document (`<!DOCTYPE html>`, `<html>`). */
export function opensAsHtmlDocument(head: string): boolean {
  const start = head.trimStart().slice(0, 15).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

export function isWebPage(text: string): boolean {
  const head = text.slice(0, htmlSampleChars);
  if (opensAsHtmlDocument(head)) return true;
  if ((head.match(blockTag)?.length ?? 0) < leastBlocks) return false;
  // …on at least half of the lines that hold anything: in a Markdown draft most lines hold none.
  let lines = 0;
  let tagged = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    lines++;
    if (anyTag.test(line)) tagged++;
  }
  return tagged * 2 >= lines;
}
