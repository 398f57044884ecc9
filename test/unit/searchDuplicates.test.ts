import * as assert from 'node:assert/strict';
import { bigramSet, containment, diceSimilarity, nearDuplicate } from '../../src/core/search/bigramSimilarity';
import { ClauseKeys } from '../../src/core/search/clauseKeys';
import { diffText, markDifferences } from '../../src/core/search/markDifferences';
import { clauseSearchKey } from '../../src/core/search/normalizeKey';

/** The test the hover folded duplicates by before `nearDuplicate`: both figures, computed whole. */
const byFigures = (a: Int32Array, b: Int32Array, dice: number, contained: number): boolean => diceSimilarity(a, b) >= dice || containment(a, b) >= contained;

/** A seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('near-duplicate clauses (hover folding)', () => {
  const clauses = [
    '加快建设生物医药产业园区，推动创新药和高端医疗器械产业化。',
    '加快建设生物医药产业园区，推动创新药和高端医疗器械产业化。（责任单位：市发展改革委、市科技局）',
    '推动创新药和高端医疗器械产业化，加快建设生物医药产业园区。',
    '完善养老服务体系，到2025年每千名老年人拥有养老床位数达到40张。',
    '加快建设生物医药产业园区。',
    '',
  ];

  it('answers as Dice and containment computed whole, for real clauses', () => {
    for (const x of clauses) {
      for (const y of clauses) {
        const [a, b] = [bigramSet(clauseSearchKey(x)), bigramSet(clauseSearchKey(y))];
        for (const [dice, contained] of [
          [0.9, 0.8],
          [0.5, 0.95],
          [0, 1],
          [1, 0.3],
        ] as const) {
          assert.equal(nearDuplicate(a, b, dice, contained), byFigures(a, b, dice, contained), `${x} | ${y} at ${dice}/${contained}`);
        }
      }
    }
  });

  it('answers as the figures for random sets of unlike sizes and overlaps', () => {
    const next = random(13);
    const set = (size: number, range: number): Int32Array => {
      const values = new Set<number>();
      while (values.size < size) values.add(Math.floor(next() * range));
      return Int32Array.from(values).sort();
    };
    for (let i = 0; i < 3000; i++) {
      const range = 20 + Math.floor(next() * 3000);
      const a = set(Math.floor(next() * Math.min(range, 400)), range);
      const b = set(Math.floor(next() * Math.min(range, 2000)), range);
      const dice = Math.round(next() * 10) / 10;
      const contained = Math.round(next() * 10) / 10;
      assert.equal(nearDuplicate(a, b, dice, contained), byFigures(a, b, dice, contained), `case ${i}`);
    }
  });

  it('keeps a clause key computed once, and starts afresh when full', () => {
    const read: number[] = [];
    const keys = new ClauseKeys((clause) => (read.push(clause), clauses[clause]!), 2);
    assert.equal(keys.of(0).key, clauseSearchKey(clauses[0]!));
    assert.deepEqual([...keys.of(0).grams], [...bigramSet(clauseSearchKey(clauses[0]!))]);
    keys.of(1);
    keys.of(3);
    keys.of(3);
    assert.deepEqual(read, [0, 1, 3]);
    keys.of(0);
    assert.deepEqual(read, [0, 1, 3, 0]);
  });

  it('marks a precedent alike whether its words were cut before or not', () => {
    const draft = '到2027年，累计获批一类创新药8个以上，生物医药产业规模达到1000亿元。';
    const precedent = '到2025年，力争获批上市国产1类新药10个以上，产业规模突破1500亿元。';
    assert.deepEqual(markDifferences(diffText(draft), diffText(precedent)), markDifferences(draft, precedent));
  });
});
