import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { generateSnippetFiles } from '../../scripts/buildSnippets';
import { clauseTemplates } from '../../src/core/snippets/clauseTemplates';
import { SnippetVocabularySchema } from '../../src/core/snippets/corpusVocabulary';
import { draftSnippetBody, servedForDraft } from '../../src/core/snippets/draftSnippets';
import { parseSnippet, type SnippetNode } from '../../src/core/snippets/snippetSyntax';
import { expandSnippet, tabStopIndices } from '../../src/core/snippets/snippetText';
import { at } from './at';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributions = z.array(z.object({ language: z.string(), path: z.string() })).parse(manifest.contributes.snippets);

/** The shape VS Code reads (prefix and body may be a string or a list of strings). */
const SnippetFileSchema = z.record(
  z.string().min(1),
  z.strictObject({ prefix: z.union([z.string(), z.array(z.string())]), body: z.union([z.string(), z.array(z.string())]), description: z.string().min(1) }),
);
const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

interface Snippet {
  name: string;
  prefixes: string[];
  nodes: SnippetNode[];
  text: string;
}

const files = new Map<string, Snippet[]>();
for (const { path } of contributions) {
  if (files.has(path)) continue;
  const parsed = SnippetFileSchema.parse(JSON.parse(readFileSync(join(root, path), 'utf8')));
  files.set(
    path,
    Object.entries(parsed).map(([name, entry]) => {
      const nodes = parseSnippet(list(entry.body).join('\n'));
      return { name, prefixes: list(entry.prefix), nodes, text: expandSnippet(nodes) };
    }),
  );
}
const vocabulary = SnippetVocabularySchema.parse(JSON.parse(readFileSync(join(root, 'snippets/corpus-vocabulary.json'), 'utf8')));
/** The units a draft offers (its own, then its level's): what the server puts in the served snippets' choice. */
const draftUnits = ['市数据局', '市科技局', '市财政局'];
/** The snippets that name a unit, as the language server serves them for such a draft. */
const served = clauseTemplates.filter(servedForDraft).map((template): Snippet => {
  const nodes = parseSnippet(draftSnippetBody(template, vocabulary, draftUnits));
  return { name: template.name, prefixes: [template.clause, template.pinyin, ...(template.aliases ?? [])], nodes, text: expandSnippet(nodes) };
});
const contributed = [...files.values()].flat();
const snippets = [...contributed, ...served];

function choiceLists(nodes: readonly SnippetNode[]): string[][] {
  return nodes.flatMap((node) => (node.kind === 'choice' ? [node.options] : node.kind === 'text' ? [] : choiceLists(node.children)));
}
const byPrefix = (prefix: string): Snippet => {
  const found = snippets.find((s) => s.prefixes.includes(prefix));
  assert.ok(found, `no snippet has the prefix ${prefix}`);
  return found;
};

describe('clause snippets (contributed, and served per draft)', () => {
  it('are contributed for Markdown and plain text; those naming a unit are served, not in the file', () => {
    assert.deepEqual(contributions.map((c) => c.language).sort(), ['markdown', 'plaintext']);
    assert.ok(snippets.length >= 12, `${snippets.length} snippets`);
    assert.ok(served.length >= 5, `${served.length} served`);
    for (const { name } of served) assert.ok(!contributed.some((s) => s.name === name), `${name} is both contributed and served`);
  });

  it('each parse, with a Chinese and a pinyin prefix and tab stops to fill', () => {
    for (const snippet of snippets) {
      assert.ok(
        snippet.prefixes.some((p) => /\p{Script=Han}/u.test(p)),
        `${snippet.name}: no Chinese prefix`,
      );
      assert.ok(
        snippet.prefixes.some((p) => /^[a-z]+$/.test(p)),
        `${snippet.name}: no pinyin prefix`,
      );
      assert.ok(
        tabStopIndices(snippet.nodes).some((i) => i > 0),
        `${snippet.name}: no tab stop`,
      );
      for (const options of choiceLists(snippet.nodes)) assert.ok(options.length >= 2 || options[0] !== '', `${snippet.name}: empty choice`);
    }
  });

  it('give no two snippets the same Chinese prefix', () => {
    const chinese = snippets.flatMap((s) => s.prefixes.filter((p) => /\p{Script=Han}/u.test(p)));
    assert.deepEqual(
      chinese.filter((p, i) => chinese.indexOf(p) !== i),
      [],
    );
  });

  // The clause types the drafters asked for, and what each must hold.
  const clauseTypes: [string, string, (s: Snippet) => void][] = [
    ['印发通知', 'yftz', (s) => assert.match(s.text, /^关于印发《.+》的通知/)],
    ['指导思想', 'zdsx', (s) => assert.match(s.text, /指导思想。以.+为指导/)],
    ['基本原则', 'jbyz', (s) => assert.ok(s.text.split('\n').filter((l) => l.startsWith('——')).length >= 3)],
    [
      '总体目标',
      'ztmb',
      (s) => {
        assert.match(s.text, /到20××年/);
        assert.ok(
          choiceLists(s.nodes).some((o) => o.join() === vocabulary.measureUnits.join()),
          'units from the corpus',
        );
      },
    ],
    ['重点任务', 'zdrw', (s) => assert.match(s.text, /^1\. .+。.+（责任单位：.+）/)],
    ['牵头任务', 'qtrw', (s) => assert.match(s.text, /（.+牵头，.+按职责分工负责）/)],
    [
      '支持政策',
      'zczc',
      (s) => {
        assert.match(s.text, /给予最高.+资金支持/);
        assert.ok(
          choiceLists(s.nodes).some((o) => o.join() === vocabulary.fundingUnits.join()),
          'funding units from the corpus',
        );
      },
    ],
    [
      '保障措施',
      'bzcs',
      (s) => {
        for (const measure of ['组织领导', '政策支持', '资金保障', '人才支撑', '考核评估']) assert.ok(s.text.includes(measure), measure);
      },
    ],
    [
      '任务分解表',
      'rwfjb',
      (s) => {
        const rows = s.text.split('\n').filter((l) => l.startsWith('|'));
        assert.match(at(rows, 0), /牵头单位/);
        assert.match(at(rows, 1), /^\| --- \|/);
        assert.ok(
          rows.every((r) => r.split('|').length === at(rows, 0).split('|').length),
          "every row has the header's cells",
        );
      },
    ],
    ['附件', 'fj', (s) => assert.match(s.text, /^附件：/)],
    ['实施期限', 'ssqx', (s) => assert.match(s.text, /20××—20××年/)],
    ['附则', 'fz', (s) => assert.match(s.text, /起施行/)],
    [
      '责任单位',
      'zrdw',
      (s) =>
        assert.ok(
          choiceLists(s.nodes).some((o) => o.join() === draftUnits.join()),
          "the draft's units",
        ),
    ],
    ['量化指标', 'lhzb', (s) => assert.match(s.text, /^到20××年，/)],
  ];
  for (const [clause, pinyin, check] of clauseTypes) {
    it(`cover ${clause} (${pinyin})`, () => {
      const snippet = byPrefix(clause);
      assert.equal(byPrefix(pinyin), snippet);
      check(snippet);
    });
  }

  it('are up to date with the corpus and the templates (npx tsx scripts/buildSnippets.ts)', () => {
    for (const { path, text } of generateSnippetFiles(root)) {
      assert.ok(readFileSync(join(root, path), 'utf8') === text, `${path} is out of date: run npx tsx scripts/buildSnippets.ts`);
    }
  });
});
