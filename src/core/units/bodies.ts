import type { PlanVocabulary } from '../structure/vocabulary';

/**
 * The body test of the spec: a responsible unit is a name ending in an organ's suffix (厅, 局, 委 …)
 * or one of the accepted collective forms. Vague words (`各有关单位`, `相关部门`) name nobody.
 */

/** Openings that make a name vague unless it is one of the accepted collective forms. */
const vagueOpenings = ['相关', '有关', '各有关', '各相关', '其他', '其它'];
/** Vague words that would otherwise pass the suffix test or that drafters often write. */
const vagueNames = new Set(['各地', '各部门', '各单位', '各有关单位', '相关部门', '有关部门', '有关单位', '相关单位', '各级各部门']);

/** Labels of the roles in an assignment (`责任单位：`, `牵头单位：`, `配合单位：`). */
export const leadLabels = ['责任单位', '牵头单位', '责任部门', '牵头部门', '负责部门', '负责单位', '主责单位', '责任主体', '责任处室', '承办单位'];
export const supportLabels = ['配合单位', '配合部门', '参与单位', '协办单位'];
/**
 * A role label standing where a name belongs is a placeholder left from a template (the 行动方案
 * skeleton's `| 1 | 重点任务 | 具体工作 | 责任部门 |`, `（责任单位：责任部门）`): it names nobody.
 */
const roleLabels = new Set([...leadLabels, ...supportLabels]);

/** Vague words, role labels and names opening with a vague word: none names a body. */
function isVague(name: string): boolean {
  return vagueNames.has(name) || roleLabels.has(name) || vagueOpenings.some((opening) => name.startsWith(opening));
}

const separators = new Set(['、', ',', '，', ';', '；']);

/** Strips a trailing `等` (`保税区管理局等`) and surrounding blanks. */
export function cleanBodyName(name: string): string {
  let out = name.trim();
  while (out.endsWith('等')) out = out.slice(0, -1).trimEnd();
  return out;
}

/** Whether `raw` names a responsible body. */
export function isBody(raw: string, vocabulary: PlanVocabulary): boolean {
  const name = cleanBodyName(raw);
  if (name.length < 2 || name.length > 40) return false;
  if (vocabulary.collectiveBodies.includes(name) || vocabulary.collectiveBodies.includes(name.replace(/\(/g, '（').replace(/\)/g, '）'))) {
    return true;
  }
  if (isVague(name)) return false;
  if (/[。：:！？!?“”"]/.test(name)) return false;
  return vocabulary.bodySuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

/** The vague "related" forms a trailing list may add to its bodies: `相关区`, `有关部门`, `各相关单位`. */
export function isRelatedForm(raw: string): boolean {
  const name = cleanBodyName(raw);
  return name.length <= 8 && ['相关', '有关', '各相关', '各有关'].some((opening) => name.startsWith(opening));
}

/**
 * Whether a lead's name holds a body, whole or as its head: `省十大新兴产业推进组工作专班牵头单位`
 * names the units of a 专班. Vague names (`各有关单位`) hold none.
 */
export function containsBody(raw: string, vocabulary: PlanVocabulary): boolean {
  if (isBody(raw, vocabulary)) return true;
  const name = cleanBodyName(raw);
  if (name.length > 40 || isVague(name)) return false;
  for (let end = name.length - 1; end >= 2; end--) if (isBody(name.slice(0, end), vocabulary)) return true;
  return false;
}

/**
 * Whether a member of a `责任单位：` annotation names someone. An annotation is an explicit
 * assignment, so a name need not end in an organ's suffix (`国网浙江省电力公司`), but it must not be vague.
 */
export function isNamedMember(raw: string, vocabulary: PlanVocabulary): boolean {
  if (isBody(raw, vocabulary)) return true;
  const name = cleanBodyName(raw);
  return name.length >= 2 && !isVague(name);
}

/** Splits at any of `separators` outside brackets, so `各县（市、区）人民政府` stays one piece. */
export function splitOutsideBrackets(text: string, separators: ReadonlySet<string>): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    const char = text.charAt(at);
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    if (at === text.length || (depth === 0 && separators.has(char))) {
      pieces.push(text.slice(start, at));
      start = at + 1;
    }
  }
  return pieces;
}

/** Splits a list of units at `、` `，` `,` `；` `;` outside brackets, into cleaned names. */
export function splitMembers(text: string): string[] {
  return splitOutsideBrackets(text, separators)
    .map(cleanBodyName)
    .filter((member) => member.length > 0);
}
