import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { chineseNumber, docxText, measureDocumentXml } from '../../../src/core/userCorpus/docxText';
import { readZipXml } from '../../../src/core/userCorpus/zipXml';
import { buildDocx, type DocxBlock } from './docxFixture';

describe('userCorpus/docxText', () => {
  const cases: { name: string; blocks: DocxBlock[]; expected: string[] }[] = [
    {
      name: 'writes Word automatic numbering in the official hierarchy 一、 （一） 1.',
      blocks: [
        { kind: 'numbered', level: 0, text: '总体要求' },
        { kind: 'numbered', level: 1, text: '指导思想' },
        { kind: 'paragraph', text: '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。' },
        { kind: 'numbered', level: 1, text: '发展目标' },
        { kind: 'numbered', level: 2, text: '到2025年，全市生物医药产业规模突破1000亿元。' },
        { kind: 'numbered', level: 2, text: '培育年营收超10亿元企业20家以上。' },
        { kind: 'numbered', level: 0, text: '重点任务' },
        { kind: 'numbered', level: 1, text: '建设高能级创新平台。' },
      ],
      expected: [
        '一、总体要求',
        '（一）指导思想',
        '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
        '（二）发展目标',
        '1.到2025年，全市生物医药产业规模突破1000亿元。',
        '2.培育年营收超10亿元企业20家以上。',
        '二、重点任务',
        '（一）建设高能级创新平台。',
      ],
    },
    {
      name: 'keeps numbers the drafter typed and does not number them twice',
      blocks: [
        { kind: 'numbered', level: 0, text: '一、总体要求' },
        { kind: 'numbered', level: 0, text: '重点任务' },
        { kind: 'paragraph', text: '（三）强化要素保障。加大财政资金支持力度。' },
      ],
      expected: ['一、总体要求', '二、重点任务', '（三）强化要素保障。加大财政资金支持力度。'],
    },
    {
      name: 'turns the Title style into the document heading and heading styles into Markdown headings',
      blocks: [
        { kind: 'title', text: '杭州市推进人工智能产业创新发展行动计划' },
        { kind: 'heading', level: 1, text: '一、总体要求' },
        { kind: 'paragraph', text: '坚持创新驱动，坚持应用牵引。' },
      ],
      expected: ['# 杭州市推进人工智能产业创新发展行动计划', '## 一、总体要求', '坚持创新驱动，坚持应用牵引。'],
    },
    {
      name: 'writes a 任务分解表 as a Markdown table, a merged 责任部门 cell applying to each row it spans',
      blocks: [
        {
          kind: 'table',
          rows: [
            ['序号', '具体工作', '责任部门'],
            ['1', '建设国家级创新平台', { text: '区科经委', rowSpan: 2 }],
            ['2', '引进高端人才团队'],
            ['3', '完善投融资体系｜基金', '区财政局'],
          ],
        },
      ],
      expected: [
        [
          '| 序号 | 具体工作 | 责任部门 |',
          '| --- | --- | --- |',
          '| 1 | 建设国家级创新平台 | 区科经委 |',
          '| 2 | 引进高端人才团队 | 区科经委 |',
          '| 3 | 完善投融资体系｜基金 | 区财政局 |',
        ].join('\n'),
      ],
    },
    {
      name: 'keeps line breaks inside a paragraph and drops empty paragraphs',
      blocks: [
        { kind: 'paragraph', text: '浙江省人民政府办公厅\n2021年6月1日' },
        { kind: 'paragraph', text: '   ' },
        { kind: 'paragraph', text: '（此件公开发布）' },
      ],
      expected: ['浙江省人民政府办公厅\n2021年6月1日', '（此件公开发布）'],
    },
  ];

  for (const { name, blocks, expected } of cases) {
    it(name, async () => {
      const { markdown } = await docxText(await buildDocx(blocks));
      assert.deepEqual(markdown.trimEnd().split('\n\n'), expected);
    });
  }

  it('reports the Title paragraph as the title', async () => {
    const result = await docxText(
      await buildDocx([
        { kind: 'title', text: '某区科技创新三年行动方案' },
        { kind: 'paragraph', text: '正文。' },
      ]),
    );
    assert.equal(result.title, '某区科技创新三年行动方案');
  });

  it('rejects bytes that are not a Word document', async () => {
    await assert.rejects(docxText(new TextEncoder().encode('这不是一个Word文件')));
    const zip = new JSZip();
    zip.file('readme.txt', '一个没有 word/document.xml 的压缩包');
    await assert.rejects(docxText(await zip.generateAsync({ type: 'uint8array' })));
  });

  it('refuses a Word file whose XML would inflate past the limit, before mammoth reads it', async () => {
    const zip = new JSZip();
    // 4 MB of XML that deflates to a few kilobytes: a small zip bomb.
    zip.file('word/document.xml', `<w:document>${' '.repeat(4 * 1024 * 1024)}</w:document>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    assert.ok(bytes.length < 64 * 1024);
    assert.equal(readZipXml(bytes, 8 * 1024 * 1024).bytes, 4 * 1024 * 1024 + '<w:document></w:document>'.length);
    await assert.rejects(docxText(bytes, { maxXmlBytes: 1024 * 1024, maxParagraphs: 10 }), /over 1 MB of XML/);
  });

  it('counts what a part really inflates to, whatever size the zip directory declares', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document>${' '.repeat(4 * 1024 * 1024)}</w:document>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Declare 1,000 bytes in the central directory entry (uncompressed size at +24).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let entry = bytes.length - 22;
    while (view.getUint32(entry, true) !== 0x02014b50) entry--;
    view.setUint32(entry + 24, 1000, true);
    await assert.rejects(docxText(bytes, { maxXmlBytes: 1024 * 1024, maxParagraphs: 10 }), /over 1 MB of XML/);
  });

  it('refuses a Word file of more paragraphs than a plan has', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({ kind: 'paragraph' as const, text: `第${i + 1}段。` }));
    const bytes = await buildDocx(paragraphs);
    await assert.rejects(docxText(bytes, { maxXmlBytes: 1024 * 1024, maxParagraphs: 20 }), /over 20 paragraphs/);
    assert.match((await docxText(bytes, { maxXmlBytes: 1024 * 1024, maxParagraphs: 40 })).markdown, /第30段。/);
  });

  it('measures the part the package names as its document, whatever its name', async () => {
    const zip = await JSZip.loadAsync(await buildDocx([{ kind: 'paragraph', text: '诱饵。' }]));
    const body = Array.from({ length: 50 }, (_, i) => `<w:p><w:r><w:t>第${i + 1}段。</w:t></w:r></w:p>`).join('');
    const main = (await zip.file('word/document.xml')!.async('string')).replace(/<w:body>.*<\/w:body>/s, `<w:body>${body}</w:body>`);
    zip.file('word/main.bin', main);
    zip.file('_rels/.rels', (await zip.file('_rels/.rels')!.async('string')).replace(/Target="\/?word\/document\.xml"/, 'Target="word/main.bin"'));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await assert.rejects(docxText(bytes, { maxXmlBytes: 1024 * 1024, maxParagraphs: 20 }), /over 20 paragraphs/);
  });

  it('counts paragraphs by the XML structure: any namespace prefix, any whitespace after the name (hostile R02, R02b)', async () => {
    const zip = await JSZip.loadAsync(await buildDocx([{ kind: 'paragraph', text: '诱饵。' }]));
    const xml = await zip.file('word/document.xml')!.async('string');
    const newline = Array.from({ length: 50 }, () => '<w:p\n><w:r><w:t>建</w:t></w:r></w:p\n>').join('');
    const prefix = Array.from({ length: 50 }, () => '<x:p><x:r><x:t>建</x:t></x:r></x:p>').join('');
    for (const body of [newline, prefix]) {
      const main = xml
        .replace('<w:document ', '<w:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ')
        .replace(/<w:body>.*<\/w:body>/s, `<w:body>${body}</w:body>`);
      zip.file('word/document.xml', main);
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      await assert.rejects(docxText(bytes, { maxParagraphs: 20 }), /over 20 paragraphs/);
    }
    assert.deepEqual(measureDocumentXml('<p>a</p><w:pPr/><w:proofErr/><w:p/><q:p\t>b</q:p>'), { paragraphs: 3, cells: 0 });
  });

  it('counts a merged cell once per column it spans, before mammoth reads the file (hostile R01, R01b)', async () => {
    const zip = await JSZip.loadAsync(await buildDocx([{ kind: 'table', rows: [['序号', '任务']] }]));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('<w:tc>', '<w:tc><w:tcPr><w:gridSpan w:val="300000000"/></w:tcPr>'));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const started = performance.now();
    await assert.rejects(docxText(bytes), /over 200000 cells/);
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(measureDocumentXml('<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tc><w:tc/><w:tcPr/>'), { paragraphs: 0, cells: 4 });
  });

  it('stops writing at the character limit when a long cell is merged down many rows', async () => {
    const rows = [['序号', '牵头单位'], ...Array.from({ length: 200 }, (_, i) => [String(i + 1), i === 0 ? { text: '市发展改革委'.repeat(500), rowSpan: 200 } : ''])];
    const bytes = await buildDocx([{ kind: 'table', rows: rows.map((row) => row.filter((cell) => cell !== '')) }]);
    await assert.rejects(docxText(bytes, { maxChars: 100_000 }), /over 100000 characters/);
    assert.match((await docxText(bytes)).markdown, /市发展改革委/);
  });

  it('says in plain words why a zip is no Word document', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p>未闭合');
    await assert.rejects(docxText(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })), (error: Error) => !/xmldom|Bug|\[/.test(error.message));
  });

  it('measures only the XML parts of a real .docx, and refuses a non-zip or a truncated one', async () => {
    const bytes = await buildDocx([{ kind: 'paragraph', text: '正文。' }]);
    const xml = readZipXml(bytes, 1024 * 1024);
    assert.ok(xml.bytes > 500 && xml.bytes < 10_000);
    assert.match(xml.document ?? '', /正文。/);
    assert.throws(() => readZipXml(new TextEncoder().encode('不是压缩包'), 1024), /not a zip/);
    assert.throws(() => readZipXml(bytes.subarray(0, bytes.length - 30), 1024 * 1024));
  });

  it('writes Chinese numbers as plans do', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 35, 99].map(chineseNumber), ['一', '九', '十', '十一', '二十', '三十五', '九十九']);
  });
});
