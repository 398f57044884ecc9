import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusUnitNames } from '../../src/core/checks/unitNames';
import { bodyText, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { clauseTemplates } from '../../src/core/snippets/clauseTemplates';
import { SnippetVocabularySchema } from '../../src/core/snippets/corpusVocabulary';
import { draftSnippetBody, prefixesTyped, usesDraftUnits } from '../../src/core/snippets/draftSnippets';
import { parseSnippet, type SnippetNode } from '../../src/core/snippets/snippetSyntax';
import { draftUnitContext, unitsForDraft, type Level } from '../../src/core/units/draftPlace';
import { isOutdatedName } from '../../src/core/units/outdatedNames';

const root = join(__dirname, '../..');
const corpus = readdirSync(join(root, 'corpus'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => parseCorpusDocument(readFileSync(join(root, 'corpus', name), 'utf8'), name));
const corpusUnits = corpusUnitNames(corpus.map((document) => parsePlan(bodyText(document))));
const vocabulary = SnippetVocabularySchema.parse(JSON.parse(readFileSync(join(root, 'snippets/corpus-vocabulary.json'), 'utf8')));
const templates = clauseTemplates.filter(usesDraftUnits);

/** Places the bundled corpus is about, and the named bodies its plans assign: none is any other draft's unit. */
const corpusPlaces = ['浙江', '杭州', '宁波', '江苏', '南京', '山东', '济南', '上海', '浦东', '张江', '临港', '保税区', '片区'];

function unitChoices(nodes: readonly SnippetNode[]): string[][] {
  return nodes.flatMap((node) => (node.kind === 'choice' ? [node.options] : node.kind === 'text' ? [] : unitChoices(node.children)));
}

describe('clause snippets naming a unit, served for the draft', () => {
  it("holds the bundled corpus's unit names to check against", () => assert.ok(corpusUnits.length >= 20, `${corpusUnits.length} names`));

  const levels: Level[] = ['市', '区', '县', '省'];
  const others = (level: Level): string[] => levels.filter((l) => l !== level);
  for (const level of levels) {
    it(`offers in a ${level} plan only bodies of its level, none of another place, none renamed — every template, the whole bundled corpus`, () => {
      const units = unitsForDraft([], corpusUnits, { level, region: `某${level}` });
      assert.ok(units.length >= 10, units.join('、'));
      for (const template of templates) {
        const choices = unitChoices(parseSnippet(draftSnippetBody(template, vocabulary, units))).filter((options) => options.some((o) => units.includes(o)));
        assert.equal(choices.length, 1, `${template.name}: one unit choice`);
        for (const unit of choices[0]!) {
          assert.ok(unit.startsWith(level) || /^(?:各|有关|相关)/u.test(unit), `${template.name}: ${unit} is no ${level} body`);
          for (const other of others(level)) assert.ok(!unit.startsWith(other), `${template.name}: ${unit} names the ${other} level`);
          for (const place of corpusPlaces) assert.ok(!unit.includes(place), `${template.name}: ${unit} names ${place}`);
          assert.ok(!isOutdatedName(unit), `${template.name}: ${unit} was renamed`);
        }
      }
    });
  }

  it('offers the units the draft already names first', () => {
    const { own, place } = draftUnitContext('# 某市数字经济发展行动方案\n\n1. 建设算力平台。（责任单位：市数据局、市通信管理局）\n');
    const body = draftSnippetBody(
      templates.find((t) => t.clause === '重点任务')!,
      vocabulary,
      unitsForDraft(own, corpusUnits, place),
    );
    const [choice] = unitChoices(parseSnippet(body)).filter((options) => options.includes('市数据局'));
    assert.deepEqual(choice!.slice(0, 2), ['市数据局', '市通信管理局']);
    assert.ok(choice!.length <= 12);
  });

  it('leaves a placeholder to type over when no unit is known, and escapes names that would break the snippet', () => {
    const template = templates.find((t) => t.clause === '责任单位')!;
    assert.equal(draftSnippetBody(template, vocabulary, []), '（责任单位：${1:责任单位}）${0}');
    const body = draftSnippetBody(template, vocabulary, ['市数据局,市财政局|}', '市科技局']);
    assert.deepEqual(unitChoices(parseSnippet(body))[0], ['市数据局,市财政局|}', '市科技局']);
  });

  const typed: [before: string, clause: string, expected: string[]][] = [
    ['zdrw', '重点任务', ['zdrw:4']],
    ['1. zd', '重点任务', ['zdrw:2']],
    ['hzdrw', '重点任务', []],
    ['重点任', '重点任务', ['重点任务:3']],
    ['加快重点', '重点任务', ['重点任务:2']],
    ['重', '重点任务', []],
    ['推进产业发展。', '重点任务', []],
    ['rw', '重点任务', ['rw:2']],
  ];
  for (const [before, clause, expected] of typed) {
    it(`reads “${before}” as ${expected.length ? expected.join(', ') : 'no prefix'} of ${clause}`, () => {
      const template = templates.find((t) => t.clause === clause)!;
      assert.deepEqual(
        prefixesTyped(template, before).map(({ prefix, typed: length }) => `${prefix}:${length}`),
        expected,
      );
    });
  }
});

describe('the 指导思想 snippet, served for the draft', () => {
  const guiding = clauseTemplates.find((template) => template.pinyin === 'zdsx')!;
  const cases: [level: Level | undefined, leadership: RegExp][] = [
    ['市', /深入落实\$\{3:市委、市政府关于/u],
    ['区', /深入落实\$\{3:区委、区政府关于/u],
    ['省', /深入落实\$\{3:省委、省政府关于/u],
    [undefined, /深入落实\$\{3:省委、省政府关于/u],
  ];
  for (const [level, leadership] of cases) {
    it(`names the leadership of a ${level ?? 'level-less'} plan`, () => assert.match(draftSnippetBody(guiding, vocabulary, [], level), leadership));
  }
});
