import * as assert from 'node:assert/strict';
import { readLines } from '../../src/core/structure/lines';
import { opensWithAttachment } from '../../src/core/structure/planBody';

describe('structure: lines that open with 附件', () => {
  const table: { line: string; opens: boolean }[] = [
    { line: '附件2　重点任务分工表', opens: true },
    { line: '**附件**：重点任务分解表', opens: true },
    { line: '＊＊附件１＊＊　典型应用场景清单', opens: true },
    { line: '## **附件**', opens: true },
    { line: '附件：1.重点任务分工表；2.典型场景清单', opens: true },
    { line: '各地区请于6月底前将附件报送市发展改革委。', opens: false },
    { line: '**专栏1**　重点工程', opens: false },
  ];
  for (const { line, opens } of table) {
    it(`${opens ? 'opens' : 'does not open'} with 附件: ${line}`, () => {
      assert.equal(opensWithAttachment(readLines(line)[0]!), opens);
    });
  }
});
