import * as assert from 'node:assert/strict';
import { fitLogistic, fitWithinQuery, type Sample } from '../../scripts/logisticFit';

/** The fits `npm run calibrate` and scripts/analyseConfidence.ts measure the confidence with. */
describe('logistic fits', () => {
  const logistic = (w: number[], x: number[]): number => 1 / (1 + Math.exp(-(w[0]! + x.reduce((s, v, i) => s + v * w[i + 1]!, 0))));

  const cases: { name: string; samples: Sample[]; sign: number[] }[] = [
    {
      name: 'a feature that marks the precedents gets a positive weight',
      samples: [0.1, 0.2, 0.3, 0.7, 0.8, 0.9].map((v) => ({ x: [v], y: v > 0.5 })),
      sign: [1],
    },
    {
      name: 'a feature that marks the others gets a negative weight, a useless one little',
      samples: [0.1, 0.2, 0.3, 0.7, 0.8, 0.9].map((v, i) => ({ x: [v, i % 2], y: v < 0.5 })),
      sign: [-1, 0],
    },
  ];
  for (const { name, samples, sign } of cases) {
    it(name, () => {
      const w = fitLogistic(samples, { steps: 4_000 });
      sign.forEach((s, i) => (s === 0 ? assert.ok(Math.abs(w[i + 1]!) < Math.abs(w[1]!) / 4) : assert.equal(Math.sign(w[i + 1]!), s)));
      for (const sample of samples) assert.equal(logistic(w, sample.x) > 0.5, sample.y, `${sample.x.join(',')}`);
    });
  }

  it('a sample weighing 2 counts as two samples', () => {
    const base: Sample[] = [
      { x: [0.2], y: false },
      { x: [0.4], y: true },
      { x: [0.6], y: false },
      { x: [0.8], y: true },
    ];
    const doubled = fitLogistic([...base, base[1]!], { steps: 2_000 });
    const weighted = fitLogistic(
      base.map((s, i) => (i === 1 ? { ...s, weight: 2 } : s)),
      { steps: 2_000 },
    );
    doubled.forEach((w, i) => assert.ok(Math.abs(w - weighted[i]!) < 1e-9));
  });

  const groups: { name: string; groups: Sample[][]; first: number[] }[] = [
    {
      name: 'within queries, the feature that orders the precedents first wins whatever the query level',
      groups: [
        [
          { x: [0.9, 0.1], y: true },
          { x: [0.5, 0.8], y: false },
          { x: [0.2, 0.3], y: false },
        ],
        [
          { x: [0.4, 0.9], y: true },
          { x: [0.1, 0.2], y: false },
          { x: [0.05, 0.95], y: false },
        ],
      ],
      first: [0, 0],
    },
  ];
  for (const { name, groups: g, first } of groups) {
    it(name, () => {
      const w = fitWithinQuery([...g, [{ x: [0.3, 0.3], y: false }]]);
      assert.equal(w.length, 2);
      assert.ok(w[0]! > 0 && w[0]! > w[1]!);
      g.forEach((group, i) => {
        const scores = group.map((s) => s.x.reduce((sum, v, j) => sum + v * w[j]!, 0));
        assert.equal(scores.indexOf(Math.max(...scores)), first[i]);
      });
    });
  }

  it('with no query holding both kinds there is nothing to learn', () => {
    assert.deepEqual(fitWithinQuery([[{ x: [1], y: true }], [{ x: [0], y: false }]]), [0]);
  });
});
