/**
 * Short names a corpus defines for itself: `规划环境影响评价（以下简称规划环评）`,
 * `合同研究组织（CRO）`. Each definition is a pair of forms the alias expansion (`aliasExpansion`)
 * treats as one name, so a draft that writes 规划环评 also finds the precedents that spell it out,
 * and the other way round. Mined when an index is built, from the corpus being indexed: own folders
 * bring their own names, which no hand-written table (`policyAliases`) can know.
 *
 * The scan reads each parenthesis once with bounded look-ahead and look-behind (no regular
 * expression runs over the text itself), so it is linear in the text whatever the input.
 */

/** A defined name: its full form and the short form the text introduces for it. */
export interface DefinedName {
  full: string;
  short: string;
}

/** A parenthesis longer than this holds no short name (`（以下简称“联席会议”）` is 11). */
const maxInside = 24;
/** The full form is read back at most this far, and only over Chinese characters. */
const maxFull = 24;
/** Short forms of fewer characters say nothing on their own (`（简称A）`). */
const minShort = 2;
const maxShort = 12;

const introducers = ['以下简称', '以下称', '下称', '简称'];
const quotes = new Set([...'“”"「」『』‘’\'《》']);

/** A Latin abbreviation's full form is at most this long: longer runs hold the sentence's verb … */
const maxLatinFull = 12;
/** … and at least this long: two characters left of a cut run are a word (`制造`, `接口`), not the name. */
const minLatinFull = 3;

/**
 * Words before a Latin abbreviation's name that are not part of it: the sentence's verb
 * (`大力培育` … `新药研发合同外包服务（CRO）`); the name starts after the last of them.
 */
const leadWords = new Set(
  (
    '通过 基于 围绕 依托 推动 推进 支持 鼓励 培育 引培 发展 建设 建立 加快 加强 开展 实施 突破 采用 探索 包括 打造 提升 ' +
    '引进 引导 构建 完善 落实 积极 大力 一批 以及 推广 参与 完成 新增 应用 部署 实现 促进 利用 开发 进一步 力争 深化 运用 导入 赋能'
  ).split(' '),
);

/** One-character words that link a sentence's phrases (as words of their own): a name starts after them too. */
const linking = new Set([...'的占是将对在为于把向从由以继按']);
/** … and those that may join two parts of one name (`政府和社会资本合作`) but do not start one. */
const opening = new Set([...'和与及等并']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Every definition in `text`, in order; a text may define the same name twice. */
export function definedNames(text: string): DefinedName[] {
  const out: DefinedName[] = [];
  for (let open = 0; open < text.length; open++) {
    const unit = text.charCodeAt(open);
    if (unit !== 0xff08 && unit !== 0x28) continue; // （ or (
    const close = closing(text, open + 1);
    if (close < 0) continue;
    const found = definition(text, open, text.slice(open + 1, close));
    if (found) out.push(found);
    open = close;
  }
  return out;
}

/** The closing parenthesis within `maxInside` units of `from`, or -1 (another opening ends the search). */
function closing(text: string, from: number): number {
  const end = Math.min(text.length, from + maxInside + 1);
  for (let i = from; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0xff09 || unit === 0x29) return i;
    if (unit === 0xff08 || unit === 0x28) return -1;
  }
  return -1;
}

function definition(text: string, open: number, inside: string): DefinedName | undefined {
  const before = chineseRun(text, open);
  if (before.length < 2) return undefined;
  const introducer = introducers.find((word) => inside.startsWith(word));
  if (introducer) {
    const short = unquoted(inside.slice(introducer.length).replace(/^[:：]/u, ''));
    if (short && isLatinAbbreviation(short)) return latin(before, short);
    if (!short || short.length < minShort || short.length > maxShort || !isChinese(short)) return undefined;
    const full = shortestHolding(before, short);
    return full && full !== short ? { full, short } : undefined;
  }
  return isLatinAbbreviation(inside) ? latin(before, inside) : undefined;
}

/** A Latin abbreviation's full form: the phrase before it, without the sentence's verb. */
function latin(before: string, short: string): DefinedName | undefined {
  const full = withoutLead(before);
  return full.length >= minLatinFull ? { full, short } : undefined;
}

