import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { applyFixes } from '../../src/core/checks/applyFixes';
import type { Finding } from '../../src/core/checks/finding';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { fixesOf } from '../../src/core/checks/registry';
import { defaultSettings } from '../../src/core/config/settings';
import { splitLines } from '../../src/core/text/lines';
import { toSimplified } from '../../src/core/text/simplify';
import { readProjectUserFile } from '../../src/core/userCorpus/projectReader';
import { buildDocx, type DocxBlock } from '../unit/userCorpus/docxFixture';

/**
 * Fuzzing drafts as a habit: inputs generated from real sentences (the bundled corpus and the
 * team's own drafts), mutated the ways pasted and scraped text goes wrong, plus long runs of every
 * character class that ever made a scan quadratic; each run through the checker (with its fixes)
 * or the own-corpus reader, against a time budget and the invariants. Shared by the property test
 * in `npm test` and `npm run fuzz`.
 */

/** The bench's seeded generator (mulberry32), so a failing input can be made again from its seed. */
export { seededRandom as random } from '../../scripts/syntheticCorpus';

/** The project root: npm scripts and mocha run from it. */
const root = process.cwd();

/** Lines and sentences of real plans: the bundled corpus and the own-draft fixtures. */
export function realSentences(): string[] {
  const files = [
    ...readdirSync(join(root, 'corpus'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'corpus', f)),
    ...readdirSync(join(root, 'test/fixtures/lint-own'))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => join(root, 'test/fixtures/lint-own', f)),
  ];
  const out: string[] = [];
  for (const file of files) {
    for (const line of splitLines(readFileSync(file, 'utf8'))) {
      if (line.trim() === '') continue;
      out.push(line);
      for (const sentence of line.split(/(?<=。)/)) if (sentence !== line && sentence.trim() !== '') out.push(sentence);
    }
  }
  return out;
}

/** Every class of character a scan has choked on, and the line structure around them. */
export const runClasses: readonly string[] = [
  ' ',
  '\u3000',
  '\u00a0',
  '\u2003',
  '\u200b',
  '\t',
  '*',
  '、',
  '（',
  '）',
  '(',
  ')',
  '【',
  '[',
  '|',
  '｜',
  '-',
  '—',
  '.',
  '．',
  '1',
  '１',
  '一',
  '十',
  '\u0301',
  '\u0316',
  '\ufeff',
  '\r',
  '\n',
  '#',
  '>',
  '"',
  '“',
  ':',
  '：',
  ',',
  '，',
  '%',
  '年',
  '力争',
  '到2025年',
  '<!--',
  '-->',
  '// policy-draft-disable',
  '😀',
  '\u202e',
  '\u001b',
];

const glue = [
  '（',
  '）',
  '(',
  ')',
  '：',
  ':',
  '、',
  '；',
  '。',
  '——',
  '|',
  '#',
  '\0',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u3000',
  '\ufeff',
  '一、',
  '（一）',
  '1.',
  '①',
  '到2025年',
  '力争',
  '责任单位：',
  '牵头',
  '%',
  '个',
  '**',
  '<!-- policy-draft-disable-next-line missing-responsible-unit -->',
  '// policy-draft-enable',
  '\u0301',
];
const headings = [
  '一、总体要求',
  '二、主要目标',
  '三、重点任务',
  '四、保障措施',
  '（一）发展目标',
  '（二）重点工程',
  '## 三、重点任务',
  '### 1. 产业规模',
  '第一章 发展基础',
  '附件 重点任务分解表',
];
const eols = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', ''];

export type Draft = { kind: 'generated' | 'mutated' | 'run'; text: string };

/** One input: a draft assembled from real sentences, a mutated one, or a long run of one class. */
export function makeDraft(next: () => number, sentences: readonly string[]): Draft {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const roll = next();
  if (roll < 0.08) {
    const unit = pick(runClasses);
    const length = 1000 + Math.floor(next() * 60_000);
    const run = unit.repeat(Math.ceil(length / unit.length));
    const around = pick(sentences);
    return { kind: 'run', text: `${pick(headings)}\n${around.slice(0, 10)}${run}${around}\n${pick(sentences)}` };
  }
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 40);
  for (let i = 0; i < count; i++) lines.push((next() < 0.2 ? pick(headings) : pick(sentences)) + pick(eols));
  let text = lines.join('');
  if (roll < 0.5) return { kind: 'generated', text };
  const mutations = 1 + Math.floor(next() * 10);
  for (let m = 0; m < mutations; m++) {
    const at = Math.floor(next() * (text.length + 1));
    const length = Math.floor(next() * 200);
    const what = next();
    if (what < 0.3) text = text.slice(0, at) + text.slice(at + length);
    else if (what < 0.5) text = text.slice(0, at + length) + text.slice(at, at + length) + text.slice(at + length);
    else if (what < 0.9) text = text.slice(0, at) + pick(glue) + text.slice(at);
    else text = text.slice(0, at) + pick(glue).repeat(50 + Math.floor(next() * 2000)) + text.slice(at);
  }
  return { kind: 'mutated', text };
}

/** An invariant that did not hold, said with enough to find the input again. */
export class InvariantError extends Error {}

function check(condition: boolean, message: string): void {
  if (!condition) throw new InvariantError(message);
}

/** `original` can be read out of `fixed` in order: the fix only added characters. */
function keepsEveryCharacter(original: string, fixed: string): boolean {
  let at = 0;
  for (let i = 0; i < fixed.length && at < original.length; i++) if (fixed[i] === original[at]) at++;
  return at === original.length;
}

