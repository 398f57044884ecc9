import type { SourceLine } from '../structure/lines';
import { splitLines } from '../text/lines';
import { rank as markerRank } from '../structure/markers';
import { buildOutline } from '../structure/outline';
import { readTableBlock } from '../structure/tableBlock';
import { markdownRuns, plainRuns, runsText, type Run } from './inlineRuns';
import type { Block, OfficialDocument, ParagraphBlock, ParagraphStyle, TableBlock } from './officialDocument';
import { arabicDate, readDraftFrontMatter } from './officialFields';

/**
 * Lays a draft (Markdown or plain text) out as an official document. Every line of text becomes a
 * paragraph, styled by what it is: the first heading (or a plain draft's first short line) is the
 * 标题, numbered lines take the level of their numbering (`一、` 一级标题, `（一）` 二级标题, `1.` 三级标题,
 * `（1）` 四级标题), a `附件…` heading opens an attachment on a new page, Markdown tables become
 * tables. Markdown syntax is taken off; the numbering stays as written. Comments, rules and blank
 * lines carry no text and are left out.
 */
export type DraftFormat = 'markdown' | 'plaintext';

/** Longest line read as a title, a caption or an addressee line. */
const shortLine = 90;

/** `附件`, `附件2`, `附件 任务分解表`, `附件2　重点任务分解表`; not `附件：…` (that is the 附件说明). */
const attachmentHeading = /^附件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?(?:[\s　]+(.+))?$/;

/** `附件：1. …`, the 附件说明 under the body. */
const attachmentNote = /^附件\s*[：:]/;

/** A numbered line of a 附件说明 list: `2. 重点项目表`. */
const noteItem = /^[0-9０-９]{1,2}\s*[.．、]/;

/** A date on its own, as a 成文日期 closing the body. */
const dateLine = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,3}月[〇○零一二三四五六七八九十]{1,3}日)$/;

const endsSentence = /[。；;！!？?]$/;

/**
 * Blanks off the end of a string, scanning back: a `[\s]+$` pattern retries from every blank of a long
 * run of them (100,000 spaces mid-line took minutes).
 */
function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s\u3000\u00a0]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function trimStartBlanks(text: string): string {
  let start = 0;
  while (start < text.length && /[\s\u3000\u00a0]/.test(text.charAt(start))) start++;
  return text.slice(start);
}

