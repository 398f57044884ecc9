import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { planFoldingRanges } from '../../src/core/outline/foldingRanges';
import { buildOutline, type OutlineNode } from '../../src/core/outline/outlineTree';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { at } from './at';

// The outline of every bundled corpus document, through the shared parser.

const corpus = join(__dirname, '../../corpus');
const files = readdirSync(corpus)
  .filter((name) => name.endsWith('.md'))
  .sort();

/** The numbered parts each document is written in, in order, as the outline must list them. */
const numberedParts: Record<string, string[]> = {
  'nj-life-health-action-plan.md': ['一、总体思路', '二、主要目标', '三、重点任务', '四、保障措施'],
  'pudong-biomedicine-action-plan-2022.md': ['一、总体要求', '二、发展方向', '三、重点任务', '四、落实保障措施'],
  'sd-biomedicine-action-plan-2025.md': ['一、主要目标', '二、重点任务', '三、支持政策', '四、重点举措'],
  'zj-life-health-opinions.md': ['一、总体要求', '二、重点任务', '三、保障措施'],
  // The scraped page lost this plan's headings: only its numbered items are left to list.
  'zj-pharma-14th-five-year-plan.md': [],
};

const all = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);

describe('outline of the corpus documents', () => {
  it('knows what to expect of every corpus document', () => {
    assert.deepEqual(files, Object.keys(numberedParts).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const document = parseCorpusDocument(readFileSync(join(corpus, file), 'utf8'), file);
      const text = bodyText(document);
      const plan = parsePlan(text);
      const outline = buildOutline(plan, document.lines);

      it('lists its numbered parts in order', () => {
        const parts = outline.filter((n) => n.kind === 'part').map((n) => n.name);
        assert.deepEqual(
          parts.filter((name) => /^[一二三四五六七八九十]+、/.test(name)),
          numberedParts[file],
        );
      });

      it('names every entry, and selects a line inside its range and the file', () => {
        const nodes = all(outline);
        assert.ok(nodes.length >= 10, `${nodes.length} entries`);
        for (const node of nodes) {
          assert.ok(node.name.trim().length > 0 && [...node.name].length <= 40, node.name);
          assert.equal(node.selectionRange.start.line, node.range.start.line, node.name);
          assert.ok(node.range.end.line < document.lines.length, node.name);
        }
      });

      it('folds without overlapping the front matter or running past the end', () => {
        for (const span of planFoldingRanges(plan, document.lines)) {
          assert.ok(span.start >= document.bodyLine && span.end < document.lines.length && span.start < span.end);
        }
      });
    });
  }

  it('shows the responsible units of the 支持政策 items of the Shandong plan', () => {
    const file = 'sd-biomedicine-action-plan-2025.md';
    const document = parseCorpusDocument(readFileSync(join(corpus, file), 'utf8'), file);
    const policy = buildOutline(parsePlan(bodyText(document)), document.lines).find((n) => n.name === '三、支持政策');
    assert.ok(policy);
    assert.deepEqual(at(policy.children, 0).name, '（一）持续加大科技创新政策支持力度');
    assert.equal(at(policy.children, 0).detail, '省科技厅');
  });

  it('lists the Pudong 任务分解表 as one table, named by its caption', () => {
    const file = 'pudong-biomedicine-action-plan-2022.md';
    const document = parseCorpusDocument(readFileSync(join(corpus, file), 'utf8'), file);
    const tables = all(buildOutline(parsePlan(bodyText(document)), document.lines)).filter((n) => n.kind === 'table');
    assert.equal(tables.length, 1);
    assert.match(at(tables, 0).name, /任务分解表$/);
  });
});
