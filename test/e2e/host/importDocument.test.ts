import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, waitFor } from './support';

/**
 * Import Document (issue 11) in the real editor on a saved web page: the page's HTML, copied to the
 * clipboard, goes through the command's own quick picks and input box; the review document that
 * opens holds the cleaned plan (title from the text, Markdown table, no tags, entities or chrome).
 */

const page = `<!DOCTYPE html><html><head><title>门户网站</title><script>var x = "<p>脚本</p>";</script><style>p{color:red}</style></head>
<body><div class="crumb">当前位置：首页 &gt; 政务公开</div>
<div id="zoom"><p><b>某某市人民政府办公室关于印发</b></p><p><b>《某某市低空经济产业发展行动方案（2025—2027年）》的通知</b></p>
<p>各区人民政府，市政府各部门：</p><p>《某某市低空经济产业发展行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p>一、发展目标</p><p>到2027年，全市低空经济产业规模突破100亿元&nbsp;，开通低空航线30条以上。</p>
<table><tr><td>指标</td><td>2027年</td></tr><tr><td>低空航线（条）</td><td>30</td></tr></table>
</div><div>分享到：微信 微博</div></body></html>`;

describe('Import Document', () => {
  before(async () => {
    await extensionUnderTest().activate();
  });

  it('imports a saved web page (HTML) into a clean plan for review', async () => {
    await vscode.env.clipboard.writeText(page);
    const done = vscode.commands.executeCommand('policyDraft.importDocument');
    // Second choice: from the clipboard; then accept the suggested id.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.isUntitled && active.document.getText().includes('某某市低空经济产业发展行动方案') ? active : undefined;
      },
      { what: 'the review document of the imported page' },
    );
    const text = editor.document.getText();
    assert.match(text, /^title: 某某市低空经济产业发展行动方案（2025—2027年）$/m);
    assert.match(text, /^level: 市级$/m);
    assert.match(text, /\| 低空航线（条） \| 30 \|/);
    assert.match(text, /到2027年，全市低空经济产业规模突破100亿元，开通低空航线30条以上。/);
    for (const gone of ['<', '&gt;', '&nbsp;', '当前位置', '分享到', '脚本', 'color']) assert.ok(!text.includes(gone), `no ${gone} in\n${text}`);
    void done;
  });
});
