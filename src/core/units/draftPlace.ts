import { defaultVocabulary } from '../structure/vocabulary';
import { splitLines } from '../text/lines';
import { isBody } from './bodies';
import { bodyAtLevel, sameBodyKey } from './levelNames';
import { currentUnitNames } from './outdatedNames';

/**
 * Whose plan a draft is: its administrative level and region, from the front matter (`level: 市级`,
 * `region: 杭州市`) or the title (`某市数字经济发展行动方案`, `浦东新区…`), else from how its text
 * says "the whole jurisdiction" (全市, 全省 …). Unit suggestions then speak the draft's level:
 * `省科技厅` in a 市 plan becomes `市科技局`, and another place's named body (张江管理局,
 * 杭州市政府) is never offered unless the draft is about that place.
 */

export type Level = '省' | '市' | '区' | '县';

export interface DraftPlace {
  level?: Level;
  /** As the title writes it: `杭州市`, `某市`, `上海市浦东新区`. */
  region?: string;
}

const levelOfWord: Record<string, Level> = { 省级: '省', 市级: '市', 区级: '区', 县级: '县' };

/** A place at the start of a title: names ending in a level word, nested (`上海市浦东新区`). */
const placeAtStart = /^(?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区|市|自治州|新区|区|县)){1,3}/u;
/** Words that end like a place and are none (`城市…`, `市场…`, `地区…`) are refused by the next character. */
const notAPlace = /^(?:城市|都市|市场|地区|社区|园区|景区|片区|街区|专区|省份)/u;

function levelOfPlace(place: string): Level | undefined {
  if (/(?:新区|区)$/u.test(place)) return '区';
  if (/县$/u.test(place)) return '县';
  if (/(?:市|自治州)$/u.test(place)) return '市';
  if (/(?:省|自治区)$/u.test(place)) return '省';
  return undefined;
}

