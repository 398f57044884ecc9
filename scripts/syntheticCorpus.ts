import type { SearchClause, SearchCorpus, SearchDocument } from '../src/core/search/types';

/**
 * Synthetic corpora for the benchmark, reproducible from a seed: sentences of the bundled corpus
 * recombined into clauses, with numbers and place names varied, grouped into documents of about
 * a hundred clauses. They have the vocabulary and lengths of real plans at any size.
 */

/** mulberry32: small, fast and good enough to make the same corpus on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ['浙江省', '江苏省', '山东省', '广东省', '四川省', '湖北省', '福建省', '安徽省', '杭州市', '苏州市', '成都市', '武汉市', '青岛市', '合肥市', '厦门市', '浦东新区'];
const placePattern = new RegExp(places.join('|'), 'g');

/** Sentences (ending in 。 or ；) of at least a few characters, from the corpus clause texts. */
export function sentencesOf(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '。' || text[i] === '；' || i === text.length - 1) {
        const sentence = text.slice(start, i + 1).trim();
        if (sentence.length >= 8) out.push(sentence);
        start = i + 1;
      }
    }
  }
  return out;
}

/** Replaces every run of digits by another number of similar size, and places by other places. */
export function vary(sentence: string, random: () => number): string {
  let out = '';
  let digits = '';
  const flush = (): void => {
    if (digits === '') return;
    const year = digits.length === 4 && digits.startsWith('20');
    out += year ? String(2021 + Math.floor(random() * 15)) : String(Math.max(1, Math.round(Number(digits) * (0.5 + random()))));
    digits = '';
  };
  for (const char of sentence) {
    if (char >= '0' && char <= '9') digits += char;
    else {
      flush();
      out += char;
    }
  }
  flush();
  return out.replace(placePattern, () => places[Math.floor(random() * places.length)]!);
}

export function syntheticCorpus(sentences: string[], clauses: number, seed: number): SearchCorpus {
  const random = seededRandom(seed);
  const pick = (): string => sentences[Math.floor(random() * sentences.length)]!;
  const documents: SearchDocument[] = [];
  const out: SearchClause[] = [];
  for (let i = 0; i < clauses; i++) {
    if (i % 100 === 0) {
      const place = places[documents.length % places.length]!;
      documents.push({
        id: `synthetic-${documents.length}`,
        title: `${place}合成规划${documents.length}`,
        shortName: `${place} 合成规划${documents.length}`,
        level: '省级',
        year: 2021 + (documents.length % 5),
      });
    }
    const length = 1 + Math.floor(random() * 3);
    const text = Array.from({ length }, () => vary(pick(), random)).join('');
    out.push({ doc: documents.length - 1, text, path: [`第${(i % 7) + 1}部分`], line: i % 100, targets: [], units: [] });
  }
  return { documents, clauses: out };
}

/** Draft-like clauses: recombined and varied as the corpus is, then edited a little, so none is verbatim. */
export function hoverQueries(sentences: string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const text = vary(sentences[Math.floor(random() * sentences.length)]!, random) + vary(sentences[Math.floor(random() * sentences.length)]!, random);
    const chars = [...text];
    for (let k = 0; k < chars.length / 12; k++) chars.splice(Math.floor(random() * chars.length), 1);
    return chars.join('').slice(0, 160);
  });
}

/** A few words as typed: substrings of 2–8 characters, some two words apart, some with a typo. */
export function paletteQueries(sentences: string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const word = (): string => {
    const sentence = sentences[Math.floor(random() * sentences.length)]!.replace(/[\p{P}\p{S}\s]/gu, '');
    const length = 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * Math.max(1, sentence.length - length));
    return sentence.slice(start, start + length);
  };
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 === 3) return `${word().slice(0, 3)} ${word().slice(0, 3)}`;
    const typed = word();
    if (i % 5 === 4 && typed.length > 3) return typed.slice(0, 1) + sentences[i % sentences.length]!.charAt(2) + typed.slice(2);
    return typed;
  });
}
