import * as assert from 'node:assert/strict';
import { htmlToText, looksLikeHtml } from '../../../src/core/import/htmlText';
import { readPage } from '../../../src/core/import/readPage';

/** A page as a county portal serves it: chrome, a script, a style, a title split by <br>, entities. */
const portalPage = `<!DOCTYPE html><html><head><title>某某县人民政府门户网站</title>
<style>.nav{color:red}</style><script>var s = "<p>不是正文</p>";</script></head>
<body><nav><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></nav>
<div class="content"><p style="text-align:center"><b>某某县人民政府办公室关于加快<br>数字乡村建设的实施意见</b></p>
<p>某县政办发〔2023〕12号</p>
<p>各乡镇人民政府，县政府各部门：</p>
<p>&emsp;&emsp;为推进数字乡村建设，结合本县实际，提出如下意见。</p>
<p>一、总体要求</p>
<p>到2025年，全县行政村5G网络覆盖率达到95%以上&nbsp;。</p>
<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>
<tr><td>1</td><td>建设益农信息社 &amp; 服务站</td><td rowspan="2">县农业农村局</td></tr>
<tr><td>2</td><td>推进“互联网+”农产品出村</td></tr></table>
</div><footer>版权所有：某某县人民政府 ICP备12345678号</footer></body></html>`;

describe('import: reading HTML', () => {
  const cases: { name: string; html: string; text: string }[] = [
    {
      name: 'paragraphs and <br> end lines; entities decoded',
      html: '<p>一、总体要求</p><p>坚持&ldquo;统筹&rdquo;推进<br>分步实施&amp;试点</p>',
      text: '一、总体要求\n坚持“统筹”推进\n分步实施&试点',
    },
    { name: 'scripts, styles and navigation dropped', html: '<script>alert("x")</script><style>p{}</style><nav>首页</nav><p>正文。</p>', text: '正文。' },
    { name: 'a one-column layout table gives its lines', html: '<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>', text: '第一段。\n第二段。' },
    { name: 'a fragment starting at <tbody> is read', html: '<tbody><tr><td><p>（一）加强组织领导。</p></td></tr></tbody>', text: '（一）加强组织领导。' },
    {
      name: 'a data table becomes a Markdown table, spans kept square',
      html: '<table><tr><td colspan="2">指标</td></tr><tr><td>a</td><td>b|c</td></tr></table>',
      text: '| 指标 |  |\n| --- | --- |\n| a | b\\|c |',
    },
    { name: 'no-break spaces collapse', html: '<p>到2025年&nbsp;&nbsp; 达到&#12290;</p>', text: '到2025年 达到。' },
  ];
  for (const { name, html, text } of cases) it(name, () => assert.equal(htmlToText(html), text));

  it('tells HTML from text', () => {
    assert.equal(looksLikeHtml(portalPage), true);
    assert.equal(looksLikeHtml('<tbody><tr><td><p>正文</p><p>续</p></td></tr></tbody>'), true);
    assert.equal(looksLikeHtml('一、总体要求\n到2025年，覆盖率达到95%（<5%的误差）。'), false);
  });

  it('bounds a hostile colspan and rowspan', () => {
    const html = `<table><tr><td colspan="1000000" rowspan="1000000">甲</td><td>乙</td></tr>${'<tr><td>丙</td><td>丁</td></tr>'.repeat(2000)}</table>`;
    const lines = htmlToText(html).split('\n');
    assert.ok(lines.length > 2000);
    assert.ok(lines[0]!.split('|').length <= 52);
  });
});

