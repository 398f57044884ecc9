import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/structure/lines';

describe('structure: source lines', () => {
  it('gives every line one shape, whatever its kind', () => {
    // A draft of 100,000 blank lines took 470 ms to lint while lines of each kind had a shape of their own.
    const text = [
      '一、总体要求',
      '',
      '<!-- 注释 -->',
      '```',
      '代码',
      '```',
      '| 序号 | 任务 |',
      '|---|---|',
      '---',
      '## 附件',
      '- 要点',
      '（一）发展目标。',
      '到2025年，力争达到。',
      '# ',
      '> 引文',
    ].join('\n');
    const lines = readLines(text);
    const kinds = new Set(lines.map((line) => line.kind));
    assert.deepEqual([...kinds].sort(), ['blank', 'heading', 'ignored', 'numbered', 'table', 'text']);
    const shapes = new Set(lines.map((line) => Object.keys(line).join(',')));
    assert.deepEqual([...shapes], ['index,text,folded,kind,contentStart,headingLevel,marker,joinsPrevious,source']);
  });
});
