import * as assert from 'node:assert/strict';
import { applyFixes } from '../../src/core/checks/applyFixes';
import { replacement, type Fix } from '../../src/core/checks/fix';

const at = (line: number, from: number, to: number) => ({ start: { line, column: from }, end: { line, column: to } });
const fix = (...edits: ReturnType<typeof replacement>[]): Fix => ({ kind: 'standard-form', label: '', edits, safe: true });

describe('applyFixes', () => {
  it('applies every edit of every fix in one pass, positions read on the original text', () => {
    const text = '一.总体要求\r\n1、加强领导。\r\n2、强化保障。';
    const result = applyFixes(text, [fix(replacement(at(0, 0, 2), '一、')), fix(replacement(at(1, 0, 2), '1.'), replacement(at(2, 0, 2), '2.'))]);
    assert.deepEqual(result, { text: '一、总体要求\r\n1.加强领导。\r\n2.强化保障。', applied: 2 });
  });
  it('leaves out a whole fix when one of its edits overlaps an edit already taken', () => {
    const text = '省卫生计生委负责。';
    const result = applyFixes(text, [fix(replacement(at(0, 0, 6), '省卫生健康委')), fix(replacement(at(0, 1, 6), '卫生健康委'))]);
    assert.deepEqual(result, { text: '省卫生健康委负责。', applied: 1 });
  });
});
