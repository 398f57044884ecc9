import { endsSentence } from './sentenceEnd';

/**
 * An item's title is its first short phrase ending in `。` (`1. 强化前沿基础研究。围绕…`); a heading
 * written without one (`（一）实施算力基础设施提升行动`) is its own title, and one whose standard title
 * runs straight into its text (`一、工作目标通过实施本行动计划，…`) ends where that title ends.
 */

/** Longest phrase still read as a title rather than as the first sentence of a body. */
const maxTitleLength = 40;

export interface Title {
  text: string;
  /** Column just after the title and its end mark: where the body of the line starts. */
  end: number;
}

/**
 * The standard titles of a plan's parts and sections: nouns a drafter writes alone on the heading
 * line. Where the line breaks were lost the body runs straight on (`一、工作目标通过实施本行动计划，…`);
 * `组织实施` is not here, as it also opens a task phrase (`（二）组织实施四大工程，结合…`).
 */
const standardTitles = [
  '指导思想',
  '基本原则',
  '工作原则',
  '总体要求',
  '总体思路',
  '发展思路',
  '总体目标',
  '主要目标',
  '发展目标',
  '工作目标',
  '行动目标',
  '目标任务',
  '重点任务',
  '主要任务',
  '工作任务',
  '重点工作',
  '主要内容',
  '工作内容',
  '工作措施',
  '保障措施',
  '工作要求',
  '实施步骤',
  '工作步骤',
  '进度安排',
  '时间安排',
  '发展基础',
  '面临形势',
  '发展现状',
];

/** What may follow a standard title within a longer one: `指导思想、发展目标和基本原则`, `重点任务（2024年）`. */
const titleGoesOn = /[\s和与及并暨或、，,。.:：;；（(\-—*_]/u;

/**
 * A heading that runs into its text: it opens with a standard title followed directly by more
 * words, and either the line was cut out of a longer one (its line breaks were lost) or the run up
 * to the first sentence end reads as a sentence (it holds a `，` or `；`, or is longer than a
 * title: `重点任务攻关计划` on a line of its own is a title). Returns the column where that title
 * ends, or undefined.
 */
function runInTitleEnd(folded: string, from: number, to: number, glued: boolean): number | undefined {
  const run = folded.slice(from, to);
  if (!glued && run.length <= maxTitleLength && !/[，,；;]/u.test(run)) return undefined;
  const title = standardTitles.find((word) => run.startsWith(word));
  if (!title) return undefined;
  const next = run.charAt(title.length);
  return next === '' || titleGoesOn.test(next) ? undefined : from + title.length;
}

function clean(text: string): string {
  let out = text.trim();
  while (out.endsWith('*') || out.endsWith('_')) out = out.slice(0, -1).trimEnd();
  while (out.endsWith(':') || out.endsWith('：')) out = out.slice(0, -1).trimEnd();
  return out;
}

/**
 * @param original the line as written (titles keep their full-width punctuation)
 * @param folded the same line width-folded
 * @param from column where the text after the number starts
 * @param isHeading parts and sections fall back to the whole line
 * @param glued the line is a piece of a longer one, its line breaks lost (see structure/inlineNumbering)
 */
export function readTitle(original: string, folded: string, from: number, isHeading: boolean, glued = false): Title | undefined {
  let at = from;
  while (at < folded.length && !endsSentence(folded, at)) at++;
  const runIn = isHeading ? runInTitleEnd(folded, from, at, glued) : undefined;
  if (runIn !== undefined) return { text: clean(original.slice(from, runIn)), end: runIn };
  if (at < folded.length) {
    const text = clean(original.slice(from, at));
    if (text.length > 0 && (isHeading || text.length <= maxTitleLength)) return { text, end: at + 1 };
    return undefined;
  }
  const text = clean(original.slice(from));
  if (text.length === 0) return undefined;
  if (isHeading || text.length <= maxTitleLength) return { text, end: folded.length };
  return undefined;
}
