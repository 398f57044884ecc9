import { readZipXml, ZipXmlError, type ZipXml } from './zipXml';

/**
 * Reads a Word plan into the Markdown the rest of the project parses: headings as `#` lines,
 * paragraphs kept apart, Word's automatic numbering written out, tables as Markdown tables.
 *
 * Why not `mammoth.extractRawText`: it drops automatic numbering (a drafter's `一、` / `（一）`
 * list levels are Word numbering, not text) and flattens tables into loose paragraphs, which
 * loses both the clause structure and the 任务分解表 rows that assign responsible units. Mammoth's
 * own document tree (handed to `transformDocument`) keeps heading styles, numbering levels and
 * table cells, so we write Markdown from it. Mammoth records a numbered paragraph's level but not
 * its number format, so numbers follow the conventional hierarchy of Chinese official documents
 * (GB/T 9704): 一、 （一） 1. （1）.
 */

export interface DocxText {
  markdown: string;
  /** Title paragraph (Word's `Title` style), when the document has one. */
  title?: string;
  /** Mammoth's warnings (unknown styles, unreadable images …); informational. */
  warnings: string[];
}

// The slice of mammoth's document tree we read; mammoth's typings leave it untyped.
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
}

/**
 * What this reader takes: mammoth holds about a hundred times a document's XML in memory and reads
 * it in one go, so a Word file past these is refused. A long 规划 has a few MB of XML, a few
 * thousand paragraphs, a few thousand table cells and a few hundred thousand characters.
 */
export interface DocxLimits {
  maxXmlBytes: number;
  maxParagraphs: number;
  /** Table cells written out, each merged cell counted once per column it spans. */
  maxCells: number;
  /** Characters of Markdown written out (a cell merged down many rows is written in each). */
  maxChars: number;
  /** Columns of one table, merged cells counted per column (a 任务分解表 has under ten). */
  maxColumns: number;
}

export const defaultDocxLimits: DocxLimits = { maxXmlBytes: 16 * 1024 * 1024, maxParagraphs: 10_000, maxCells: 200_000, maxChars: 4_000_000, maxColumns: 100 };

/** A Word file over one of the limits, said in words a drafter can act on. */
export class DocxLimitError extends Error {}

/**
 * Throws, with a reason a drafter can read, when the bytes are not a Word document (not a zip, no
 * `word/document.xml`, unreadable XML) or hold more than `limits` allow.
 */
export async function docxText(bytes: Uint8Array, given: Partial<DocxLimits> = {}): Promise<DocxText> {
  const limits: DocxLimits = { ...defaultDocxLimits, ...given };
  let xml: ZipXml;
  try {
    xml = readZipXml(bytes, limits.maxXmlBytes);
  } catch (error) {
    if (!(error instanceof ZipXmlError)) throw error;
    throw new Error(error.reason === 'too-large' ? `its text takes over ${Math.round(limits.maxXmlBytes / 2 ** 20)} MB of XML, more than this reader takes` : error.message, {
      cause: error,
    });
  }
  if (xml.document === undefined) throw new Error('it has no word/document.xml, so it is no Word document');
  // Counted from the XML before mammoth builds its tree: both grow with what is counted here.
  const counts = measureDocumentXml(xml.document);
  if (counts.paragraphs > limits.maxParagraphs) throw new DocxLimitError(`it has over ${limits.maxParagraphs} paragraphs, more than this reader takes`);
  if (counts.cells > limits.maxCells) throw new DocxLimitError(`its tables have over ${limits.maxCells} cells (merged cells counted per column), more than this reader takes`);
  let tree: Element | undefined;
  // Loaded on first use: mammoth and its zip/XML stack are most of the bundle's start-up cost,
  // and most sessions never read a Word file.
  const { default: mammoth } = await import('mammoth');
  const result = await convert(() =>
    mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Keep the tree and hand mammoth an empty document, so it spends no time writing HTML.
        transformDocument: (document: Element) => {
          tree = document;
          return { ...document, children: [] };
        },
      },
    ),
  );
  if (!tree) throw new Error('no document body');
  const writer = new MarkdownWriter(limits);
  for (const child of tree.children ?? []) writer.block(child);
  const warnings = result.messages.map((m) => m.message);
  return writer.title === undefined ? { markdown: writer.text(), warnings } : { markdown: writer.text(), title: writer.title, warnings };
}

/** Mammoth's own failures name its internals (`[xmldom error] …`); the drafter learns what it means. */
async function convert<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch {
    throw new Error('its document part is damaged or not Word XML');
  }
}

/**
 * Paragraphs and table cells by the XML's structure: an element named `p` (or `tc`) under any
 * namespace prefix (`w:`, another prefix bound to Word's namespace, or none), whatever whitespace
 * follows its name (`<w:p\n>`); a cell counts once per column its `gridSpan` says it spans.
 * Each pattern starts at `<` and stops at the tag's end, so the scan is linear.
 */
