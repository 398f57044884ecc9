/**
 * Which words of a draft clause say what it is about. A plan's measure opens with its object
 * (`设立“算力券”`, `推行“工业上楼”模式`, `建设数据标注基地`) and then says for whom, how much and by
 * when (`对中小企业……按实际支出的30%给予补贴，单家每年最高100万元`). A precedent shares the object;
 * a clause sharing only the tail's words (subsidy rates, 每年最高) is on another topic, yet rarity
 * alone weighs `给予补贴` like `算力`. So the opening phrase's words weigh more.
 */

export interface FocusShape {
  /** Weight of the opening phrase's words against the rest's (1: no focus). */
  weight: number;
  /** An opening phrase longer than this is not a head: the clause is one long sentence. */
  maxChars: number;
}

/** A letter or digit: what a search key keeps of a text. */
const wordCharacter = /[\p{L}\p{N}]/u;

/** Phrases end at a comma, colon or sentence end. */
const phraseEnd = /[，,。；;：:！？!?]/u;

/**
 * A heading number or a time that opens a clause (`（三）`, `2.`, `到2027年`): what a precedent
 * states differently, not its topic.
 */
const notTopic = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:(?:力争)?(?:到|至|截至|截止)?\s*\d{4}\s*年(?:底|末)?(?:以前|前)?)?\s*/u;

/**
 * The opening phrase of a draft clause that names its object, and the weight its words get;
 * undefined when the clause has no such phrase (one long sentence, a target clause, or focus
 * turned off).
 */
export function queryHead(text: string, shape: FocusShape): { text: string; weight: number } | undefined {
  if (shape.weight === 1) return undefined;
  let rest = text;
  for (;;) {
    const lead = notTopic.exec(rest)![0].length;
    const end = rest.search(phraseEnd);
    if (end >= 0 && end <= lead) {
      // `到2027年，` opens a target clause: the targets after it stand side by side, none the object.
      if (/\d\s*年/u.test(rest.slice(0, end))) return undefined;
      rest = rest.slice(end + 1);
      continue;
    }
    // A clause that is one phrase is all object: weighing all of it more would change nothing.
    const head = end < 0 || !wordCharacter.test(rest.slice(end + 1)) ? '' : rest.slice(lead, end).trim();
    return head.length >= 2 && head.length <= shape.maxChars ? { text: head, weight: shape.weight } : undefined;
  }
}
