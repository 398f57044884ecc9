import { describesThePast } from './deadlineYears';

/**
 * The year written `20NN年` at `at` that may be a deadline: not part of a longer number, and not one
 * that dates what a noun names (`2000年底前建成的老旧小区`, `describesThePast`).
 */
function yearAt(folded: string, at: number): number | undefined {
  const year = folded.slice(at, at + 4);
  if (!/^20[0-9]{2}$/.test(year) || folded[at + 4] !== '年' || /[0-9]/.test(folded[at - 1] ?? '') || describesThePast(folded, at)) return undefined;
  return Number(year);
}

/**
 * The year a target is due: `到2025年`, `至2025年`, `力争到2025年`, `2025年前`, `2025年底前`.
 * A year standing alone (`较2025年翻一番`, `2026年3月16日`) is not a deadline.
 */
export function findDeadline(folded: string): number | undefined {
  for (let at = folded.indexOf('20'); at >= 0; at = folded.indexOf('20', at + 1)) {
    const year = yearAt(folded, at);
    if (year === undefined) continue;
    const before = folded[at - 1];
    const after = folded.slice(at + 5, at + 8);
    if (before === '到' || before === '至' || after.startsWith('前') || after.startsWith('底') || after.startsWith('末')) {
      return year;
    }
  }
  return undefined;
}

/** Whether a sentence opens with a deadline: `到20NN年`, `至20NN年`, `20NN年前`, `20NN年底前`, `20NN年年底前`. */
export function opensWithDeadline(folded: string): boolean {
  const text = folded.trimStart();
  const at = text[0] === '到' || text[0] === '至' ? 1 : 0;
  if (!/^20[0-9]{2}年/.test(text.slice(at, at + 5))) return false;
  if (at === 1) return true;
  const after = text.slice(5, 8);
  return after.startsWith('前') || after.startsWith('底前') || after.startsWith('年底前');
}

/** A deadline written in a task: the year, and the month where it says one (`2026年6月底前`). */
export interface TaskDeadline {
  year: number;
  month?: number;
}

/**
 * Every deadline a task clause states, in the order written: `到2026年`, `至2026年`, `2026年前`,
 * `2026年底前`, `2026年年底前`, `2026年末`, `2026年6月底前`, `2026年6月前`. As in `findDeadline`, a year
 * standing alone (`较2025年翻一番`, `2026年3月16日`) is none, and so is one that dates what a noun names
 * (`2000年底前建成的老旧小区`): it made a 城市更新 task's 完成时限 2000年底前.
 */
export function findDeadlines(folded: string): TaskDeadline[] {
  const found: TaskDeadline[] = [];
  for (let at = folded.indexOf('20'); at >= 0; at = folded.indexOf('20', at + 1)) {
    const year = yearAt(folded, at);
    if (year === undefined) continue;
    const before = folded[at - 1];
    const after = folded.slice(at + 5, at + 12);
    const month = /^([0-9]{1,2})月(?:底|末)?前/.exec(after);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) found.push({ year, month: Number(month[1]) });
    else if (before === '到' || before === '至' || /^(?:年?底|末|前)/.test(after)) found.push({ year });
  }
  return found;
}