/** Markdown block prefixes (quote, heading, bullet) taken off; inline syntax is left for the runs. */
function blockContent(line: SourceLine): string {
  let text = trimStartBlanks(line.text);
  while (text.startsWith('>')) text = trimStartBlanks(text.slice(1));
  const heading = /^#{1,6}(?:[ \t]+|$)/.exec(text);
  if (heading) {
    text = trimEndBlanks(text.slice(heading[0].length));
    // A closing sequence: `## 一、总体要求 ##`.
    let end = text.length;
    while (end > 0 && text[end - 1] === '#') end--;
    if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end);
  }
  const bullet = /^[-*+][ \t\u3000]+/.exec(text);
  if (bullet) text = text.slice(bullet[0].length);
  return trimEndBlanks(text);
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/\t/g, ' ') }));
  for (let first = out[0]; first !== undefined; first = out[0]) {
    first.text = trimStartBlanks(first.text);
    if (first.text !== '') break;
    out.shift();
  }
  for (let last = out.at(-1); last !== undefined; last = out.at(-1)) {
    last.text = trimEndBlanks(last.text);
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

function styleOfRank(rank: number): ParagraphStyle {
  if (rank <= markerRank.chapter) return 'chapter';
  if (rank <= markerRank.subchapter) return 'subchapter';
  if (rank <= markerRank.part) return 'heading1';
  if (rank <= markerRank.section) return 'heading2';
  if (rank <= markerRank.item) return 'heading3';
  if (rank < markerRank.dash) return 'heading4';
  return 'body';
}

const headingStyles = new Set<ParagraphStyle>(['chapter', 'subchapter', 'heading1', 'heading2']);

function paragraph(style: ParagraphStyle, runs: Run[], line?: number): ParagraphBlock {
  // Headings are set in their own typeface: bold written into a heading adds nothing there.
  const styled = headingStyles.has(style) || style === 'title' || style === 'attachmentTitle' ? runs.map(({ bold: _bold, ...run }) => run) : runs;
  const block: ParagraphBlock = { kind: 'paragraph', style, runs: styled };
  if (line !== undefined) block.line = line;
  return block;
}

/** The table at `start`, or undefined for one without a cell (`|---|---|` alone): it carries no text. */
function table(lines: SourceLine[], start: number, toRuns: (text: string) => Run[]): TableBlock | undefined {
  const block = readTableBlock(lines, start);
  const width = Math.max(block.header.length, ...block.rows.map((row) => row.length));
  if (width === 0) return undefined;
  const cells = (row: string[]) => Array.from({ length: width }, (_, column) => trimRuns(toRuns(row[column] ?? '')));
  return { kind: 'table', header: cells(block.header), rows: block.rows.map(cells), line: start };
}

/** Builds the document model of a draft; pure, no file format involved. */
export function draftToOfficialDocument(text: string, format: DraftFormat): OfficialDocument {
  const raw = splitLines(text);
  const frontMatter = readDraftFrontMatter(raw);
  // Front-matter lines are blanked, not removed, so line numbers stay the draft's.
  const masked = raw.map((line, index) => (index < frontMatter.bodyLine ? '' : line)).join('\n');
  const outline = buildOutline(masked);
  const { lines } = outline;
  const rankOf = new Map(outline.nodes.map((node) => [node.startLine, node.rank]));
  const toRuns = format === 'markdown' ? markdownRuns : plainRuns;
  const runsOf = (line: SourceLine) => trimRuns(toRuns(format === 'markdown' ? blockContent(line) : line.text));

  const nextContent = (from: number): SourceLine | undefined => {
    for (let index = from; index < lines.length; index++) {
      const line = lines[index];
      if (line !== undefined && line.kind !== 'blank') return line;
    }
    return undefined;
  };

  const body: Block[] = [];
  const attachments: Block[] = [];
  let title: string | undefined;
  let titleDone = false;
  let addresseeOpen = true;
  let inFence = false;
  let inAttachment = false;
  let attachmentTitlePending = false;
  const attachmentNames: string[] = [];
  let noteWritten = false;
  // Lines up to here are written already: the front matter, a table read as one block, a subtitle.
  let doneThrough = frontMatter.bodyLine - 1;

  for (const [index, line] of lines.entries()) {
    if (index <= doneThrough) continue;
    const out = inAttachment ? attachments : body;
    if (line.kind === 'ignored') {
      const start = line.folded.trimStart();
      if (start.startsWith('```') || start.startsWith('~~~')) inFence = !inFence;
      else if (inFence && line.text.trim() !== '') out.push(paragraph('body', plainRuns(line.text.trim()), index));
      continue;
    }
    if (line.kind === 'blank') continue;
    if (line.kind === 'table') {
      const block = table(lines, index, toRuns);
      if (block) out.push(block);
      doneThrough = readTableBlock(lines, index).endLine;
      titleDone = true;
      attachmentTitlePending = false;
      continue;
    }
    const runs = runsOf(line);
    const plain = runsText(runs);
    if (plain === '') continue;

    if (!titleDone) {
      titleDone = true;
      const isTitle = line.kind === 'heading' || (line.kind === 'text' && plain.length <= shortLine && !endsSentence.test(plain) && !/[：:]$/.test(plain));
      if (isTitle) {
        title = plain;
        body.push(paragraph('title', runs, index));
        // `（2025—2027年）` or `（征求意见稿）` on the next line belongs to the title.
        for (let next = nextContent(index + 1); next && /^[（(][^（()）]{1,30}[）)]$/.test(runsText(runsOf(next))); next = nextContent(next.index + 1)) {
          body.push(paragraph('subtitle', runsOf(next), next.index));
          title += runsText(runsOf(next));
          doneThrough = next.index;
        }
        continue;
      }
    }

    const attachment = line.kind !== 'numbered' && plain.length <= shortLine && !endsSentence.test(plain) ? attachmentHeading.exec(plain) : null;
    if (attachment && (line.kind === 'heading' || !plain.includes('，'))) {
      inAttachment = true;
      addresseeOpen = false;
      const mark = `附件${attachment[1] ?? ''}`;
      attachments.push({ ...paragraph('attachmentMark', [{ text: mark }], index), pageBreakBefore: true });
      if (attachment[2]) {
        attachments.push(paragraph('attachmentTitle', [{ text: attachment[2].trim() }], index));
        attachmentNames.push(attachment[2].trim());
        attachmentTitlePending = false;
      } else attachmentTitlePending = true;
      continue;
    }

    if (inAttachment && attachmentTitlePending && line.kind !== 'numbered' && plain.length <= shortLine && !endsSentence.test(plain)) {
      attachments.push(paragraph('attachmentTitle', runs, index));
      attachmentNames.push(plain);
      attachmentTitlePending = false;
      continue;
    }
    attachmentTitlePending = false;

    if (!inAttachment && addresseeOpen && line.kind === 'text' && /[：:]$/.test(plain) && plain.length <= shortLine && !plain.includes('。')) {
      addresseeOpen = false;
      body.push(paragraph('addressee', runs, index));
      continue;
    }
    addresseeOpen = false;

    if (!inAttachment && (attachmentNote.test(plain) || (noteItem.test(plain) && lastStyle(body) === 'attachmentNote'))) {
      body.push(paragraph('attachmentNote', runs, index));
      noteWritten = true;
      continue;
    }

    const next = nextContent(index + 1);
    if (line.kind === 'text' && next?.kind === 'table' && plain.length <= shortLine && !endsSentence.test(plain)) {
      out.push(paragraph('tableCaption', runs, index));
      continue;
    }

    let style: ParagraphStyle = 'body';
    if (line.kind === 'numbered' && line.marker) style = styleOfRank(line.marker.rank);
    else if (line.kind === 'heading') style = styleOfRank(Math.min(rankOf.get(index) ?? markerRank.section, markerRank.section));
    out.push(paragraph(style, runs, index));
  }

  const fields = { ...frontMatter.fields };
  const closing = closingLines(body);
  if (closing.date) fields.date = undefined;
  if (closing.issuer) fields.issuer = undefined;

  const blocks: Block[] = [];
  const titleEnd = body.findIndex((block) => block.kind !== 'paragraph' || (block.style !== 'title' && block.style !== 'subtitle'));
  const head = titleEnd < 0 ? body : body.slice(0, titleEnd);
  const rest = titleEnd < 0 ? [] : body.slice(titleEnd);
  blocks.push(...head);
  if (fields.addressee && !rest.some((block) => block.kind === 'paragraph' && block.style === 'addressee')) {
    blocks.push(paragraph('addressee', [{ text: `${fields.addressee.replace(/[：:]$/, '')}：` }]));
  }
  blocks.push(...rest);
  if (!noteWritten && attachmentNames.length > 0) blocks.push(...attachmentNoteBlocks(attachmentNames));
  if (fields.issuer) blocks.push(paragraph('signature', [{ text: fields.issuer }]));
  if (fields.date) blocks.push(paragraph('date', [{ text: fields.date }]));
  blocks.push(...attachments);

  const document: OfficialDocument = { fields: frontMatter.fields, blocks, notes: frontMatter.problem ? [frontMatter.problem] : [] };
  if (title !== undefined) document.title = title;
  return document;
}

function lastStyle(blocks: readonly Block[]): ParagraphStyle | undefined {
  const last = blocks[blocks.length - 1];
  return last?.kind === 'paragraph' ? last.style : undefined;
}

/**
 * A body that closes with a date line (and the issuing body's name above it) carries its own
 * 发文机关署名 and 成文日期: restyle them, the date in Arabic numerals.
 */
function closingLines(body: Block[]): { issuer: boolean; date: boolean } {
  const last = body[body.length - 1];
  if (last?.kind !== 'paragraph' || last.style !== 'body') return { issuer: false, date: false };
  const text = runsText(last.runs);
  if (!dateLine.test(text.replace(/\s/g, ''))) return { issuer: false, date: false };
  last.style = 'date';
  last.runs = [{ text: arabicDate(text.replace(/\s/g, '')) ?? text }];
  const before = body[body.length - 2];
  if (before?.kind === 'paragraph' && before.style === 'body') {
    const name = runsText(before.runs);
    if (name.length <= 40 && !/[，。；：,;:]/.test(name)) {
      before.style = 'signature';
      return { issuer: true, date: true };
    }
  }
  return { issuer: false, date: true };
}

/** `附件：1. 甲` / `2. 乙` (GB/T 9704 7.3.4), or `附件：甲` for one. */
function attachmentNoteBlocks(names: string[]): ParagraphBlock[] {
  if (names.length === 1) return [paragraph('attachmentNote', [{ text: `附件：${names[0]}` }])];
  return names.map((name, index) => paragraph('attachmentNote', [{ text: `${index === 0 ? '附件：' : ''}${index + 1}. ${name}` }]));
}