/** What a vague-amount fix may replace, and with what: the word (with a 的 or measure word after it; in simplified characters), by a number to fill and its measure word. */
const vagueWord = /^(?:一定数量|一大批|一系列|一批|大批|若干|一些|多个|众多)(?:的|[个家项名条所座种处位])?$/u;
const placeholderAmount = /^N[个家项名条所座种处位]$/u;

/**
 * The checker's invariants on one draft: findings and every fix's edits on real lines and columns
 * (lines counted as the parser counts them: LF, CRLF, lone CR), fixes that insert (a unit, a
 * quantity) lose no character of the draft, and a vague-amount fix replaces only the vague word.
 */
export function lintInvariants(text: string): { findings: number } {
  const { findings } = lintDraft(text, defaultSettings);
  const lines = splitLines(text);
  const within = (line: number, column: number) => line >= 0 && line < lines.length && column >= 0 && column <= lines[line]!.length;
  let applied = 0;
  for (const finding of findings as Finding[]) {
    const { start, end } = finding.range;
    check(
      within(start.line, start.column) && within(end.line, end.column),
      `finding ${finding.code} at ${start.line}:${start.column}-${end.line}:${end.column} is outside the draft (${lines.length} lines)`,
    );
    for (const fix of fixesOf(text, finding)) {
      for (const edit of fix.edits) {
        check(
          within(edit.range.start.line, edit.range.start.column) && within(edit.range.end.line, edit.range.end.column),
          `${fix.kind} edit at ${edit.range.start.line}:${edit.range.start.column} is outside the draft`,
        );
      }
      if (fix.kind === 'replace-vague-amount') {
        const [edit] = fix.edits;
        const { start: from, end: to } = edit!.range;
        const replaced = from.line === to.line ? lines[from.line]!.slice(from.column, to.column) : '';
        check(
          fix.edits.length === 1 && vagueWord.test(toSimplified(replaced)) && placeholderAmount.test(edit!.newText),
          `${fix.kind} fix replaces '${replaced}' with '${edit!.newText}'`,
        );
      }
      if (fix.kind === 'insert-unit' || fix.kind === 'insert-quantity') {
        check(
          fix.edits.every((edit) => edit.range.start.line === edit.range.end.line && edit.range.start.column === edit.range.end.column),
          `${fix.kind} fix replaces text instead of inserting`,
        );
        // Applying copies the draft: done for the first few fixes of a draft, so the check stays linear.
        if (applied++ < 20) check(keepsEveryCharacter(text, applyFixes(text, [fix]).text), `${fix.kind} fix lost characters of the draft`);
      }
    }
  }
  return { findings: findings.length };
}

/** The own-corpus reader on a draft's bytes: a document or a reason, never an exception. */
export async function corpusReadInvariants(text: string): Promise<void> {
  const result = await readProjectUserFile(new TextEncoder().encode(text), 'md');
  check(result.ok || result.reason.length > 0, 'a file refused without a reason');
}

/** A Word file made from a draft, sometimes made hostile: nested prefixes, huge spans, truncation, flipped bytes. */
export async function makeWordFile(next: () => number, draft: string): Promise<Uint8Array> {
  const blocks: DocxBlock[] = splitLines(draft)
    .slice(0, 60)
    .map((line, i) =>
      i % 7 === 3
        ? { kind: 'numbered' as const, level: i % 3, text: line }
        : { kind: 'paragraph' as const, text: line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') },
    );
  if (next() < 0.3)
    blocks.push({
      kind: 'table',
      rows: [
        ['序号', '任务', '牵头单位'],
        ['1', draft.slice(0, 40), '市发展改革委'],
        [{ text: '2', rowSpan: 2 }, '建设平台', '市数据局'],
      ],
    });
  const bytes = await buildDocx(blocks);
  const roll = next();
  if (roll < 0.5) return bytes;
  if (roll < 0.6) return bytes.subarray(0, Math.floor(next() * bytes.length));
  if (roll < 0.7) {
    const copy = new Uint8Array(bytes);
    for (let i = 0; i < 20; i++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
    return copy;
  }
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  const hostile = [
    () =>
      xml.replace(
        '<w:body>',
        `<w:body>${'<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>建</x:t></x:r></x:p>'.repeat(3000 + Math.floor(next() * 12_000))}`,
      ),
    () => xml.replace(/<w:p>/g, '<w:p\n>'),
    () => xml.replace('<w:tc>', `<w:tc><w:tcPr><w:gridSpan w:val="${Math.floor(10 ** (2 + next() * 7))}"/></w:tcPr>`),
    () => xml.replace('<w:body>', `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(200)}`),
    () => xml.slice(0, Math.floor(next() * xml.length)),
  ];
  xml = hostile[Math.floor(next() * hostile.length)]!();
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A Word file through the own-corpus reader: a document or a reason, never an exception. */
export async function wordInvariants(bytes: Uint8Array): Promise<void> {
  const result = await readProjectUserFile(bytes, 'docx');
  check(result.ok || result.reason.length > 0, 'a Word file refused without a reason');
}

/** Time per input scaled to 100 KB of UTF-8; inputs under 100 KB count as 100 KB. */
export function msPer100KB(ms: number, bytes: number): number {
  return ms / Math.max(1, bytes / 102_400);
}
