import * as assert from 'node:assert/strict';
import { wordBoundariesNear } from '../../../src/core/text/wordBoundariesNear';

describe('word boundaries near a stretch', () => {
  const table: { text: string; stretch: string; boundaries: number[] }[] = [
    { text: '新建两家企业', stretch: '两家', boundaries: [0, 2, 3, 4, 6] },
    // 行动 is cut: 进行|动态.
    { text: '进行动态调整', stretch: '行动', boundaries: [0, 2, 4, 6] },
    { text: '服务千家万户', stretch: '千家', boundaries: [0, 2, 6] },
    // Eight characters each side of 两家 (11–13), then cut off: 3 and 21 are the window's ends.
    { text: '到2025年，全市新建两家省级以上创新平台，服务千家万户', stretch: '两家', boundaries: [3, 5, 6, 7, 9, 11, 12, 13, 15, 17, 19, 21] },
  ];
  for (const { text, stretch, boundaries } of table) {
    it(`places the boundaries around ${stretch} in “${text}”`, () => {
      const start = text.indexOf(stretch);
      assert.deepEqual(
        [...wordBoundariesNear(text, start, start + stretch.length)].sort((a, b) => a - b),
        boundaries,
      );
    });
  }
});
