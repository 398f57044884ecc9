import { endsSentence, isHan } from './charClass';

/**
 * Removes a site's brand name injected into the document text, e.g. `…合作机制。乐橙，进一步完善…`
 * or `乐橙浙江省…规划`. Nothing is hard-coded: a brand is a run of 2–4 Han characters that recurs in
 * at least two of the lines already removed as site furniture, and that appears in the body only
 * where an injection goes (at the start of a line or sentence, glued before a comma or before the
 * document title). A word that also occurs inside ordinary sentences is the document's own.
 */

export interface InjectedAd {
  brand: string;
  /** 0-based body line. */
  line: number;
}

const minBrand = 2;
const maxBrand = 4;
const minChromeLines = 2;
const commas = '，,、：:';

/** Brand candidates: Han runs found in at least two furniture lines, longest first. */
export function brandCandidates(chromeLines: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const line of chromeLines) {
    const inLine = new Set<string>();
    for (let i = 0; i < line.length; i++) {
      for (let n = minBrand; n <= maxBrand && i + n <= line.length; n++) {
        const run = line.slice(i, i + n);
        if (!isHan(run[run.length - 1])) break;
        if (isHan(run[0])) inLine.add(run);
      }
    }
    for (const run of inLine) seen.set(run, (seen.get(run) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count >= minChromeLines)
    .map(([run]) => run)
    .sort((a, b) => b.length - a.length);
}

/** Removes injected brands from `body`; returns the cleaned lines and what was removed. */
export function removeInjectedAds(body: readonly string[], chromeLines: readonly string[], title?: string): { lines: string[]; removed: InjectedAd[] } {
  const lines = [...body];
  const removed: InjectedAd[] = [];
  for (const brand of brandCandidates(chromeLines)) {
    const places = occurrences(lines, brand);
    if (places.length === 0 || !places.every(([line, at]) => isInjected(lines[line]!, at, brand, title))) continue;
    for (const [line, at] of places.reverse()) {
      const text = lines[line]!;
      const after = at + brand.length;
      const skip = commas.includes(text[after] ?? 'x') ? 1 : 0;
      lines[line] = text.slice(0, at) + text.slice(after + skip);
      removed.push({ brand, line });
    }
  }
  return { lines, removed };
}

function occurrences(lines: readonly string[], brand: string): [number, number][] {
  const found: [number, number][] = [];
  lines.forEach((text, line) => {
    for (let at = text.indexOf(brand); at >= 0; at = text.indexOf(brand, at + brand.length)) found.push([line, at]);
  });
  return found;
}

function isInjected(text: string, at: number, brand: string, title: string | undefined): boolean {
  const before = text[at - 1];
  if (at > 0 && !endsSentence(before) && before !== '；') return false;
  const rest = text.slice(at + brand.length);
  return commas.includes(rest[0] ?? 'x') || (title !== undefined && title.length > 0 && rest.startsWith(title));
}
