import { renamedBodies, type RenamedBody } from './renamedBodies';

/**
 * Finds the body names a reform replaced (renamedBodies.ts) in a text, the way a reviewer reads
 * them: the longest listed name wins; a name in a cited document's title (`《国家卫生计生委关于…》`),
 * after `原`/`前` (`原市环保局`) or inside a current name (`文化和旅游局`, `煤矿安监局`, `农业部门`) is
 * no finding. Used by the outdated-name check, unit-name completion and the precedent hover.
 */
export interface OutdatedName {
  /** Offsets of the old name in the text (its level prefix left out, so a replacement keeps it). */
  start: number;
  end: number;
  /** The old name as written (`卫计委`, `中国银监会`). */
  written: string;
  body: RenamedBody;
  /** The current names for its level; two when two are possible. */
  current: readonly string[];
}

const byLength = [...renamedBodies].sort((a, b) => b.old.length - a.old.length);
const oldNames = new RegExp(byLength.map((body) => body.old).join('|'), 'g');
const bodyByName = new Map(renamedBodies.map((body) => [body.old, body]));

/** Characters that may stand between `原` and the name: a level prefix or a place name. */
const prefixChar = /[\u4e00-\u9fff]/;
/** Words ending in 前 that are no `前` of a former body (目前, 当前 …). */
const notFormer = /(?:目|当|此|之|提|以|面|眼|空|超|向|年|日|月|节|会|事)前$/;

function isFormer(text: string, start: number): boolean {
  // 原 or 前 right before the name, or before a short level prefix (原县扶贫办, 原省环保厅).
  for (let at = start - 1; at >= 0 && at >= start - 6; at--) {
    const char = text[at]!;
    if (char === '原') return true;
    if (char === '前') return !notFormer.test(text.slice(Math.max(0, at - 1), at + 1));
    if (!prefixChar.test(char)) return false;
  }
  return false;
}

function inCitedTitle(text: string, start: number): boolean {
  const open = text.lastIndexOf('《', start);
  return open >= 0 && text.lastIndexOf('》', start) < open;
}

/** A listed name that is only part of a current name or of another word. */
function insideCurrentName(text: string, start: number, end: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 1);
  if (name.endsWith('部') && (after === '门' || after === '长')) return true;
  if (name.endsWith('局') && (after === '面' || after === '势')) return true;
  if ((name.startsWith('旅游') || name.startsWith('文化')) && (before.endsWith('和') || /广电|文广|体育|文体|广播|新闻/.test(before))) return true;
  if (name === '安监局' && before === '煤矿') return true;
  // 国家矿山安全监察局, 煤矿安全监察局: current bodies, not the 监察厅/局 the 监察委员会 replaced.
  if (name.startsWith('监察') && before.endsWith('安全')) return true;
  // 沪农委〔2020〕60号: a document number keeps the issuer's abbreviation of its day.
  if ('〔［[('.includes(after) && /^[〔［\[(]\d{4}/.test(text.slice(end, end + 5))) return true;
  if (name.startsWith('农业') && /畜牧|林业/.test(before)) return true;
  return false;
}

function currentFor(body: RenamedBody, prefix: string): readonly string[] {
  if (/国家$/.test(prefix) && body.national) return body.national;
  if (/(?:省|自治区|省级)$/.test(prefix) && body.province) return body.province;
  return body.current;
}

export function findOutdatedNames(text: string): OutdatedName[] {
  const found: OutdatedName[] = [];
  for (const match of text.matchAll(oldNames)) {
    const name = match[0];
    let start = match.index;
    let end = start + name.length;
    const body = bodyByName.get(name)!;
    if (inCitedTitle(text, start) || isFormer(text, start) || insideCurrentName(text, start, end, name)) continue;
    let current = currentFor(body, text.slice(Math.max(0, start - 3), start));
    // 卫计委员会, 旅游委员会: the name's long form; 中国银监会: the national name replaces the whole.
    if (name.endsWith('委') && text.startsWith('员会', end)) {
      end += 2;
      current = current.map((c) => (c.endsWith('委') ? `${c}员会` : c));
    }
    if (name.endsWith('会') && text.slice(start - 2, start) === '中国') start -= 2;
    found.push({ start, end, written: text.slice(start, end), body, current });
  }
  return found;
}

/**
 * Each outdated name in a text with its current name(s), for the precedent hover: an old name in a
 * precedent is shown with what it is called now (`市卫生计生委（现市卫生健康委）`).
 */
export function currentNameNotes(text: string): { written: string; current: readonly string[]; year: number }[] {
  return findOutdatedNames(text).map(({ written, current, body }) => ({ written, current, year: body.year }));
}

/** Whether a unit name is one a reform replaced: completion offers current names only. */
export function isOutdatedName(name: string): boolean {
  return findOutdatedNames(name).length > 0;
}

/**
 * A unit name as it is called now: each name a reform replaced written in its current form, the
 * level prefix kept (`市卫生计生委` → `市卫生健康委`); one name per possibility where two current
 * names are possible (`县扶贫办` → `县乡村振兴局`, `县农业农村局`). A current name comes back as is.
 */
export function currentUnitNames(name: string): string[] {
  const [first] = findOutdatedNames(name);
  if (!first) return [name];
  return first.current.flatMap((current) => currentUnitNames(`${name.slice(0, first.start)}${current}${name.slice(first.end)}`));
}
