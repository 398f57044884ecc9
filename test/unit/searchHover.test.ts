import * as assert from 'node:assert/strict';
import { comparableTargets, compareTargets, leadingTarget } from '../../src/core/search/compareTargets';
import { markDifferences } from '../../src/core/search/markDifferences';
import { wordSpans } from '../../src/core/text/wordSpans';
import { commandUri } from '../../src/server/markdownEscape';
import { precedentMarkdown, renamedInText, type HoverLabels, type PrecedentEntry } from '../../src/server/precedentMarkdown';
import { SearchEngine } from '../../src/core/search/searchEngine';
import type { Target } from '../../src/core/model';
import { fixtureCorpus } from './searchFixture';

// markdown-it (a devDependency) renders CommonMark + GFM autolinks like VS Code's hover.
const MarkdownIt = require('markdown-it') as new (options: object) => { render(src: string): string };
const render = (markdown: string): string => new MarkdownIt({ html: true, linkify: true }).render(markdown);

const labels: HoverLabels = {
  heading: '最接近的先例',
  confidence: (percent) => `可信度 ${percent}%`,
  open: '打开',
  insert: '插入',
  alsoIn: '亦见于',
  targetsHeading: (metric, quantity) => (metric ? `先例如何量化${metric}（本稿：${quantity ?? '未量化'}）` : '可比目标'),
  period: (from, to) => `${from}–${to}（规划期）`,
  noPrecedent: '语料库中没有相近的先例。',
  searched: (sources) => `已检索：${sources}`,
  currentName: (names) => `（现${names}）`,
};
const sources = ['内置语料库（5 份）'];
const link = (action: 'open' | 'insert'): string => `command:policyDraft.${action}Precedent?%5B%22x%22%5D`;
const range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

function entry(text: string, draft: string, shortName = '浙江省 实施意见', path = ['二、重点任务']): PrecedentEntry {
  return {
    clause: { doc: 0, text, path, line: 3, targets: [], units: [] },
    document: { id: 'zj', title: shortName, shortName, level: '省级', year: 2021 },
    confidence: 0.42,
    segments: markDifferences(draft, text),
    draft,
    alsoIn: [],
    renamed: renamedInText(text),
  };
}

