import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeLabelIcons } from '../../src/extension/labelIcons';
import { escapeMarkdown } from '../../src/server/markdownEscape';
import { markDifferences } from '../../src/core/search/markDifferences';
import { clauseSearchKey, foldUnitsInto, foldWithOffsets, keepsUnits, normalizeKey, querySearchKey } from '../../src/core/search/normalizeKey';

describe('search normalisation', () => {
  const table: [input: string, key: string][] = [
    ['發展生物醫藥產業', '发展生物医药产业'],
    ['到２０２５年，建成１５个以上平台。', '到2025年建成15个以上平台'],
    ['“一事一议” 方式', '一事一议方式'],
    ['（一）指导思想\r\n', '一指导思想'],
    ['重点任务（责任单位：省发展改革委）', '重点任务责任单位省发展改革委'],
    ['5G+医疗健康', '5G医疗健康'],
  ];
  for (const [input, key] of table) {
    it(`keys ${JSON.stringify(input)}`, () => assert.equal(normalizeKey(input), key));
  }

  it('lower-cases only the search key, not the evaluation key', () => {
    assert.equal(normalizeKey('ＡＩ辅助'), 'AI辅助');
    assert.equal(querySearchKey('ＡＩ辅助'), 'ai辅助');
  });

  it('maps every folded unit back to the character it came from', () => {
    const text = '（二）到２０２５年，發展。';
    const { key, offsets } = foldWithOffsets(text, true);
    assert.equal(key, '二到2025年发展');
    assert.deepEqual(
      [...key].map((_, i) => text[offsets[i]!]),
      ['二', '到', '２', '０', '２', '５', '年', '發', '展'],
    );
  });
});

describe('search diff marking', () => {
  const differing = (draft: string, precedent: string): string[] =>
    markDifferences(draft, precedent)
      .filter((s) => s.differs)
      .map((s) => s.text);

  const table: [draft: string, precedent: string, differs: string[]][] = [
    ['到2027年，建成高能级创新平台20家以上。', '到2025年，建成高能级创新平台15个以上。', ['2025年，', '15个']],
    ['到2025年，全市产业规模达到1000亿元以上。', '到2025年，全市产业规模达到1500亿元。', ['1500亿元。']],
    ['支持医疗机构开展互联网诊疗服务。', '支持医疗机构开展互联网诊疗服务。', []],
    ['推进电子处方流转。', '鼓励银行推出专属信贷产品。', ['鼓励银行推出专属信贷产品。']],
    ['加快發展生物醫藥產業', '加快发展生物医药产业', []],
  ];
  for (const [draft, precedent, differs] of table) {
    it(`marks what ${precedent} adds to ${draft}`, () => assert.deepEqual(differing(draft, precedent), differs));
  }

  it('reassembles the precedent exactly, punctuation and all', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (draft, precedent) => {
        assert.equal(
          markDifferences(draft, precedent)
            .map((s) => s.text)
            .join(''),
          precedent,
        );
      }),
    );
  });

  it('does not count single scattered characters as shared', () => {
    assert.deepEqual(differing('的和', '发展的产业和平台'), ['发展的产业和平台']);
  });

  it('stays bounded on long texts by falling back to shared bigrams', () => {
    const draft = '推进产业发展'.repeat(200);
    const precedent = `${'推进产业发展'.repeat(200)}加强保障`;
    const segments = markDifferences(draft, precedent, { maxCells: 1000 });
    assert.deepEqual(
      segments.filter((s) => s.differs).map((s) => s.text),
      ['加强保障'],
    );
  });
});

describe('search Markdown escaping', () => {
  const hostile = [
    '[点击](command:workbench.action.terminal.new)',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'https://evil.example/x',
    'www.evil.example',
    '![图](https://evil.example/a.png)',
    '`code` **bold** _em_ ~~del~~',
    '第一行\n# 标题\n- 列表\n> 引用',
    '&lt;b&gt; &#60;',
    '| 表 | 格 |',
    '[a]: command:x',
    'javascript:alert(1)',
  ];
  for (const text of hostile) {
    it(`makes ${JSON.stringify(text)} inert`, () => {
      const escaped = escapeMarkdown(text);
      assert.ok(!/(^|[^\\])[[\]()<>!`*_&|:]/.test(escaped.replace(/\\\\/g, '')), escaped);
      assert.ok(!escaped.includes('\n'));
    });
  }

  it('escapes every ASCII punctuation character and keeps all other text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeMarkdown(text);
        const unescaped = escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1');
        assert.equal(unescaped, text.replace(/[\r\n\u2028\u2029\x00-\x1f\x7f]/g, ' '));
        // No punctuation character is left unescaped.
        assert.ok(!/(^|[^\\])(\\\\)*[!-/:-@[-`{-~]/.test(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')));
      }),
    );
  });
});

describe('search row labels', () => {
  it('show $(name) in corpus text as written, not as an icon', () => {
    assert.equal(escapeLabelIcons('费用$(rocket)与$(x)元'), '费用\\$(rocket)与\\$(x)元');
    assert.equal(escapeLabelIcons('支持企业发展'), '支持企业发展');
  });
});

describe('search folding for the index', () => {
  it('writes the same units as clauseSearchKey, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { units, length } = foldUnitsInto(text, new Uint16Array(4));
        assert.equal(String.fromCharCode(...units.subarray(0, length)), clauseSearchKey(text));
      }),
    );
    // Plain text (ASCII, ideographs, full-width forms, punctuation) is folded unit by unit; the rest through NFKC.
    const texts = [
      '（一）到２０２５年，建成AI平台15个。',
      '😀发展👍产业',
      '5G+医疗 健康',
      '建设ＡＩ、５Ｇ等新型基础设施……',
      '“一事一议”　方式——试点',
      '推进Cafe\u0301等品牌建设',
      '完善㐀字库与⑴项目',
    ];
    for (const text of texts) {
      const { units, length } = foldUnitsInto(text, new Uint16Array(4));
      assert.equal(String.fromCharCode(...units.subarray(0, length)), clauseSearchKey(text), text);
    }
  });

  const kept: [text: string, count: number, keeps: boolean][] = [
    ['（一）指导思想', 6, false],
    ['（一）加快发展数字经济。', 6, true],
    ['……——“”', 1, false],
    ['𠀋字库', 4, true],
    ['𠀋字库', 5, false],
  ];
  for (const [text, count, keeps] of kept) {
    it(`${JSON.stringify(text)} ${keeps ? 'keeps' : 'does not keep'} ${count} units`, () => {
      assert.equal(keepsUnits(text, count), keeps);
      assert.equal(text.replace(/[\s\p{P}\p{S}]/gu, '').length >= count, keeps);
    });
  }
});
