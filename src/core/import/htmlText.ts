import { Parser } from 'htmlparser2';
import { formatMarkdownTable } from './cellTable';

/**
 * Reads a web page's HTML as the lines a reader sees: one line per paragraph, heading or list item
 * (block elements and `<br>` end a line), entities decoded, scripts, styles, forms and navigation
 * dropped, and data tables (two columns or more) written as Markdown tables. A table used for page
 * layout (one column, or cells holding whole articles, as portals wrap their content) gives its
 * cells' lines in order instead. htmlparser2 tokenises in one pass, so the reader is linear in the
 * page whatever it holds; spans are bounded so a hostile `colspan` cannot blow up a table.
 */

/** Elements whose content is never text of the document. */
const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'svg',
  'math',
  'nav',
  'footer',
  'select',
  'option',
  'button',
  'textarea',
  'object',
  'canvas',
  'map',
]);

/** Elements that start and end a line of their own. */
const blocks = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'aside',
  'main',
  'blockquote',
  'pre',
  'hr',
  'center',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'caption',
  'body',
  'html',
]);

/** A cell longer than this, or with more lines, is page layout, not a data table's cell. */
const maxDataCellChars = 1000;
const maxDataCellLines = 8;
/** Spans beyond these are clipped: no real table spans more, and the grid stays small. */
const maxColspan = 50;
const maxColumns = 50;

interface Sink {
  lines: string[];
  text: string;
}

interface Cell extends Sink {
  colspan: number;
  rowspan: number;
}

interface Table {
  rows: Cell[][];
  cell: Cell | undefined;
  /** The sink the table's output goes to: the page, or the cell of an enclosing table. */
  parent: Sink;
  /** Opened by a `<tr>` or `<td>` without `<table>` (a page's fragment); closed at the end. */
  implicit: boolean;
}

/** Whether a text file holds HTML: a saved page, or a .txt that a scraper filled with markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 100_000);
  const start = head.trimStart().slice(0, 15).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  const tags = head.match(/<\/?(?:p|div|span|br|td|tr|tbody|table|body|meta|h[1-6]|li|ul|font|strong|img)(?=[\s/>])/gi);
  return (tags?.length ?? 0) >= 5;
}

/** The page's text, one block per line; data tables as Markdown table lines. */
export function htmlToText(html: string): string {
  const page: Sink = { lines: [], text: '' };
  const tables: Table[] = [];
  let skipDepth = 0;

  const sink = (): Sink => {
    const table = tables.at(-1);
    return table?.cell ?? (table ? table.parent : page);
  };
  const openTable = (implicit: boolean): Table => {
    const parent = sink();
    endLine(parent);
    const table: Table = { rows: [], cell: undefined, parent, implicit };
    tables.push(table);
    return table;
  };
  const closeCell = (table: Table): void => {
    if (table.cell) endLine(table.cell);
    table.cell = undefined;
  };
  const closeTable = (): void => {
    const table = tables.pop()!;
    closeCell(table);
    emitTable(table.rows, table.parent);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipped.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'table') openTable(false);
        else if (name === 'tr') {
          const table = tables.at(-1) ?? openTable(true);
          closeCell(table);
          table.rows.push([]);
        } else if (name === 'td' || name === 'th') {
          const table = tables.at(-1) ?? openTable(true);
          closeCell(table);
          if (table.rows.length === 0) table.rows.push([]);
          table.cell = { lines: [], text: '', colspan: span(attributes['colspan'], maxColspan), rowspan: span(attributes['rowspan'], Infinity) };
          table.rows.at(-1)!.push(table.cell);
        } else if (blocks.has(name)) endLine(sink());
      },
      ontext(text) {
        if (skipDepth === 0) sink().text += text;
      },
      onclosetag(name) {
        if (skipped.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'table') {
          // Close the fragments opened inside this table too, then the table itself.
          while (tables.length > 0 && tables.at(-1)!.implicit) closeTable();
          if (tables.length > 0) closeTable();
        } else if (name === 'td' || name === 'th') {
          const table = tables.at(-1);
          if (table) closeCell(table);
        } else if (blocks.has(name)) endLine(sink());
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (tables.length > 0) closeTable();
  endLine(page);
  return page.lines.join('\n');
}

/** Ends the sink's current line: whitespace collapsed, no-break spaces as spaces, empty lines dropped. */
function endLine(sink: Sink): void {
  const line = collapse(sink.text);
  if (line !== '') sink.lines.push(line);
  sink.text = '';
}

function collapse(text: string): string {
  let out = '';
  let space = false;
  for (const char of text) {
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0' || char === '\f') space = out !== '';
    else {
      if (space) out += ' ';
      out += char;
      space = false;
    }
  }
  return out;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** Writes a finished table into its parent: a Markdown table, or a layout table's lines in order. */
function emitTable(rows: Cell[][], parent: Sink): void {
  const filled = rows.filter((row) => row.length > 0);
  const cells = filled.flat();
  const columns = Math.max(0, ...filled.map((row) => row.reduce((n, cell) => n + cell.colspan, 0)));
  const layout = filled.length < 2 || columns < 2 || cells.some((cell) => cell.lines.length > maxDataCellLines || cell.lines.join('').length > maxDataCellChars);
  if (layout) {
    for (const cell of cells) parent.lines.push(...cell.lines);
    return;
  }
  const grid = toGrid(filled, Math.min(columns, maxColumns));
  for (const line of formatMarkdownTable(grid[0]!, grid.slice(1))) parent.lines.push(line);
}

/**
 * Rows of cells with spans → a rectangular grid of texts; a spanned slot is left empty. Each
 * column remembers the row its last cell spans to, so the work is the cells' column spans, never
 * their row spans.
 */
function toGrid(rows: Cell[][], width: number): string[][] {
  const busyUntil = Array<number>(width).fill(0);
  return rows.map((row, r) => {
    const texts = Array<string>(width).fill('');
    let c = 0;
    for (const cell of row) {
      while (c < width && busyUntil[c]! > r) c++;
      if (c >= width) break;
      texts[c] = cell.lines.join(' ');
      const lastColumn = Math.min(width, c + cell.colspan);
      for (let cc = c; cc < lastColumn; cc++) busyUntil[cc] = r + cell.rowspan;
      c = lastColumn;
    }
    return texts;
  });
}
