/**
 * `力争` ("strive to reach") marks a target sentence, but the same two characters occur inside
 * `全力争取`, `努力争创`, `大力争取`, where `力` ends another word (全力, 努力, 大力 …) and
 * nothing is promised. Word segmentation gets some of these wrong (`全|力争|创`), so the words
 * ending in 力 are listed.
 */
const wordsEndingInLi = new Set(['全', '努', '大', '尽', '极', '竭', '着', '致', '合', '协', '用', '能', '动', '活', '助', '倾', '奋', '鼎', '戮', '勉']);

export function containsStrive(text: string): boolean {
  for (let at = text.indexOf('力争'); at >= 0; at = text.indexOf('力争', at + 2)) {
    if (!wordsEndingInLi.has(text.charAt(at - 1))) return true;
  }
  return false;
}