describe('search hover Markdown', () => {
  it('shows document, level, year, path, confidence, the differing words in bold, the two links and the sources', () => {
    const html = render(
      precedentMarkdown({ entries: [entry('到2025年，建成高能级创新平台15个以上。', '到2027年，建成高能级创新平台20家以上。')], targets: [], sources }, labels, link),
    );
    for (const part of ['浙江省 实施意见', '省级', '2021', '可信度 42%', '二、重点任务', '<strong>2025年</strong>', '<strong>15个</strong>', '已检索：内置语料库（5 份）'])
      assert.ok(html.includes(part), `${part} in ${html}`);
    assert.equal((html.match(/<a /g) ?? []).length, 2);
  });

  it('names a sentence-long heading of a real document by its first phrase in the place line', () => {
    const heading = '坚持在全面推进“三大强州战略”上精准发力，加快建设更具凉山特色优势的现代化产业体系';
    const html = render(
      precedentMarkdown(
        { entries: [entry('加快建设现代化产业体系，培育壮大特色优势产业。', '培育壮大特色优势产业。', '凉山州 政府工作报告', ['2024年工作安排', heading])], targets: [], sources },
        labels,
        link,
      ),
    );
    assert.ok(html.includes('2024年工作安排 › 坚持在全面推进“三大强州战略”上精准发力…'), html);
    assert.ok(!html.includes('现代化产业体系</em>'), html);
  });

  it('never splits a number with its unit between bold and plain', () => {
    const html = render(
      precedentMarkdown(
        { entries: [entry('到2025年，全市生物医药产业规模达到1000亿元以上。', '到2025年，全市生物医药产业规模达到800亿元以上。')], targets: [], sources },
        labels,
        link,
      ),
    );
    assert.ok(html.includes('<strong>1000亿元</strong>'), html);
    assert.ok(!/\d<\/strong>\d|\d<strong>\d/.test(html), html);
  });

  it('shows a precedent that shares almost nothing plain, not all in bold', () => {
    const html = render(precedentMarkdown({ entries: [entry('鼓励银行推出专属信贷产品，支持企业融资。', '推进电子处方流转和互联网诊疗。')], targets: [], sources }, labels, link));
    assert.ok(!html.includes('<strong>鼓励'), html);
    assert.ok(html.includes('鼓励银行推出专属信贷产品'), html);
  });

  it('says plainly that the corpus holds no close precedent, and which sources it searched', () => {
    const markdown = precedentMarkdown({ entries: [], targets: [], sources: ['内置语料库（5 份）', '规划库（12 份）'] }, labels, link);
    assert.ok(markdown.includes('语料库中没有相近的先例。'), markdown);
    assert.ok(markdown.includes('已检索：内置语料库（5 份）、规划库（12 份）'), markdown);
    assert.equal((render(markdown).match(/<a /g) ?? []).length, 0);
  });

  it('puts the target comparison first, naming the comparable metric, its one quantity and the plan period when no year is stated', () => {
    const document = { id: 'pd', title: '浦东', shortName: '浦东新区 行动计划', period: { from: 2021, to: 2025 } };
    const markdown = precedentMarkdown(
      {
        entries: [entry('推进产业发展。', '推进产业发展。')],
        targets: [
          { comparison: { clause: 0, doc: 0, quantity: '10个以上', metric: '获批上市国产1类新药', text: '获批上市国产1类新药10个以上、医疗器械20个', similarity: 0.6 }, document },
        ],
        draftTarget: { metric: '获批一类创新药', quantity: '8个以上' },
        sources,
      },
      labels,
      link,
    );
    assert.ok(markdown.indexOf('先例如何量化获批一类创新药') < markdown.indexOf('最接近的先例'), markdown);
    assert.ok(markdown.includes('**10个以上** 获批上市国产1类新药 · 浦东新区 行动计划 · 2021–2025（规划期）'), markdown);
    const same = precedentMarkdown(
      {
        entries: [],
        targets: [
          {
            comparison: { clause: 0, doc: 0, quantity: '4000亿元', metric: '全省生物医药产业规模', text: '', similarity: 0.6 },
            document: { ...document, region: '山东省', kind: '行动计划' },
          },
        ],
        draftTarget: { metric: '全市生物医药产业规模', quantity: '1000亿元' },
        sources,
      },
      labels,
      link,
    );
    assert.ok(same.includes('**4000亿元** 山东省 行动计划 · 2021–2025（规划期）'), `the draft's own metric is not repeated:\n${same}`);
    assert.ok(!markdown.includes('20个'), 'only the comparable quantity');
  });

  it('stays compact: under a target comparison the best precedent starts within the first lines, the others as a line each, cut between words', () => {
    const long = '到2025年，培育年营业收入超100亿元的龙头企业10家以上，'.repeat(20);
    const document = { id: 'pd', title: '浦东', shortName: '浦东新区 行动计划', period: { from: 2021, to: 2025 } };
    const row = { comparison: { clause: 0, doc: 0, quantity: '10家以上', metric: '龙头企业', text: long, similarity: 0.6 }, document };
    const markdown = precedentMarkdown(
      {
        entries: [entry(long, '培育龙头企业。'), entry(long, '培育龙头企业。'), entry(long, '培育龙头企业。')],
        targets: [row, row, row],
        draftTarget: { metric: '龙头企业' },
        sources,
      },
      labels,
      link,
    );
    const lines = markdown.split('\n').filter((line) => line.trim() !== '');
    assert.ok(lines.findIndex((line) => line.startsWith('> ')) <= 8, markdown);
    const quotes = lines
      .filter((line) => line.startsWith('> '))
      .map((line) =>
        render(line)
          .replace(/<[^>]+>/g, '')
          .trim(),
      );
    assert.ok(quotes[0]!.length <= 245 && quotes[1]!.length <= 95 && quotes[2]!.length <= 95, quotes.join('\n'));
    const ends = new Set(wordSpans(long).map((span) => span.end));
    for (const quote of quotes) {
      const shown = quote.slice(0, -1);
      assert.ok(quote.endsWith('…') && long.startsWith(shown) && ends.has(shown.length), `cut between words: ${quote}`);
    }
  });

  it("names each other document holding a folded clause once, and never the entry's own document", () => {
    const own = entry('建立医工协同创新机制，支持医疗机构与企业联合开展医疗器械研发。', '建立医工协同创新机制。', '山东省 医疗器械规划');
    const other = { id: 'pd', title: '浦东新区生物医药产业三年行动计划', shortName: '浦东新区 行动计划' };
    const markdown = precedentMarkdown({ entries: [{ ...own, alsoIn: [own.document, other, other] }], targets: [], sources }, labels, link);
    assert.equal(markdown.split('浦东新区 行动计划').length - 1, 1, markdown);
    assert.equal(markdown.split('山东省 医疗器械规划').length - 1, 1, 'only in the entry heading');
    const alone = precedentMarkdown({ entries: [{ ...own, alsoIn: [own.document] }], targets: [], sources }, labels, link);
    assert.ok(!alone.includes('亦见于'), alone);
  });

  it('names the current body beside an old one in a precedent, bold or plain', () => {
    const text = '（责任单位：市卫生计生委、市食药监局、省环保厅）';
    for (const draft of ['（责任单位：市卫生计生委）', '推进电子处方流转和互联网诊疗。']) {
      const markdown = precedentMarkdown({ entries: [entry(text, draft)], targets: [], sources }, labels, link);
      const shown = render(markdown).replace(/<[^>]+>/g, '');
      for (const part of ['市卫生计生委（现市卫生健康委）', '市食药监局（现市市场监管局）', '省环保厅（现省生态环境厅）']) assert.ok(shown.includes(part), `${part} in ${shown}`);
    }
  });

  it('escapes the current-name note and leaves a cited document title alone', () => {
    const text = '依据《国家卫生计生委关于……的通知》，由县扶贫办牵头。';
    const markdown = precedentMarkdown(
      { entries: [entry(text, '由县乡村振兴局牵头。')], targets: [], sources },
      { ...labels, currentName: (names) => `[现](command:x)${names}` },
      link,
    );
    const html = render(markdown);
    assert.ok(!html.includes('国家卫生计生委（'), html);
    assert.equal((html.match(/<a /g) ?? []).length, 2, 'only the two links of the entry');
    assert.ok(html.replace(/<[^>]+>/g, '').includes('县扶贫办[现](command:x)县乡村振兴局/县农业农村局'), html);
  });

  const hostile = [
    '[点此](command:workbench.action.terminal.new?%5B%5D)加快发展',
    '<img src=x onerror=alert(1)>推进<b>产业</b>',
    '详见 https://evil.example/x 与 www.evil.example',
    '![x](javascript:alert(1)) &lt;script&gt;',
    '第一行\n\n# 标题\n\n<div>块</div>',
    '**加粗**与`代码`和[引用][1]\n\n[1]: command:x',
  ];
  for (const text of hostile) {
    it(`keeps corpus text ${JSON.stringify(text.slice(0, 24))} from becoming a link or HTML`, () => {
      const markdown = precedentMarkdown(
        {
          entries: [entry(text, '加快发展产业', text, [text])],
          targets: [{ comparison: { clause: 0, doc: 0, quantity: text, metric: text, text, similarity: 1 }, document: { id: 'x', title: text, shortName: text } }],
          draftTarget: { metric: text, quantity: text },
          sources: [text],
        },
        labels,
        link,
      );
      const html = render(markdown);
      // Only our two command links; no other anchor, image or tag from the text.
      const anchors = html.match(/<a [^>]*>/g) ?? [];
      assert.deepEqual(
        anchors.map((a) => a.includes('command:policyDraft.')),
        [true, true],
      );
      assert.ok(!/<(img|script|b|div|h1|code)\b/.test(html), html);
    });
  }
});

