import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { planKinds, planSkeletons, type PlanKind } from '../../src/core/skeletons/planSkeletons';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { at } from './at';

// The skeletons are laid out after the corpus plans of their kind: every numbered part of such a plan
// has its counterpart in the skeleton, in the same order.

const corpus = join(__dirname, '../../corpus');

/** Parts a corpus plan names differently on purpose, with where the skeleton puts their content. */
const renamed: Record<string, Record<string, string>> = {
  // Its 重点举措 are 统筹协调机制, 资金支持模式, 人才队伍建设: safeguards in all but name.
  'sd-biomedicine-action-plan-2025.md': { 重点举措: '保障措施' },
};

const title = (heading: string): string => heading.replace(/^[一二三四五六七八九十]+、/, '');
const skeletonParts = (kind: PlanKind): string[] => planSkeletons[kind].blocks.filter((b) => b.startsWith('## ')).map((b) => title(at(b.slice(3).split('\n'), 0)));

describe('skeletons against the corpus', () => {
  const documents = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .map((file) => ({ file, document: parseCorpusDocument(readFileSync(join(corpus, file), 'utf8'), file) }))
    .filter(({ document }) => (planKinds as readonly string[]).includes(document.meta.kind));

  it('has a corpus plan of every kind it offers', () => {
    assert.deepEqual([...new Set(documents.map((d) => d.document.meta.kind))].sort(), [...planKinds].sort());
  });

  const numberedParts = (text: string): string[] =>
    parsePlan(text)
      .clauses.filter((c) => c.kind === 'part' && /^[一二三四五六七八九十]+$/.test(c.number ?? ''))
      .map((c) => c.title ?? '');

  // A plan whose copy lost its headings (the 浙江 医药 规划) has no parts to compare with.
  for (const { file, document } of documents.filter((d) => numberedParts(bodyText(d.document)).length > 0)) {
    const kind = document.meta.kind as PlanKind;
    it(`gives the ${kind} skeleton the parts of ${file}, in order`, () => {
      const parts = numberedParts(bodyText(document));
      const skeleton = skeletonParts(kind);
      // Matching is by containment: the skeleton's 保障措施 stands for a plan's 落实保障措施.
      const positions = parts.map((part) => {
        const wanted = renamed[file]?.[part] ?? part;
        const at = skeleton.findIndex((s) => wanted.includes(s) || s.includes(wanted));
        assert.ok(at >= 0, `${file}: part ${part} has no counterpart among ${skeleton.join('、')}`);
        return at;
      });
      assert.deepEqual(
        positions,
        [...positions].sort((a, b) => a - b),
        `${file}: parts out of order`,
      );
    });
  }
});
