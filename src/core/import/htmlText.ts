import { Parser } from 'htmlparser2';
import { formatMarkdownTable } from './cellTable';
import { htmlSampleChars, opensAsHtmlDocument } from '../text/webPage';

/**
 * Reads a web page's HTML as the lines a reader sees: one line per paragraph, heading or list item
 * (block elements and `<br>` end a line), entities decoded, scripts, styles, forms and navigation
 * dropped, and data tables (two columns or more) written as Markdown tables. A table used for page
 * layout (one column, or cells holding whole articles, as portals wrap their content) gives its
 * cells' lines in order instead. htmlparser2 tokenises in one pass, so the reader is linear in the
 * page whatever it holds; spans are bounded so a hostile `colspan` cannot blow up a table. Each
 * character of the text keeps where it is in the HTML, so the checks can point into the page.
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

/**
 * Elements the reader acts on (a block ends a line, a table is read as one, a skipped element's
 * content is dropped): every other tag (`<span>`, `<font>`, `<strong>`, `<a>` …) only wraps text.
 */
const structural = new Set([...skipped, ...blocks, 'table', 'tr', 'td', 'th']);
/**
 * Elements a page nests inside each other with their end tags written (a `<p>` or `<td>` left open
 * is closed by the next one): nested deeper than this is no page's layout.
 */
const nesting = new Set(['div', 'section', 'article', 'aside', 'main', 'header', 'blockquote', 'center', 'ul', 'ol', 'dl', 'form', 'fieldset', 'figure', 'table']);
const deepestNesting = 200;

/**
 * The page with the tags the reader does not act on made inert, and structural elements nested
 * deeper than any layout made inert too, each by one character (`<span>` → `<?pan>`, a processing
 * instruction to the tokenizer, and `</span>` → `<!span>`, a declaration; `<!b>` would swallow the
 * text after it): same length, so every offset stays, and the same text. htmlparser2 keeps its open elements in an array it shifts and unshifts, so a page
 * of 200,000 nested `<span>`s took 43 s to parse; made inert, the parse is linear.
 */
function inertWrappers(html: string): string {
  /** Where a character is replaced: `?` opens a processing instruction, `!` a declaration. */
  const inert: { at: number; mark: string }[] = [];
  let depth = 0;
  const excess = new Map<string, number>();
  const makeInert = (at: number) => inert.push({ at: at + 1, mark: html[at + 1] === '/' ? '!' : '?' });
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at + 1)) {
    const closing = html[at + 1] === '/';
    let end = at + (closing ? 2 : 1);
    if (!/[a-zA-Z]/.test(html[end] ?? '')) continue;
    const nameStart = end;
    while (end < html.length && /[a-zA-Z0-9:-]/.test(html[end]!)) end++;
    const name = html.slice(nameStart, end).toLowerCase();
    // A quoted `>` inside the tag would end a declaration early: such a tag is left as it is.
    let quote = '';
    let quotedClose = false;
    for (; end < html.length; end++) {
      const char = html[end]!;
      if (quote) {
        if (char === quote) quote = '';
        else if (char === '>') quotedClose = true;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>' || char === '<') break;
    }
    const selfClosing = html[end - 1] === '/';
    if (end >= html.length) break;
    if (!structural.has(name)) {
      if (!quotedClose) makeInert(at);
    } else if (nesting.has(name) && !selfClosing) {
      if (closing) {
        const over = excess.get(name) ?? 0;
        if (over > 0) {
          excess.set(name, over - 1);
          makeInert(at);
        } else depth = Math.max(0, depth - 1);
      } else if (depth >= deepestNesting && !quotedClose) {
        excess.set(name, (excess.get(name) ?? 0) + 1);
        makeInert(at);
      } else depth++;
    }
    at = end - 1;
  }
  if (inert.length === 0) return html;
  const pieces: string[] = [];
  let from = 0;
  for (const { at, mark } of inert) {
    pieces.push(html.slice(from, at), mark);
    from = at + 1;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}

/** A cell longer than this, or with more lines, is page layout, not a data table's cell. */
const maxDataCellChars = 1000;
const maxDataCellLines = 8;
/** Spans beyond these are clipped: no real table spans more, and the grid stays small. */
const maxColspan = 50;
const maxColumns = 50;

/** A line of the page's text, with where each of its characters is in the HTML. */
export interface PageLine {
  text: string;
  /**
   * `at[i]` is the offset in the HTML of `text[i]` (for a character an entity decodes to, where the
   * entity starts; for a data table's line, where its row's first cell starts); `at[text.length]`
   * is the offset just after the line's last character.
   */
  at: number[];
}

interface Sink {
  lines: PageLine[];
  text: string;
  /** Where each unit of `text` starts in the HTML, and where it ends. */
  starts: number[];
  ends: number[];
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
  const head = text.slice(0, htmlSampleChars);
  if (opensAsHtmlDocument(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|br|td|tr|tbody|table|body|meta|h[1-6]|li|ul|font|strong|img)(?=[\s/>])/gi);
  return (tags?.length ?? 0) >= 5;
}

/** The page's text, one block per line; data tables as Markdown table lines. */
export function htmlToText(html: string): string {
  return readHtmlLines(html)
    .map((line) => line.text)
    .join('\n');
}

function emptySink(): Sink {
  return { lines: [], text: '', starts: [], ends: [] };
}

/** `htmlToText`'s lines, each with where its characters are in the HTML. */
export function readHtmlLines(html: string): PageLine[] {
  const page = emptySink();
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
          table.cell = { ...emptySink(), colspan: span(attributes['colspan'], maxColspan), rowspan: span(attributes['rowspan'], Infinity) };
          table.rows.at(-1)!.push(table.cell);
        } else if (blocks.has(name)) endLine(sink());
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const into = sink();
        into.text += text;
        // A run of text is the HTML as written; an entity decodes to fewer characters than it spans.
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        const exact = to - from === text.length;
        for (let i = 0; i < text.length; i++) {
          into.starts.push(exact ? from + i : from);
          into.ends.push(exact ? from + i + 1 : to);
        }
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
  parser.write(inertWrappers(html));
  parser.end();
  while (tables.length > 0) closeTable();
  endLine(page);
  return page.lines;
}