describe('import: readPage', () => {
  it('reads a portal page into the document, its title and its facts', () => {
    const page = readPage(new TextEncoder().encode(portalPage), 'notice.html');
    assert.ok(page.ok);
    assert.equal(page.title, '某某县人民政府办公室关于加快数字乡村建设的实施意见');
    assert.equal(page.facts.kind, '实施意见');
    assert.equal(page.facts.issuer, '某某县人民政府办公室');
    for (const gone of ['首页', '不是正文', 'color', '版权所有', '&gt;', '&nbsp;', '<p>']) assert.ok(!page.text.includes(gone), `no ${gone}`);
    assert.match(page.text, /^# 某某县人民政府办公室关于加快数字乡村建设的实施意见$/m);
    assert.match(page.text, /^## 一、总体要求$/m);
    assert.match(page.text, /\| 序号 \| 任务 \| 责任单位 \|\n\| --- \| --- \| --- \|\n\| 1 \| 建设益农信息社 & 服务站 \| 县农业农村局 \|\n\| 2 \| 推进“互联网\+”农产品出村 \|  \|/);
  });

  it('rebuilds the lines of a text whose line breaks were lost', () => {
    const runOn =
      '某某市人民政府办公厅关于推进智慧交通发展的指导意见某府办发〔2022〕3号各县（市、区）人民政府，市政府各部门：为加快智慧交通发展，现提出如下意见。一、总体要求（一）指导思想。坚持以人民为中心，统筹发展和安全，推动交通运输数字化转型。（二）主要目标。到2025年，全市重点营运车辆联网联控率达到100%。二、重点任务（一）建设感知网络。1.完善路侧设施。在主要干线公路布设感知设备，统一接入全市平台。2.推进数据共享。建立交通数据目录，按季度更新。';
    const page = readPage(runOn, 'notice.txt');
    assert.ok(page.ok);
    assert.equal(page.title, '某某市人民政府办公厅关于推进智慧交通发展的指导意见');
    const lines = page.text.split('\n').filter((line) => line !== '');
    for (const expected of [
      '某府办发〔2022〕3号',
      '各县（市、区）人民政府，市政府各部门：',
      '## 一、总体要求',
      '（一）指导思想。坚持以人民为中心，统筹发展和安全，推动交通运输数字化转型。',
      '## 二、重点任务',
      '（一）建设感知网络。',
      '1.完善路侧设施。在主要干线公路布设感知设备，统一接入全市平台。',
    ]) {
      assert.ok(lines.includes(expected), `a line of its own: ${expected}\n${lines.join('\n')}`);
    }
  });

  it('reads a spaced-out 文号 and a title with a comma before the addressees', () => {
    const runOn: [string, string][] = [
      [
        '国务院关于促进稀土行业持续健康发展的若干意见国发 〔2011〕 12 号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：稀土是不可再生的重要战略资源。一、明确指导思想（一）指导思想。坚持保护与开发并重。',
        '国发〔2011〕12号',
      ],
      [
        '关于生态环境领域进一步深化“放管服”改革，推动经济高质量发展的指导意见各省、自治区、直辖市环境保护厅（局）：为进一步深化改革，提出如下意见。一、总体要求（一）指导思想。坚持稳中求进。',
        '各省、自治区、直辖市环境保护厅（局）：',
      ],
    ];
    for (const [text, line] of runOn) {
      const page = readPage(text, 'notice.txt');
      assert.ok(page.ok);
      assert.ok(page.text.split('\n').includes(line), `a line of its own: ${line}\n${page.text}`);
    }
  });

  it("drops a scraper's Markdown front lines and marks", () => {
    const page = readPage(
      '# 关于印发《某某区促进人工智能产业发展若干措施》的通知\n\n**发布日期**: 2024-05-06\n**原文链接**: [http://example.invalid/a.html](http://example.invalid/a.html)\n\n---\n\n## 政策全文\n\n  **一、支持算力建设**\n\n  对新建智能算力中心给予补贴。\n',
      'page.md',
    );
    assert.ok(page.ok);
    assert.equal(page.title, '某某区促进人工智能产业发展若干措施');
    for (const gone of ['**', '发布日期', '原文链接', 'http', '政策全文', '---']) assert.ok(!page.text.includes(gone), `no ${gone}\n${page.text}`);
    assert.match(page.text, /^## 一、支持算力建设$/m);
  });

  it('says why it cannot read a file, never throws', () => {
    assert.deepEqual(readPage(new Uint8Array(), 'a.txt'), { ok: false, reason: 'empty file' });
    assert.equal(readPage(new Uint8Array([0, 1, 2, 0, 0, 0, 3, 0, 0, 0, 0xff, 0]), 'a.txt').ok, false);
    assert.equal(readPage('<p></p><div></div>', 'a.html').ok, false);
  });
});
