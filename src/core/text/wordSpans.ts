/**
 * Where a Chinese text may be cut or compared word by word: `Intl.Segmenter` words, with a number
 * kept whole with the units after it (`1.5万个`, `1000亿元`, `2027年底`, `50%`). A search row cut at
 * `202|7年` or a diff marking `1**0**00亿元` reads as a different figure.
 */

export interface WordSpan {
  start: number;
  end: number;
  /** Whether the span holds a letter or digit (punctuation and spaces do not). */
  wordLike: boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const digit = /[0-9０-９]/u;
const digits = /^[0-9０-９.．,，]+$/u;
/** Measure words and units that follow a number in plans: `10个`, `1000亿元`, `50%`, `2025年`, `1类`. */
const unitHead = /^[个家项亿万千百十元%％‰倍人次条张套亩米吨台座所种类批件例床户名岁天年月日期级轮代只余多]/u;

/** The spans of `text`, in order and covering it, each number merged with its units (`1000|亿|元` → `1000亿元`). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let number: WordSpan | undefined;
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    const end = index + segment.length;
    // A thousands separator or decimal point splits a figure only when digits follow it (`1,000`).
    const joins = number && number.end === index && segment.length <= 3 && (unitHead.test(segment) || (digits.test(segment) && digit.test(segment)));
    if (number && joins) {
      number.end = end;
      continue;
    }
    const span = { start: index, end, wordLike: isWordLike === true };
    spans.push(span);
    number = digit.test(segment) ? span : undefined;
  }
  return spans;
}

/** The nearest word start at or before `at`, when no further back than `reach` (else `at`). */
export function wordStartAtOrBefore(spans: readonly WordSpan[], at: number, reach: number): number {
  let best: number | undefined;
  for (const span of spans) {
    if (span.start > at) break;
    best = span.start;
  }
  return best !== undefined && at - best <= reach ? best : at;
}

/** The nearest word start at or after `at` (`limit` when none). */
export function wordStartAtOrAfter(spans: readonly WordSpan[], at: number, limit: number): number {
  return spans.find((span) => span.start >= at)?.start ?? limit;
}

/** The nearest word end at or before `at` (0 when none). */
export function wordEndAtOrBefore(spans: readonly WordSpan[], at: number): number {
  let best = 0;
  for (const span of spans) {
    if (span.end > at) break;
    best = span.end;
  }
  return best;
}