export function measureDocumentXml(xml: string): { paragraphs: number; cells: number } {
  let paragraphs = 0;
  for (const _ of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g)) paragraphs++;
  let cells = 0;
  for (const _ of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?tc[\s/>]/g)) cells++;
  for (const match of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?gridSpan[\s/][^>]*?val\s*=\s*["']\s*(\d+)/g)) cells += Math.max(0, Math.min(Number(match[1]), 2 ** 31) - 1);
  return { paragraphs, cells };
}

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (plans never number past 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return chineseDigits[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : chineseDigits[tens]}十${chineseDigits[n % 10]}`;
}

const levelMarkers: ((n: number) => string)[] = [(n) => `${chineseNumber(n)}、`, (n) => `（${chineseNumber(n)}）`, (n) => `${n}.`, (n) => `（${n}）`];

/** Word's built-in heading styles are named `heading N` whatever the UI language. */
function headingLevel(element: Element): number | undefined {
  const name = (element.styleName ?? '').trim().toLowerCase();
  const prefixes = ['heading ', 'heading', '标题 ', '标题'];
  for (const prefix of prefixes) {
    if (!name.startsWith(prefix)) continue;
    const level = Number(name.slice(prefix.length));
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  }
  return undefined;
}

function isTitle(element: Element): boolean {
  const name = (element.styleName ?? '').trim().toLowerCase();
  return name === 'title' || name === '标题';
}

/** The first characters of a paragraph that already carries its number as typed text. */
function startsWithNumber(text: string): boolean {
  const first = text.charAt(0);
  return (
    '一二三四五六七八九十（(0123456789第①②③④⑤⑥⑦⑧⑨⑩'.includes(first) &&
    /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十]+|[①-⑩])/.test(text)
  );
}

class MarkdownWriter {
  private readonly blocks: string[] = [];
  private readonly counters: number[] = [];
  private chars = 0;
  private cells = 0;
  title?: string;

  constructor(private readonly limits: DocxLimits) {}

  /** Keeps a block, stopping at the character limit rather than running out of memory. */
  private push(block: string): void {
    this.chars += block.length + 2;
    if (this.chars > this.limits.maxChars) throw new DocxLimitError(`its text runs over ${this.limits.maxChars} characters, more than this reader takes`);
    this.blocks.push(block);
  }

  /** Counts cells as the table is laid out: a merged cell is written once per row and column it covers. */
  private cell(text: string): void {
    this.cells++;
    this.chars += text.length + 3;
    if (this.cells > this.limits.maxCells)
      throw new DocxLimitError(`its tables have over ${this.limits.maxCells} cells (merged cells counted per column), more than this reader takes`);
    if (this.chars > this.limits.maxChars) throw new DocxLimitError(`its text runs over ${this.limits.maxChars} characters, more than this reader takes`);
  }

  text(): string {
    return this.blocks.join('\n\n') + (this.blocks.length ? '\n' : '');
  }

  block(element: Element): void {
    if (element.type === 'paragraph') this.paragraph(element);
    else if (element.type === 'table') this.table(element);
    else for (const child of element.children ?? []) this.block(child);
  }

  private paragraph(element: Element): void {
    const text = inlineText(element)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (!text) return;
    if (isTitle(element) && this.title === undefined && this.blocks.length === 0) {
      this.title = text.replace(/\n/g, '');
      this.push(`# ${this.title}`);
      return;
    }
    const heading = headingLevel(element);
    const numbered = element.numbering?.isOrdered ? this.number(Number(element.numbering.level) || 0, text) : text;
    // Under a title paragraph (`#`), Word's `heading 1` is the document's second level.
    const depth = heading === undefined ? 0 : Math.min(heading + (this.title === undefined ? 0 : 1), 6);
    this.push(depth === 0 ? numbered : `${'#'.repeat(depth)} ${numbered.replace(/\n/g, '')}`);
  }

  /** Counts one numbered paragraph at `level`; deeper levels restart, as Word's lists do. */
  private number(level: number, text: string): string {
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    this.counters.length = level + 1;
    if (startsWithNumber(text)) return text;
    const marker = levelMarkers[level];
    return marker ? `${marker(this.counters[level] ?? 1)}${text}` : text;
  }

  private table(element: Element): void {
    const grid: string[][] = [];
    // Vertically merged cells (rowSpan) assign their value to every row they span: a 责任部门 cell
    // merged over three tasks is responsible for all three.
    const carried: { text: string; rows: number }[] = [];
    for (const row of element.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells: string[] = [];
      let column = 0;
      const take = () => {
        while (carried[column] && carried[column]!.rows > 0) {
          this.cell(carried[column]!.text);
          cells.push(carried[column]!.text);
          carried[column]!.rows--;
          column++;
        }
      };
      for (const cell of row.children ?? []) {
        if (cell.type !== 'tableCell') continue;
        take();
        const text = cellText(cell);
        const rowSpan = cell.rowSpan ?? 1;
        const colSpan = Math.max(1, cell.colSpan ?? 1);
        for (let i = 0; i < colSpan; i++) {
          this.cell(i === 0 ? text : '');
          cells.push(i === 0 ? text : '');
          carried[column] = { text: i === 0 ? text : '', rows: rowSpan - 1 };
          column++;
        }
      }
      take();
      grid.push(cells);
    }
    if (grid.length === 0) return;
    // A loop, not Math.max(...): a spread of a very long table overflows the stack.
    const width = grid.reduce((widest, r) => Math.max(widest, r.length), 0);
    if (width > this.limits.maxColumns) throw new DocxLimitError(`it has a table over ${this.limits.maxColumns} columns wide, more than this reader takes`);
    // Short rows are padded to the widest: that padding is written too.
    for (const row of grid) for (let i = row.length; i < width; i++) this.cell('');
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const [header, ...body] = grid;
    this.push([line(header!), line(Array(width).fill('---')), ...body.map(line)].join('\n'));
  }
}

function inlineText(element: Element): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return ' ';
    case 'break':
      return element.breakType === 'line' ? '\n' : '';
    case 'noteReference':
    case 'commentReference':
      return '';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

/** A cell's paragraphs on one line; `|` would end the cell in Markdown. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (element: Element) => {
    if (element.type === 'paragraph') parts.push(inlineText(element).replace(/\s+/g, ' ').trim());
    else for (const child of element.children ?? []) walk(child);
  };
  walk(cell);
  return parts.filter(Boolean).join(' ').replace(/\|/g, '｜');
}
