/**
 * The year a target is due: `到2025年`, `至2025年`, `力争到2025年`, `2025年前`, `2025年底前`.
 * A year standing alone (`较2025年翻一番`, `2026年3月16日`) is not a deadline.
 */
export function findDeadline(folded: string): number | undefined {
  for (let at = folded.indexOf('20'); at >= 0; at = folded.indexOf('20', at + 1)) {
    const year = folded.slice(at, at + 4);
    if (!/^20[0-9]{2}$/.test(year) || folded[at + 4] !== '年' || /[0-9]/.test(folded[at - 1] ?? '')) continue;
    const before = folded[at - 1];
    const after = folded.slice(at + 5, at + 8);
    if (before === '到' || before === '至' || after.startsWith('前') || after.startsWith('底') || after.startsWith('末')) {
      return Number(year);
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
