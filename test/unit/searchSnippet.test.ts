import * as assert from 'node:assert/strict';
import { matchSnippet } from '../../src/core/search/matchSnippet';

const clause =
  '（二）创新资金支持模式。优化省级科技创新发展资金配置，加大对生物医药领域技术攻关支持力度，每年实施不少于50项省级科技创新项目。' +
  '建立多元化资金扶持体系，引导市场化、社会化资本加大对种子期、初创期科技企业的支持。探索开展“新药贷”等金融产品，对首台（套）产品给予保险补偿。';

describe('search result snippet', () => {
  const table: { query: string; shows: string }[] = [
    { query: '新药贷', shows: '“新药贷”' },
    { query: '新藥貸', shows: '新药贷' },
    { query: '首台套 保险', shows: '首台（套）' },
    { query: '种子期 新药贷', shows: '种子期' },
    { query: '中子期', shows: '种子期' },
    { query: '资金配置', shows: '资金配置' },
  ];
  for (const { query, shows } of table) {
    it(`for “${query}” shows ${shows} within one row`, () => {
      const snippet = matchSnippet(clause, query);
      assert.ok(snippet.includes(shows), snippet);
      assert.ok(snippet.replace(/…/g, '').length <= 40, snippet);
    });
  }

  it('keeps a little context before a match deep in the clause, and marks both cuts', () => {
    const snippet = matchSnippet(clause, '种子期');
    assert.match(snippet, /^…/);
    assert.match(snippet, /…$/);
    assert.equal(snippet.indexOf('种子期'), 9, snippet);
  });

  it('starts at the beginning when the match is near it or nowhere', () => {
    assert.match(matchSnippet(clause, '创新资金'), /^（二）创新资金支持模式/);
    assert.match(matchSnippet(clause, '区块链'), /^（二）创新资金支持模式.*…$/);
  });

  it('takes a pasted page of words without overflowing the stack', () => {
    assert.match(matchSnippet(clause, Array(200_000).fill('医药').join(' ')), /医药/);
  });

  it('looks for the words in the first 20,000 characters of a page-long clause, and shows its start when they are further', () => {
    const page = `${'推进产业发展。'.repeat(4_000)}探索开展“新药贷”等金融产品。`;
    assert.match(matchSnippet(page, '新药贷'), /^推进产业发展。/);
    assert.match(matchSnippet(`推进产业发展。探索开展“新药贷”。${'推进产业发展。'.repeat(4_000)}`, '新药贷'), /新药贷/);
  });

  it('shows a short clause whole, on one line', () => {
    assert.equal(matchSnippet('支持企业开发新药贷\n等专属信贷产品。', '新药贷'), '支持企业开发新药贷 等专属信贷产品。');
  });

  it('ends on a full window when the match is at the very end', () => {
    const snippet = matchSnippet(clause, '保险补偿');
    assert.match(snippet, /^…/);
    assert.match(snippet, /保险补偿。$/);
    assert.ok(snippet.length >= 38 && snippet.length <= 41, snippet);
  });

  const numbers: { text: string; query: string; whole: string[] }[] = [
    {
      text: '（三）壮大数字产业。到2027年，全市数字经济核心产业增加值达到1.5万亿元，培育年营业收入超100亿元的龙头企业10家以上，新增就业岗位12.5万个。',
      query: '龙头企业',
      whole: ['1.5万亿元', '100亿元', '10家'],
    },
    {
      text: '推进算力基础设施建设，统筹布局智能算力中心，到2027年底全市算力规模达到2.5万PFlops以上，其中智能算力占比超过60%，发放算力券1亿元以上。',
      query: '算力券',
      whole: ['2.5万', '60%', '1亿元'],
    },
  ];
  for (const { text, query, whole } of numbers) {
    for (const width of [24, 28, 31, 33, 35, 40]) {
      it(`cuts a ${width}-character row of “${query}” between words, no number split from its unit`, () => {
        const snippet = matchSnippet(text, query, { width, lead: 8 });
        assert.ok(snippet.includes(query), snippet);
        const shown = snippet.replace(/^…|…$/gu, '');
        // Each figure is in the row whole, or not at all.
        for (const figure of whole) {
          const inText = text.indexOf(figure);
          const rowStart = text.indexOf(shown);
          const rowEnd = rowStart + shown.length;
          assert.ok(rowEnd <= inText || rowStart >= inText + figure.length || (rowStart <= inText && rowEnd >= inText + figure.length), `${figure} cut in ${snippet}`);
        }
      });
    }
  }
});