/** Reads the draft's front matter, title (first content line) and, failing those, its 全X words. */
export function draftPlace(lines: readonly string[]): DraftPlace {
  const place: DraftPlace = {};
  let start = 0;
  if (lines[0]?.trim() === '---') {
    for (let i = 1; i < lines.length && i < 60; i++) {
      const text = lines[i]!.trim();
      if (text === '---') {
        start = i + 1;
        break;
      }
      const level = /^level\s*:\s*["']?(省级|市级|区级|县级)/u.exec(text)?.[1];
      if (level) place.level = levelOfWord[level];
      const region = /^region\s*:\s*["']?([^"'\s]+)/u.exec(text)?.[1];
      if (region) place.region = region;
    }
  }
  if (!place.region) {
    const title = lines.slice(start, start + 20).find((line) => line.trim() !== '');
    const heading = title?.replace(/^\s*#+\s*/u, '').trim() ?? '';
    const found = notAPlace.test(heading) ? undefined : placeAtStart.exec(heading)?.[0];
    if (found && !notAPlace.test(heading.slice(found.length - 1))) place.region = found;
  }
  place.level ??= place.region ? levelOfPlace(place.region) : undefined;
  place.level ??= levelFromWholeWords(lines);
  return place;
}

/** The level whose 全X word the text uses most (全市 ×5, 全省 ×1 → 市). */
function levelFromWholeWords(lines: readonly string[]): Level | undefined {
  const counts: Record<Level, number> = { 省: 0, 市: 0, 区: 0, 县: 0 };
  for (const line of lines) for (const match of line.matchAll(/全(省|市|区|县)/gu)) counts[match[1] as Level]++;
  const [best, count] = (Object.entries(counts) as [Level, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : undefined;
}

/** A level prefix: `省科技厅`, `市委网信办`, `县级有关部门`; not the 市 of `市场监管局` standing alone. */
const levelPrefix = /^(省|市|区|县)(?=[\u4e00-\u9fa5]{2})(?!场)/u;

/**
 * A unit name as the draft's level calls that body (levelNames.ts): none, one or two names, none
 * when it names another place's own body (or a national one) or a body the table does not know at
 * another level, so nothing is invented.
 *
 * @example adaptUnit('省科技厅', { level: '市' }) // ['市科技局']
 * @example adaptUnit('区科经委', { level: '市' }) // ['市科技局', '市经信局']
 * @example adaptUnit('张江管理局', { level: '市' }) // []
 */
export function adaptUnit(name: string, place: DraftPlace): string[] {
  const level = place.level;
  const prefix = levelPrefix.exec(name)?.[1] as Level | undefined;
  if (prefix) {
    // A draft of no known level keeps the level a name gives.
    if (!level) return [name];
    return bodyAtLevel(name.slice(1), prefix, level, place.region).map((body) => `${level}${body}`);
  }
  // A body of a named place (`杭州市政府`, `浦东新区发改委`, `张江管理局`): only in that place's own plan.
  const region = place.region ?? '';
  const stem = region.replace(/(?:省|自治区|市|自治州|新区|区|县)$/u, '');
  if (stem.length >= 2 && !region.startsWith('某') && name.startsWith(stem)) return [name];
  if (/^(?:国家|国务院|中央|全国)|总局$/u.test(name)) return [];
  if (/^[\u4e00-\u9fa5]{2,}?(?:省|自治区|市|自治州|新区|区|县)/u.test(name) && !/^(?:各|有关|相关)/u.test(name)) return [];
  if (/管理局$|管委会$/u.test(name)) return [];
  // A customs office is named by its city (杭州海关, 宁波海关).
  if (/^[\u4e00-\u9fa5]{2,4}海关$/u.test(name)) return [];
  // `有关设区市政府`: the cities under a province, addressed by a provincial plan only.
  if (name.includes('设区市') && level !== '省') return [];
  return [name];
}

/**
 * Unit suggestions in the draft's terms: the names the draft already uses first (most used
 * first), then the others adapted to its level, each body once in the first form met (`市发改委`
 * after `市发展改革委` is left out), those naming another place left out,
 * and every name a reform replaced by its current name (`市卫生计生委` → `市卫生健康委`).
 */
export function unitsForDraft(own: readonly string[], others: readonly string[], place: DraftPlace): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Current names first: the table knows bodies as they are called now (`省食药监局` → `省药监局` → `市市场监管局`).
  const current = (names: readonly string[]): string[] => names.flatMap(currentUnitNames);
  for (const name of [...current(own), ...current(others).flatMap((n) => adaptUnit(n, place))]) {
    const key = sameBodyKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** `（责任单位：A、B）`, `（牵头单位：A；配合单位：B）` as the draft writes them; one bracket at most 200 characters. */
const annotation = /[（(](?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门)[：:]([^）)\n]{1,200})[）)]/gu;

/**
 * `（A牵头，B、C按职责分工负责）`, `（A、B按职责分工负责）`, `（A牵头，B配合）`: the lead form the skeletons
 * and most plans write. Its names are kept only where they pass the body test, as prose may sit in
 * such a bracket.
 */
const lead = /[（(]([^（）()\n]{2,200}?(?:牵头|按职责分工负责|负责|配合))[）)]/gu;
const roleEnding = /(?:牵头|按职责分工负责|按职责分工|共同负责|负责|配合|参与)$/u;

/** The draft's unit context, kept for the last text asked about: every finding of a lint asks. */
let last: { text: string; context: { own: string[]; place: DraftPlace } } | undefined;

/**
 * The units a draft's annotations and leads name (most used first) and its level and region, read from its
 * text: what every unit suggestion (quick fix, completion) is adapted to.
 */
export function draftUnitContext(text: string): { own: string[]; place: DraftPlace } {
  if (last?.text === text) return last.context;
  const counts = new Map<string, number>();
  const count = (name: string): void => void counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const match of text.matchAll(annotation)) {
    for (const name of match[1]!.split(/[、，,；;：:]|牵头单位|配合单位/u)) {
      const trimmed = name.trim();
      if (trimmed.length >= 2 && trimmed.length <= 30) count(trimmed);
    }
  }
  for (const match of text.matchAll(lead)) {
    for (const segment of match[1]!.split(/[，,；;]/u)) {
      for (const name of segment.trim().replace(roleEnding, '').split('、')) {
        const trimmed = name.trim();
        if (trimmed.length <= 30 && isBody(trimmed, defaultVocabulary)) count(trimmed);
      }
    }
  }
  const own = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const context = { own, place: draftPlace(splitLines(text, 200)) };
  last = { text, context };
  return context;
}
