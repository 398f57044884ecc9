import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { draftToOfficialDocument } from '../../src/core/officialDocument/draftToOfficialDocument';
import { exportDraft } from '../../src/core/officialDocument/exportDraft';
import { grid, marginMm, paperMm, pointSize, textBlock, twipsToMm } from '../../src/core/officialDocument/gbt9704';
import { markdownRuns, runsText } from '../../src/core/officialDocument/inlineRuns';
import type { ParagraphBlock } from '../../src/core/officialDocument/officialDocument';
import { arabicDate } from '../../src/core/officialDocument/officialFields';
import { columnWidths, textWidthInChars } from '../../src/core/officialDocument/writeOfficialDocx';
import { at } from './at';
import { expectedParagraphs } from './officialDocxText';

const examples = join(__dirname, '../../examples');
const sample = readFileSync(join(examples, '某市生物医药产业发展行动计划（草案）.md'), 'utf8');

/** The parts of a .docx as XML strings. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** A numeric attribute of the first element `tag` in `xml`. */
function attribute(xml: string, tag: string, name: string): number {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml);
  assert.ok(element, `no <${tag}>`);
  const value = new RegExp(`\\b${name}="(-?\\d+)"`).exec(element[0]);
  assert.ok(value, `<${tag}> has no ${name}: ${element[0]}`);
  return Number(value[1]);
}

/** The XML of the style whose name is `name`. */
function style(stylesXml: string, name: string): string {
  const found = [...stylesXml.matchAll(/<w:style\b[\s\S]*?<\/w:style>/g)].map((m) => m[0]).find((xml) => xml.includes(`<w:name w:val="${name}"/>`));
  assert.ok(found, `no style named ${name}`);
  return found;
}

function styleOf(blocks: ReturnType<typeof draftToOfficialDocument>['blocks'], text: string): string | undefined {
  const block = blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && runsText(b.runs).startsWith(text));
  return block?.style;
}