/** Ends the sink's current line: whitespace collapsed, no-break spaces as spaces, empty lines dropped. */
function endLine(sink: Sink): void {
  const line = collapse(sink);
  if (line.text !== '') sink.lines.push(line);
  sink.text = '';
  sink.starts = [];
  sink.ends = [];
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0' || char === '\f';
}

/** The sink's text with each run of whitespace as one space, none at its ends; each character keeps its place. */
function collapse({ text, starts, ends }: Sink): PageLine {
  let out = '';
  const at: number[] = [];
  /** The first unit of a run of whitespace after some text, or -1. */
  let space = -1;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (isSpace(char)) {
      if (space < 0 && out !== '') space = i;
      continue;
    }
    if (space >= 0) {
      out += ' ';
      at.push(starts[space]!);
      space = -1;
    }
    out += char;
    at.push(starts[i]!);
    end = ends[i]!;
  }
  at.push(end);
  return { text: out, at };
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
  const layout =
    filled.length < 2 || columns < 2 || cells.some((cell) => cell.lines.length > maxDataCellLines || cell.lines.reduce((n, line) => n + line.text.length, 0) > maxDataCellChars);
  if (layout) {
    for (const cell of cells) for (const line of cell.lines) parent.lines.push(line);
    return;
  }
  const grid = toGrid(filled, Math.min(columns, maxColumns));
  // A table line points at its row: the header and separator at the first row, each row at its first cell.
  const rowStarts = filled.map((row) => row.find((cell) => cell.lines.length > 0)?.lines[0]!.at[0] ?? 0);
  formatMarkdownTable(grid[0]!, grid.slice(1)).forEach((text, k) => {
    const start = rowStarts[Math.max(0, k - 1)] ?? 0;
    parent.lines.push({ text, at: new Array<number>(text.length + 1).fill(start) });
  });
}

function cellText(cell: Cell): string {
  return cell.lines.map((line) => line.text).join(' ');
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
      texts[c] = cellText(cell);
      const lastColumn = Math.min(width, c + cell.colspan);
      for (let cc = c; cc < lastColumn; cc++) busyUntil[cc] = r + cell.rowspan;
      c = lastColumn;
    }
    return texts;
  });
}
