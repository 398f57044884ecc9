/**
 * Every deadline year in a text, where the review spec's forms write it: `到20NN年`, `至20NN年`,
 * `20NN年前`, `20NN年底前`, `20NN年年底前`. Not a deadline: `截至2024年` (a stock-taking), the
 * second year of a range (`2021年至2025年`), `2018年前后`, a baseline (`较2025年`).
 */
export interface DeadlineYear {
  year: number;
  /** Offset of the four digits in the text. */
  index: number;
}

export function deadlineYears(text: string): DeadlineYear[] {
  const found: DeadlineYear[] = [];
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    const start = at - 4;
    if (start < 0 || !/^(?:19|20)[0-9]{2}$/.test(text.slice(start, at)) || /[0-9]/.test(text[start - 1] ?? '')) continue;
    const before = text[start - 1];
    const after = text.slice(at + 1, at + 4);
    let deadline: boolean;
    if (before === '到' || before === '至') {
      const head = text.slice(Math.max(0, start - 7), start - 1);
      deadline = !head.endsWith('截') && !/(?:19|20)[0-9]{2}年?$/.test(head);
    } else deadline = (after.startsWith('前') && !after.startsWith('前后')) || after.startsWith('底前') || after.startsWith('年底前');
    if (deadline) found.push({ year: Number(text.slice(start, at)), index: start });
  }
  return found;
}

/**
 * `2000年底前建成的小区`, `2019年前认定的企业`: a year that dates what a noun names, no deadline
 * (`…前` then a verb of two or three characters and `的`). `index` is where the four digits start.
 */
export function describesThePast(text: string, index: number): boolean {
  return /^\d{4}年(?:年?底)?前[\u4e00-\u9fff]{1,3}的/.test(text.slice(index, index + 14));
}