describe('official document: the draft laid out per GB/T 9704-2012', () => {
  describe('the document model', () => {
    const cases: [string, string, string][] = [
      ['# 某市数字经济发展行动计划（2025—2027年）\n\n一、总体要求', '某市数字经济发展行动计划', 'title'],
      ['# 某市行动计划\n（征求意见稿）\n\n一、总体要求', '（征求意见稿）', 'subtitle'],
      ['# 某市行动计划\n\n各区人民政府，市政府各部门：\n\n一、总体要求', '各区人民政府', 'addressee'],
      ['# 某市行动计划\n\n## 一、总体要求\n\n正文。', '一、总体要求', 'heading1'],
      ['# 某市行动计划\n\n一、总体要求\n\n### （一）指导思想', '（一）指导思想', 'heading2'],
      ['# 某市行动计划\n\n一、重点任务\n\n1. 建设智能算力中心。扩大规模。', '1. 建设智能算力中心', 'heading3'],
      ['# 某市行动计划\n\n一、重点任务\n\n（1）建设智能算力中心。', '（1）建设智能算力中心', 'heading4'],
      ['# 某市规划\n\n第一章 发展基础\n\n一、主要成就', '第一章 发展基础', 'chapter'],
      ['# 某市行动计划\n\n一、总体要求\n\n——坚持创新引领。', '——坚持创新引领', 'body'],
      ['# 某市行动计划\n\n正文。\n\n附件：任务分解表\n\n## 附件\n\n任务分解表\n\n| 序号 | 任务 |\n| --- | --- |\n| 1 | 甲 |', '附件：任务分解表', 'attachmentNote'],
      ['# 某市行动计划\n\n正文。\n\n## 附件\n\n任务分解表\n\n| 序号 | 任务 |\n| --- | --- |\n| 1 | 甲 |', '任务分解表', 'attachmentTitle'],
      ['# 某市行动计划\n\n正文。\n\n表1 主要指标\n| 指标 | 目标 |\n| --- | --- |\n| 产值 | 100 |', '表1 主要指标', 'tableCaption'],
      ['某市医疗器械产业链工作方案（草案）\n\n一、工作目标', '某市医疗器械产业链工作方案（草案）', 'title'],
      ['# 某市行动计划\n\n正文。\n\n某市人民政府\n二〇二五年六月十八日', '某市人民政府', 'signature'],
    ];
    for (const [draft, line, expected] of cases) {
      it(`${line} → ${expected}`, () => {
        const format = draft.startsWith('#') ? 'markdown' : 'plaintext';
        assert.equal(styleOf(draftToOfficialDocument(draft, format).blocks, line), expected);
      });
    }

    it('writes a closing date in Arabic numerals', () => {
      const model = draftToOfficialDocument('# 某市行动计划\n\n正文。\n\n某市人民政府\n二〇二五年六月十八日', 'markdown');
      assert.equal(styleOf(model.blocks, '2025年6月18日'), 'date');
    });

    it('reads 主送机关, 发文机关署名 and 成文日期 from the front matter', () => {
      const draft = '---\n主送机关: 各区人民政府，市政府各部门\n发文机关署名: 某市人民政府办公厅\n成文日期: 2025-06-18\n---\n# 某市行动计划\n\n一、总体要求\n\n正文。\n';
      const blocks = draftToOfficialDocument(draft, 'markdown').blocks as ParagraphBlock[];
      assert.deepEqual(
        blocks.map((b) => [b.style, runsText(b.runs)]),
        [
          ['title', '某市行动计划'],
          ['addressee', '各区人民政府，市政府各部门：'],
          ['heading1', '一、总体要求'],
          ['body', '正文。'],
          ['signature', '某市人民政府办公厅'],
          ['date', '2025年6月18日'],
        ],
      );
    });

    it('puts each 附件 on a new page, after the 附件说明, 署名 and 成文日期', () => {
      const draft = '---\n发文机关署名: 某市人民政府\n成文日期: 2025年6月18日\n---\n# 某市行动计划\n\n正文。\n\n## 附件1 重点项目表\n\n甲。\n\n## 附件2 任务分解表\n\n乙。\n';
      const blocks = draftToOfficialDocument(draft, 'markdown').blocks as ParagraphBlock[];
      assert.deepEqual(
        blocks.map((b) => [b.style, runsText(b.runs), Boolean(b.pageBreakBefore)]),
        [
          ['title', '某市行动计划', false],
          ['body', '正文。', false],
          ['attachmentNote', '附件：1. 重点项目表', false],
          ['attachmentNote', '2. 任务分解表', false],
          ['signature', '某市人民政府', false],
          ['date', '2025年6月18日', false],
          ['attachmentMark', '附件1', true],
          ['attachmentTitle', '重点项目表', false],
          ['body', '甲。', false],
          ['attachmentMark', '附件2', true],
          ['attachmentTitle', '任务分解表', false],
          ['body', '乙。', false],
        ],
      );
    });

    it('leaves no Markdown syntax in the text: emphasis, bullets, links, escapes, headings, cell-less tables', () => {
      const cases: [string, string][] = [
        ['**“数字经济”**发展', '“数字经济”发展'],
        ['坚持**创新引领。**强化', '坚持创新引领。强化'],
        ['见[《规划》](https://example.invalid)和`代码`', '见《规划》和代码'],
        ['单价\\*2 &amp; 更多', '单价*2 & 更多'],
        ['*2025年*底前', '2025年底前'],
      ];
      for (const [written, expected] of cases) assert.equal(runsText(markdownRuns(written)), expected, written);
      const model = draftToOfficialDocument('# **某市**行动计划\n\n- **一是**推进。\n> 引文。\n\n<!-- 备注 -->\n\n---\n\n| --- | --- |\n\n正文。', 'markdown');
      const texts = (model.blocks as ParagraphBlock[]).map((b) => runsText(b.runs));
      assert.deepEqual(texts, ['某市行动计划', '一是推进。', '引文。', '正文。']);
      assert.ok(at((model.blocks[1] as ParagraphBlock).runs, 0).bold, 'bold stays bold');
    });

    it('keeps every line of the sample drafts', () => {
      for (const name of ['某市生物医药产业发展行动计划（草案）.md', '某市医疗器械产业链工作方案（草案）.txt']) {
        const text = readFileSync(join(examples, name), 'utf8');
        const model = draftToOfficialDocument(text, name.endsWith('.md') ? 'markdown' : 'plaintext');
        const written = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : [...b.header, ...b.rows.flat()].map(runsText))).join('\n');
        for (const paragraph of expectedParagraphs(text, name.endsWith('.md') ? 'markdown' : 'plaintext')) {
          assert.ok(written.includes(paragraph), `${name}: lost ${paragraph}`);
        }
      }
    });

    it('reads dates as drafters write them', () => {
      const cases: [string, string | undefined][] = [
        ['2025-06-18', '2025年6月18日'],
        ['2025/6/8', '2025年6月8日'],
        ['2025年06月18日', '2025年6月18日'],
        ['二〇二五年六月十八日', '2025年6月18日'],
        ['二○二五年十二月三十一日', '2025年12月31日'],
        ['2025-13-01', undefined],
        ['六月', undefined],
      ];
      for (const [written, expected] of cases) assert.equal(arabicDate(written), expected, written);
    });
  });

  describe('the written .docx, read back from its XML', () => {
    let xml: Record<string, string>;
    let bytes: Uint8Array;
    before(async () => {
      bytes = (await exportDraft(sample, 'markdown')).bytes;
      xml = parts(bytes);
    });
    const part = (name: string): string => {
      const text = xml[name];
      assert.ok(text !== undefined, `the .docx has no ${name}`);
      return text;
    };

    it('is A4 with the standard margins, within 1 mm', () => {
      const document = part('word/document.xml');
      const mm = (tag: string, name: string) => twipsToMm(attribute(document, tag, name));
      assert.ok(Math.abs(mm('w:pgSz', 'w:w') - paperMm.width) < 0.1);
      assert.ok(Math.abs(mm('w:pgSz', 'w:h') - paperMm.height) < 0.1);
      const expected = { 'w:top': 37, 'w:bottom': 35, 'w:left': 28, 'w:right': 26 };
      for (const [name, value] of Object.entries(expected)) assert.ok(Math.abs(mm('w:pgMar', name) - value) < 1, `${name}: ${mm('w:pgMar', name)} mm`);
      assert.deepEqual(marginMm, { top: 37, left: 28, bottom: 35, right: 26 });
    });

    it('has a grid of 22 lines a page and 28 characters a line', () => {
      const document = part('word/document.xml');
      const pitch = attribute(document, 'w:docGrid', 'w:linePitch');
      const height = attribute(document, 'w:pgSz', 'w:h') - attribute(document, 'w:pgMar', 'w:top') - attribute(document, 'w:pgMar', 'w:bottom');
      assert.equal(Math.floor(height / pitch), grid.linesPerPage);
      const width = attribute(document, 'w:pgSz', 'w:w') - attribute(document, 'w:pgMar', 'w:left') - attribute(document, 'w:pgMar', 'w:right');
      const charPitch = (16 + attribute(document, 'w:docGrid', 'w:charSpace') / 4096) * 20;
      assert.equal(Math.floor(width / charPitch), grid.charsPerLine);
      // The condensed 3号 characters give 28 a line without the grid too.
      const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(style(part('word/styles.xml'), '正文'))?.[1]);
      assert.ok(spacing < 0, 'condensed');
      assert.equal(Math.floor(width / (16 * 20 + spacing)), grid.charsPerLine);
      // Every body line is one grid line.
      assert.equal(attribute(style(part('word/styles.xml'), '正文'), 'w:spacing', 'w:line'), pitch);
    });

    it('sets the title, body and heading fonts and sizes', () => {
      const styles = part('word/styles.xml');
      const expected: [string, string, number, string | undefined][] = [
        ['标题', '方正小标宋简体', 44, 'center'],
        ['正文', '仿宋_GB2312', 32, undefined],
        ['一级标题', '黑体', 32, undefined],
        ['二级标题', '楷体_GB2312', 32, undefined],
        ['三级标题', '仿宋_GB2312', 32, undefined],
        ['四级标题', '仿宋_GB2312', 32, undefined],
        ['页码', '宋体', 28, undefined],
      ];
      for (const [name, font, size, alignment] of expected) {
        const xmlOfStyle = style(styles, name);
        assert.match(xmlOfStyle, new RegExp(`w:eastAsia="${font}"`), name);
        assert.equal(attribute(xmlOfStyle, 'w:sz', 'w:val'), size, name);
        if (alignment) assert.match(xmlOfStyle, new RegExp(`<w:jc w:val="${alignment}"/>`), name);
      }
      assert.match(style(styles, '正文'), /w:firstLineChars="200"/);
    });

    it('names the paragraph styles and uses them', () => {
      const styles = part('word/styles.xml');
      for (const name of [
        '标题',
        '主送机关',
        '正文',
        '一级标题',
        '二级标题',
        '三级标题',
        '四级标题',
        '附件说明',
        '发文机关署名',
        '成文日期',
        '附件标识',
        '附件标题',
        '表格文字',
        '表头',
      ])
        style(styles, name);
      const document = part('word/document.xml');
      for (const id of ['GwTitle', 'GwBody', 'GwHeading1', 'GwHeading2', 'GwHeading3', 'GwTableHeader', 'GwTableText'])
        assert.match(document, new RegExp(`<w:pStyle w:val="${id}"/>`), id);
    });

    it('numbers pages — 1 — in 4号宋体, odd pages right and even pages left', () => {
      assert.match(part('word/settings.xml'), /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
      const rels = part('word/_rels/document.xml.rels');
      const document = part('word/document.xml');
      const footer = (type: string) => {
        const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(document)?.[1];
        const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
        assert.ok(target, `footer ${type}`);
        return part(`word/${target}`);
      };
      for (const [type, side] of [
        ['default', 'right'],
        ['even', 'left'],
      ] as const) {
        const footerXml = footer(type);
        assert.match(footerXml, /PAGE/);
        assert.match(footerXml, /— <\/w:t>/);
        assert.match(footerXml, / —<\/w:t>/);
        assert.match(footerXml, new RegExp(`<w:jc w:val="${side}"/>`));
        assert.match(footerXml, /GwPageNumber/);
      }
    });

    it('repeats the header row of every table on each page and keeps rows whole', () => {
      const document = part('word/document.xml');
      const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      assert.equal(tables.length, 1);
      const table = at(tables, 0);
      const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
      assert.match(firstRow, /<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
      assert.match(table, /<w:cantSplit/);
    });

    /**
     * The 任务分解表 of a 市教育局 draft as Generate Task Table writes it: shrinking every column alike
     * set 市教育局 and 2027年底前 over two lines each (the walkthrough's export, rendered by LibreOffice).
     */
    const taskTables: [what: string, table: string[], oneLine: Record<string, string>][] = [
      [
        'a 任务分解表 with long tasks and partner lists',
        [
          '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
          '| --- | --- | --- | --- | --- |',
          '| 1 | 科学编制学校布局规划 | 市教育局 | 市自然资源局、市住房城乡建设局 | 2027年底前 |',
          '| 2 | 加强学生体质健康和心理健康工作 | 市教育局 | 市卫生健康委、市体育局 | 2027年底前 |',
          '| 3 | 落实教师待遇保障 | 市财政局 | 市教育局、市人社局 | 2026年6月底前 |',
        ],
        { 序号: '序号', 牵头单位: '市教育局', 完成时限: '2026年6月底前' },
      ],
      [
        'a 主要指标表',
        ['| 序号 | 指标 | 单位 | 2024年 | 2027年目标 | 属性 |', '| --- | --- | --- | --- | --- | --- |', '| 1 | 义务教育优质均衡发展区县占比 | % | 40 | 80以上 | 预期性 |'],
        { 单位: '单位', '2024年': '2024年', 属性: '预期性' },
      ],
    ];
    for (const [what, table, oneLine] of taskTables) {
      it(`gives the short columns of ${what} room for their text on one line`, () => {
        const document = draftToOfficialDocument(['# 某市推进义务教育优质均衡发展的实施意见', '', ...table, ''].join('\n'), 'markdown');
        const block = document.blocks.find((b) => b.kind === 'table');
        assert.ok(block?.kind === 'table');
        const widths = columnWidths(block);
        assert.equal(
          widths.reduce((sum, width) => sum + width, 0),
          textBlock.width,
        );
        const headers = block.header.map((cell) => runsText(cell));
        for (const [header, text] of Object.entries(oneLine)) {
          const width = at(widths, headers.indexOf(header));
          // 四号 characters and the half character put between digits and Chinese, less Word's default cell margins of 108 twips a side.
          assert.ok(width - 216 >= (textWidthInChars(text) + 0.5) * pointSize.四号 * 20, `${header}: ${width} twips for ${text}`);
        }
      });
    }

    it('names each typeface with the Windows font to fall back to', () => {
      const fonts = part('word/fontTable.xml');
      assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
      assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
      assert.match(fonts, /<w:font w:name="方正小标宋简体">/);
    });

    it('reads back with mammoth holding every paragraph of the draft', async () => {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      for (const paragraph of expectedParagraphs(sample, 'markdown')) assert.ok(value.includes(paragraph), `lost: ${paragraph}`);
      assert.doesNotMatch(value, /\*\*|^#+ |\| ---/m);
    });
  });
});