describe('hover command links', () => {
  it('carry arguments with brackets and quotes whole through a Markdown link', () => {
    const args = [{ docId: '规划库/附件1)说明(草案)', line: 3, note: "it's *" }];
    const markdown = precedentMarkdown({ entries: [entry('推进产业发展。', '推进产业发展。', '推进产业发展。', [])], targets: [], sources }, labels, () =>
      commandUri('policyDraft.openPrecedent', args),
    );
    const hrefs = [...render(markdown).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    assert.equal(hrefs.length, 2);
    for (const href of hrefs) {
      assert.ok(href.startsWith('command:policyDraft.openPrecedent?'), href);
      assert.deepEqual(JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))), args);
    }
  });
});

describe('search target comparison', () => {
  const engine = SearchEngine.build(fixtureCorpus);
  const draft: Target = {
    text: '到2027年，累计获批一类创新药8个以上',
    range,
    deadline: 2027,
    metric: '获批一类创新药',
    quantities: [{ kind: 'count', raw: '8个以上', value: 8, unit: '个', qualifier: '以上' }],
  };

  it('lists how precedents quantified a comparable target, one per document, closest first', () => {
    const rows = compareTargets(engine, draft, 3);
    assert.deepEqual(
      rows.map((r) => [fixtureCorpus.documents[r.doc]!.id, r.deadline, r.quantity]),
      [
        ['sh', 2025, '8个左右'],
        ['zj', 2025, '10个以上'],
      ],
    );
  });

  it('leaves out targets that measure something else', () => {
    const revenue: Target = { text: '营业收入达到500亿元', range, metric: '营业收入', quantities: [{ kind: 'scale', raw: '500亿元' }] };
    const rows = comparableTargets(revenue, [{ clause: 1, doc: 0, targets: fixtureCorpus.clauses[1]!.targets }], 3);
    assert.deepEqual(rows, []);
  });

  it('compares the quantified target of a clause first', () => {
    const plain: Target = { text: '加快创新', range, quantities: [] };
    assert.equal(leadingTarget([plain, draft]), draft);
    assert.equal(leadingTarget([plain]), plain);
    assert.equal(leadingTarget([]), undefined);
  });
});
