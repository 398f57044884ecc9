import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, openFixture, waitFor } from './support';

// Snippets, the plan outline and the new-plan command, through the real VS Code API.

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;
const names = (symbols: readonly AnySymbol[]): string[] => symbols.flatMap((s) => [s.name, ...('children' in s ? names(s.children) : [])]);

async function symbolsOf(uri: vscode.Uri, expected: string): Promise<string[]> {
  return waitFor(
    async () => {
      const symbols = (await vscode.commands.executeCommand<AnySymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      const all = names(symbols);
      return all.includes(expected) && all;
    },
    { what: `the outline of ${uri.path} to list ${expected}` },
  );
}

describe('drafting support', () => {
  before(async () => {
    await extensionUnderTest().activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('outlines the Markdown draft: parts, sections and items with their numbers and titles', async () => {
    const editor = await openFixture('某区数字经济发展行动方案（草案）.md');
    const all = await symbolsOf(editor.document.uri, '1. 加快5G网络建设');
    for (const name of ['一、总体目标', '二、重点任务', '（一）夯实数字基础设施', '（二）推动产业数字化转型', '三、保障措施', '——数字基础设施更加完善']) {
      assert.ok(all.includes(name), `outline lacks ${name}: ${all.join(' | ')}`);
    }
  });

  it('outlines the plain-text draft, which has no # headings at all', async () => {
    const editor = await openFixture('数据要素工作要点.txt');
    const all = await symbolsOf(editor.document.uri, '2. 开展数据资产登记试点');
    assert.deepEqual(all, ['一、重点任务', '（一）培育数据要素市场', '1. 建设公共数据开放平台', '2. 开展数据资产登记试点']);
  });

  it('outlines a language added to policyDraft.languages at once, without a reload', async () => {
    const opened = await openFixture('数据要素工作要点.txt');
    const document = await vscode.languages.setTextDocumentLanguage(opened.document, 'ini');
    const config = vscode.workspace.getConfiguration('policyDraft');
    const languages = config.get<string[]>('languages') ?? [];
    try {
      const before = (await vscode.commands.executeCommand<AnySymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
      assert.ok(!names(before).includes('一、重点任务'), 'no plan outline before the language is added');
      await config.update('languages', [...languages, 'ini'], vscode.ConfigurationTarget.Global);
      await symbolsOf(document.uri, '2. 开展数据资产登记试点');
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
      // The document model outlives its editor: later tests open the same file as plain text.
      await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    }
  });

  it('folds the plain-text draft by its parts and sections', async () => {
    const editor = await openFixture('数据要素工作要点.txt');
    const ranges = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', editor.document.uri);
        return found?.length ? found : false;
      },
      { what: 'folding ranges' },
    );
    const starts = ranges.map((r) => editor.document.lineAt(r.start).text);
    assert.ok(starts.includes('一、重点任务') && starts.includes('（一）培育数据要素市场'), starts.join(' | '));
  });

  const prefixes: [string, string, RegExp][] = [
    // prefix, language, what the snippet body holds
    ['zdrw', 'plaintext', /（责任单位：\$\{4\|/],
    ['保障措施', 'markdown', /（五）加强考核评估。/],
  ];
  for (const [prefix, language, body] of prefixes) {
    it(`offers the snippet for the prefix ${prefix} in a ${language} draft`, async () => {
      const document = await vscode.workspace.openTextDocument({ language, content: prefix });
      await vscode.window.showTextDocument(document);
      const label = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
      // The editor reads contributed snippet files lazily: on a loaded machine the first request can come too early.
      const snippet = await waitFor(
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, prefix.length));
          return list.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && label(item) === prefix);
        },
        { what: `the snippet for ${prefix} among the completions` },
      );
      const text = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
      assert.match(text, body);
    });
  }

  it("fills the unit choice of the 重点任务 snippet with the draft's own units first, then bodies of its level, none of another place", async () => {
    const content = '# 某市数字经济发展行动方案\n\n1. 建设算力平台。（责任单位：市数据局）\n\nzdrw';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const snippet = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
        return list.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label) === 'zdrw');
      },
      { what: 'the served 重点任务 snippet' },
    );
    const text = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
    const choice = /（责任单位：\$\{4\|([^}]*)\|\}）/.exec(text)?.[1]?.split(',') ?? [];
    assert.equal(choice[0], '市数据局', text);
    assert.ok(choice.length >= 5 && choice.every((unit) => unit.startsWith('市')), choice.join('、'));
    assert.ok(!/张江|浦东|杭州|浙江|省/.test(choice.join()), choice.join('、'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it("orders the 重点任务 snippet's units by the heading it is typed under: 市教育局 first under a 集团化办学 section", async () => {
    // The walkthrough's 义务教育 draft named the 市住房城乡建设局 as often as the 市教育局, and the snippet led with it.
    const content = [
      '# 某市推进义务教育优质均衡发展的实施意见（2025—2027年）',
      '',
      '## 二、重点任务',
      '',
      '（一）优化教育资源布局',
      '',
      '1. 科学编制学校布局规划。（责任单位：市住房城乡建设局、市教育局）',
      '',
      '2. 加快中小学校建设。（责任单位：市住房城乡建设局）',
      '',
      '（二）推进集团化办学和城乡学校共同体建设',
      '',
      'zdrw',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    // Wait for this draft's snippet (its choice names its 市住房城乡建设局): an untitled name may be reused, and a
    // request racing the editor's document sync can still be answered for the draft before it.
    const choiceOf = (item: vscode.CompletionItem): string[] => {
      const text = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
      return /（责任单位：\$\{4\|([^}]*)\|\}）/.exec(text)?.[1]?.split(',') ?? [];
    };
    const choice = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
        const item = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && (typeof i.label === 'string' ? i.label : i.label.label) === 'zdrw');
        const units = item && choiceOf(item);
        return units?.includes('市住房城乡建设局') && units;
      },
      { what: 'the served 重点任务 snippet of this draft (naming its 市住房城乡建设局)' },
    );
    assert.deepEqual(choice.slice(0, 2), ['市教育局', '市住房城乡建设局'], choice.join('、'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens a skeleton from the new-plan command: an untitled Markdown plan with the parts of its kind', async () => {
    await vscode.commands.executeCommand('policyDraft.newPlan', '行动计划');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.isUntitled && active.document.getText().includes('五、保障措施') && active;
      },
      { what: 'the 行动计划 skeleton in an untitled editor' },
    );
    assert.equal(editor.document.languageId, 'markdown');
    const parts = editor.document
      .getText()
      .split('\n')
      .filter((line) => line.startsWith('## '));
    assert.deepEqual(parts, ['## 一、总体思路', '## 二、主要目标', '## 三、重点任务', '## 四、支持政策', '## 五、保障措施']);
    // The first tab stop (the title) is selected, ready to type over.
    assert.equal(editor.document.getText(editor.selection), '××省××');
    const all = await symbolsOf(editor.document.uri, '四、支持政策');
    assert.ok(all.includes('（一）加强组织领导'));
  });
});