/** The Chinese characters right before `end`, at most `maxFull`: the sentence's last phrase. */
function chineseRun(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < maxFull && isChineseUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The form without one pair of quotes or title marks; undefined when a quote remains inside. */
function unquoted(form: string): string | undefined {
  const trimmed = form.replace(/^[“"「『‘'《]/u, '').replace(/[”"」』’'》]$/u, '');
  return [...trimmed].some((c) => quotes.has(c)) ? undefined : trimmed;
}

/**
 * The shortest end of `run` that holds the short form's characters in order: `国家自然科学基金委员会`
 * for 自然科学基金委. A short form that is not such an abbreviation (`两高` for 高耗能高排放) gives
 * none: where the full form starts cannot then be told.
 */
function shortestHolding(run: string, short: string): string | undefined {
  let at = run.length;
  for (let i = short.length - 1; i >= 0; i--) {
    at = run.lastIndexOf(short[i]!, at - 1);
    if (at < 0) return undefined;
  }
  return run.slice(at);
}

/**
 * The name at the end of `run`: after the sentence's last verb or linking character
 * (`节点加快部署窄带物联网` → `窄带物联网`, `控制于一体的信息物理系统` → `信息物理系统`), at most
 * `maxLatinFull` characters cut at a word boundary, and not opening with a conjunction.
 */
function withoutLead(run: string): string {
  const all = [...segmenter.segment(run)].map((s) => s.segment);
  const words = all.slice(all.reduce((last, word, i) => (linking.has(word) || leadWords.has(word) ? i : last), -1) + 1);
  let length = words.reduce((sum, word) => sum + word.length, 0);
  let start = 0;
  while (start < words.length && (length > maxLatinFull || opening.has(words[start]!))) length -= words[start++]!.length;
  return words.slice(start).join('');
}

/** `CRO`, `CDMO`, `VOCs`, `NB-IoT`: Latin letters (two of them capitals), digits and hyphens, up to ten. */
function isLatinAbbreviation(form: string): boolean {
  if (form.length < 2 || form.length > 10 || !isAsciiLetter(form.charCodeAt(0))) return false;
  let capitals = 0;
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    if (unit >= 65 && unit <= 90) capitals++;
    else if (!isAsciiLetter(unit) && !(unit >= 48 && unit <= 57) && unit !== 45) return false;
  }
  return capitals >= 2;
}

const isAsciiLetter = (unit: number): boolean => (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
/** CJK unified ideographs and extension A: the characters a Chinese name is written in. */
const isChineseUnit = (unit: number): boolean => (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf);
const isChinese = (form: string): boolean => [...form].every((c) => isChineseUnit(c.charCodeAt(0)));

/**
 * The distinct definitions of a corpus's texts, in the order first met. Where one text's full form
 * of a short name ends with another's (`为消费者提供人工智能（AI）` and `人工智能（AI）`), the run
 * before the parenthesis held more than the name: the form defined more often is kept, the
 * shorter on a tie.
 */
export function corpusDefinedNames(texts: Iterable<string>): DefinedName[] {
  const tally = new NameTally();
  for (const text of texts) tally.add(text);
  return tally.names();
}

/** `corpusDefinedNames` with `pause()` after about every `sliceChars` characters read, for an editor's thread. */
export async function corpusDefinedNamesYielding(texts: Iterable<string>, pause: () => Promise<void>, sliceChars = 200_000): Promise<DefinedName[]> {
  const tally = new NameTally();
  let read = 0;
  for (const text of texts) {
    tally.add(text);
    read += text.length;
    if (read >= sliceChars) {
      read = 0;
      await pause();
    }
  }
  return tally.names();
}

interface Tallied {
  name: DefinedName;
  count: number;
}

/**
 * How often each definition occurs, then the names `corpusDefinedNames` keeps: fed the texts one at
 * a time, so a caller that meets them one by one (`EngineBuild`) mines them as they come.
 */
export class NameTally {
  private readonly counts = new Map<string, Tallied>();

  add(text: string): void {
    for (const name of definedNames(text)) {
      const key = `${name.full}\u0000${name.short}`;
      const known = this.counts.get(key);
      if (known) known.count++;
      else this.counts.set(key, { name, count: 1 });
    }
  }

  names(): DefinedName[] {
    const all = [...this.counts.values()];
    // Only definitions of one short name compete.
    const byShort = new Map<string, Tallied[]>();
    for (const entry of all) {
      const group = byShort.get(entry.name.short);
      if (group) group.push(entry);
      else byShort.set(entry.name.short, [entry]);
    }
    const outranked = new Set<Tallied>();
    for (const group of byShort.values()) for (const entry of outrankedIn(group)) outranked.add(entry);
    return all.filter((entry) => !outranked.has(entry)).map((entry) => entry.name);
  }
}

/** A trie over full forms read from their end: a form's ancestors are the forms it ends with. */
interface SuffixNode {
  children: Map<number, SuffixNode>;
  entry?: Tallied;
}

/**
 * The definitions of one short name outranked by another whose full form ends with theirs or that
 * theirs ends with: one defined more often, or as often and shorter. Compared through a trie of
 * the forms read backwards, so it is linear in their characters: comparing each with each was
 * quadratic, and one short name can have thousands of full forms in a large own folder.
 */
function outrankedIn(group: readonly Tallied[]): Tallied[] {
  const root: SuffixNode = { children: new Map() };
  for (const entry of group) {
    let node = root;
    const full = entry.name.full;
    for (let i = full.length - 1; i >= 0; i--) {
      const unit = full.charCodeAt(i);
      let child = node.children.get(unit);
      if (!child) node.children.set(unit, (child = { children: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  const out: Tallied[] = [];
  // Depth first, without recursion: `above` is the highest count among the forms a node ends with
  // (shorter, so they win a tie); the highest count below it (longer forms) is known on the way back.
  const highestBelow = new Map<SuffixNode, number>();
  const stack: { node: SuffixNode; above: number; visited: boolean }[] = [{ node: root, above: -1, visited: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node, above } = frame;
    if (!frame.visited) {
      frame.visited = true;
      const passed = Math.max(above, node.entry?.count ?? -1);
      for (const child of node.children.values()) stack.push({ node: child, above: passed, visited: false });
      continue;
    }
    stack.pop();
    let below = -1;
    for (const child of node.children.values()) below = Math.max(below, highestBelow.get(child)!, child.entry?.count ?? -1);
    highestBelow.set(node, below);
    if (node.entry && (above >= node.entry.count || below > node.entry.count)) out.push(node.entry);
  }
  return out;
}
