import * as assert from 'node:assert/strict';
import { planKinds, planSkeletonSnippet, type PlanKind } from '../../src/core/skeletons/planSkeletons';
import type { SnippetVocabulary } from '../../src/core/snippets/corpusVocabulary';
import { parseSnippet, type SnippetNode } from '../../src/core/snippets/snippetSyntax';
import { expandSnippet, tabStopIndices } from '../../src/core/snippets/snippetText';
import { at } from './at';

const vocabulary: SnippetVocabulary = { measureUnits: ['个', '家', '亿元'], fundingUnits: ['万元', '亿元'], responsibleBodies: ['省科技厅', '省财政厅'] };

/** The parts (`## 一、…`) each kind is laid out in, after the corpus plans of that kind. */
const expectedParts: Record<PlanKind, string[]> = {
  实施意见: ['一、总体要求', '二、重点任务', '三、保障措施'],
  行动计划: ['一、总体思路', '二、主要目标', '三、重点任务', '四、支持政策', '五、保障措施'],
  行动方案: ['一、总体要求', '二、发展方向', '三、重点任务', '四、保障措施', '附件'],
  规划: ['一、发展基础', '二、面临形势', '三、总体要求', '四、主要任务', '五、空间布局', '六、保障措施'],
};

function choices(nodes: readonly SnippetNode[]): string[][] {
  return nodes.flatMap((node) => (node.kind === 'choice' ? [node.options] : node.kind === 'text' ? [] : choices(node.children)));
}

describe('plan skeletons', () => {
  for (const kind of planKinds) {
    describe(kind, () => {
      const snippet = planSkeletonSnippet(kind, vocabulary);
      const nodes = parseSnippet(snippet);
      const text = expandSnippet(nodes);

      it('is valid snippet syntax with tab stops 1…n in order and a final $0', () => {
        const stops = tabStopIndices(nodes);
        assert.ok(stops.length > 10, `${stops.length} tab stops`);
        assert.deepEqual(
          stops,
          stops.map((_, i) => i),
        );
        const last = nodes.at(-1);
        assert.ok(last?.kind === 'tabstop' && last.index === 0, 'ends with $0');
      });

      it('has the parts of its kind, in order', () => {
        const parts = text
          .split('\n')
          .filter((line) => line.startsWith('## '))
          .map((line) => line.slice(3));
        assert.deepEqual(parts, expectedParts[kind]);
      });

      it('writes a span of years with the dash of official documents (2025—2027年), never a hyphen', () => {
        assert.doesNotMatch(text, /20(?:××|\d\d)\s*[-－–]\s*20(?:××|\d\d)/u);
      });

      it('opens with a title naming its kind', () => {
        assert.match(at(text.split('\n'), 0), new RegExp(`^# .*${kind}`));
      });

      it('fills corpus choices from the vocabulary and leaves no reference unresolved', () => {
        const lists = choices(nodes);
        assert.ok(lists.every((options) => options.every((option) => !option.startsWith('@'))));
        assert.ok(
          lists.some((options) => options.join() === vocabulary.measureUnits.join()),
          'a target offers the corpus units',
        );
      });

      it('gives every task a responsible unit', () => {
        const tasks = text.split('\n').filter((line) => /^\d+\. /.test(line) && line.includes('任务'));
        for (const line of tasks) assert.match(line, /（责任单位：|牵头，|按职责分工负责）/, line);
      });
    });
  }
});
