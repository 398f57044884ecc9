import * as assert from 'node:assert/strict';
import { parseSnippet, SnippetSyntaxError } from '../../src/core/snippets/snippetSyntax';
import { expandSnippet, formatSnippet, joinSnippets, tabStopIndices } from '../../src/core/snippets/snippetText';

describe('snippet syntax', () => {
  const valid: [string, string, string, number[]][] = [
    // body, what it is, expanded text, tab stops
    ['${1:1}. ${2:任务标题}。（责任单位：${3|省科技厅,省财政厅|}）', 'placeholders and a choice', '1. 任务标题。（责任单位：省科技厅）', [1, 2, 3]],
    ['到${1:20××}年，指标达到${2:数值}$3。$0', 'bare tab stops', '到20××年，指标达到数值。', [0, 1, 2, 3]],
    ['关于印发《${1:行动计划}》的通知\n现将《$1》印发给你们', 'a mirrored tab stop', '关于印发《行动计划》的通知\n现将《行动计划》印发给你们', [1]],
    ['${1:按${2|季度,半年|}跟踪}', 'a choice nested in a placeholder', '按季度跟踪', [1, 2]],
    ['${CURRENT_YEAR}年${1:×}月', 'a variable', '2026年×月', [1]],
    ['费用\\$100，括号\\}，反斜杠\\\\', 'escapes in text', '费用$100，括号}，反斜杠\\', []],
    ['${1|甲\\,乙,丙\\|丁|}', 'escapes in a choice', '甲,乙', [1]],
    ['路径 C:\\Users', 'a backslash before an ordinary character stays', '路径 C:\\Users', []],
  ];
  for (const [body, what, expanded, stops] of valid) {
    it(`reads ${what}`, () => {
      const nodes = parseSnippet(body);
      assert.equal(
        expandSnippet(nodes, (name) => (name === 'CURRENT_YEAR' ? '2026' : undefined)),
        expanded,
      );
      assert.deepEqual(tabStopIndices(nodes), stops);
      assert.deepEqual(parseSnippet(formatSnippet(nodes)), nodes, 'formatting reads back the same');
    });
  }

  const invalid: [string, string][] = [
    ['（责任单位：${1:省科技厅）', 'an unclosed placeholder'],
    ['${1|季度,半年}', 'an unclosed choice'],
    ['${1|季度,,半年|}', 'an empty choice option'],
    ['价格$元', 'a bare dollar sign'],
    ['目标}', 'an unmatched closing brace'],
    ['${:默认}', 'a placeholder without a number'],
    ['${1 默认}', 'a tab stop number followed by junk'],
    ['${TM_FILENAME/(.*)/$1/}', 'a transform, which nothing here uses'],
  ];
  for (const [body, what] of invalid) {
    it(`rejects ${what}`, () => {
      assert.throws(() => parseSnippet(body), SnippetSyntaxError);
    });
  }

  it('joins independently numbered blocks into one sequence ending in $0', () => {
    const joined = joinSnippets(['一、${1:总体要求}\n（一）${2:指导思想}$0', '二、${1:重点任务}\n1. ${2:标题}。（责任单位：${3|省科技厅,省财政厅|}）$1']);
    assert.equal(joined, '一、${1:总体要求}\n（一）${2:指导思想}\n\n二、${3:重点任务}\n1. ${4:标题}。（责任单位：${5|省科技厅,省财政厅|}）${3}\n$0');
    assert.deepEqual(tabStopIndices(parseSnippet(joined)), [0, 1, 2, 3, 4, 5]);
  });
});
