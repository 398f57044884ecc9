import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { at } from '../../unit/at';
import { extensionUnderTest, openFixture, quickFixesWhen, waitFor } from './support';

const draft = '起草检查示例.md';
/** 0-based lines of the fixture: the lead-dash target without a quantity, the task without a unit. */
const targetLine = 6;
const taskLine = 14;

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === '政策起草助手');
}

function codesByLine(uri: vscode.Uri): string[] {
  return ours(uri)
    .map((d) => `${d.range.start.line}:${String(d.code)}`)
    .sort();
}

async function waitForCodes(uri: vscode.Uri, expected: string[], what: string): Promise<void> {
  await waitFor(() => JSON.stringify(codesByLine(uri)) === JSON.stringify([...expected].sort()), {
    what: `${what} (now ${JSON.stringify(codesByLine(uri))})`,
  });
}

describe('drafting checks in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows missing-responsible-unit and unquantified-target on the lines the spec names, as warnings', async () => {
    // The checks run in the language server, shipped beside the bundle.
    assert.ok(existsSync(join(extensionUnderTest().extensionPath, 'dist', 'server.js')), 'dist/server.js is installed');
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the two diagnostics of the fixture');
    for (const d of ours(uri)) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, /[\u4e00-\u9fff]/);
      assert.equal(d.range.start.character, 0);
    }
  });

  it('inserts （责任单位：） through the preferred quick fix, the diagnostic clears once a unit is typed, undo restores it', async () => {
    const editor = await openFixture(draft);
    const { document } = editor;
    const uri = document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostics before the fix');
    const before = document.getText();
    const lineBefore = document.lineAt(taskLine).text;
    const diagnostic = ours(uri).find((d) => d.code === 'missing-responsible-unit')!;

    const actions = await quickFixesWhen(uri, diagnostic.range, (found) => found.some((a) => a.isPreferred), 'the preferred quick fix');
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `quick fixes offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
    const fix = at(preferred, 0);
    assert.match(fix.title, /责任单位/);
    assert.ok(
      actions.some((a) => /suppress|忽略/i.test(a.title)),
      'a suppression fix is offered too',
    );
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');

    assert.equal(document.lineAt(taskLine).text, `${lineBefore}（责任单位：）`);
    const inside = new vscode.Position(taskLine, lineBefore.length + '（责任单位：'.length);
    await waitFor(() => editor.selection.active.isEqual(inside), { what: `the cursor inside the brackets, at ${inside.character} (now ${editor.selection.active.character})` });

    await vscode.commands.executeCommand('type', { text: '区数据局' });
    assert.equal(document.lineAt(taskLine).text, `${lineBefore}（责任单位：区数据局）`);
    await waitForCodes(uri, [`${targetLine}:unquantified-target`], 'missing-responsible-unit to clear');

    await waitFor(
      async () => {
        if (document.getText() === before) return true;
        await vscode.commands.executeCommand('undo');
        return false;
      },
      { what: 'undo to restore the original text' },
    );
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostic to come back after undo');
  });

  it('silences a finding with the suppression quick fix, and the comment itself adds no finding', async () => {
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostics before suppressing');
    const diagnostic = ours(uri).find((d) => d.code === 'unquantified-target')!;
    const actions = await quickFixesWhen(uri, diagnostic.range, (found) => found.some((a) => /suppress|忽略/i.test(a.title)), 'the suppression fix of the target finding');
    const suppress = actions.find((a) => a.edit && !a.isPreferred && /suppress|忽略/i.test(a.title));
    assert.ok(suppress, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
    // Named by its check: two findings on one line offer two suppression fixes a drafter can tell apart.
    assert.match(suppress.title, /unquantified-target/);
    assert.ok(await vscode.workspace.applyEdit(suppress.edit!));
    assert.equal(editor.document.lineAt(targetLine).text, '<!-- policy-draft-disable-next-line unquantified-target -->');
    await waitForCodes(uri, [`${taskLine + 1}:missing-responsible-unit`], 'the suppressed finding to go, the other to move down a line');
  });

  it('warns on a suppression comment with a misspelt code, which silences nothing', async () => {
    const editor = await openFixture(draft);
    const uri = editor.document.uri;
    await waitForCodes(uri, [`${targetLine}:unquantified-target`, `${taskLine}:missing-responsible-unit`], 'the diagnostics before the comment');
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(targetLine, 0), '<!-- policy-draft-disable-next-line unquantified-targte -->\n')));
    await waitForCodes(
      uri,
      [`${targetLine}:suppression-comment`, `${targetLine + 1}:unquantified-target`, `${taskLine + 1}:missing-responsible-unit`],
      'a warning on the comment, and the finding it meant to silence still there',
    );
    const warning = ours(uri).find((d) => d.code === 'suppression-comment')!;
    assert.match(warning.message, /unquantified-targte/);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range);
    assert.ok(!fixes.some((a) => a.diagnostics?.some((d) => d.code === 'suppression-comment')), 'no quick fix claims the comment warning');
  });

  it('completes unit names from the corpus inside a 责任单位 annotation, abbreviations included', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '## 二、重点任务\n1. 建设临床研究平台。（责任单位：发改' });
    await vscode.window.showTextDocument(document);
    const end = document.lineAt(1).range.end;
    const labels = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
        const names = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        return names.includes('省发展改革委') ? names : undefined;
      },
      { what: 'the corpus unit 省发展改革委 among the completions for 发改' },
    );
    assert.ok(!labels.includes('省财政厅'), `only names matching 发改: ${labels.join('、')}`);
  });

  it('completes unit names in the unit column of a 任务分解表 being filled in, not in its task column', async () => {
    const rows = ['## 附件 任务分解表', '| 序号 | 重点任务 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 建设临床研究平台 | 卫健 |'];
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: rows.join('\n') });
    await vscode.window.showTextDocument(document);
    const labelsAt = async (column: number): Promise<string[]> => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(3, column));
      return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    await waitFor(async () => (await labelsAt(rows[3]!.indexOf(' |', rows[3]!.indexOf('卫健')))).includes('省卫生健康委'), {
      what: 'the corpus unit 省卫生健康委 among the completions for 卫健 in the 牵头单位 cell',
    });
    assert.ok(!(await labelsAt(rows[3]!.indexOf('临床'))).includes('省卫生健康委'), 'no unit names in the task column');
  });

  it('offers the units a corpus precedent assigns, naming the precedent', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '## 二、重点任务\n1. 加强生命健康基础研究。建立稳定支持生命健康基础研究的机制。\n',
    });
    await vscode.window.showTextDocument(document);
    const diagnostic = await waitFor(() => ours(document.uri).find((d) => d.code === 'missing-responsible-unit'), {
      what: `the finding on the task of ${document.uri.toString()} (diagnostics now: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri))})`,
    });
    const titles = (
      await quickFixesWhen(document.uri, diagnostic.range, (found) => found.some((a) => a.title.includes('省科技厅')), 'a fix inserting the units of the Zhejiang precedent')
    ).map((a) => a.title);
    assert.ok(
      titles.some((t) => t.includes('省科技厅') && t.includes('浙江')),
      titles.join(' | '),
    );
  });

  it('prefers the quantity form that fits the phrase it follows (亿元 after a scale, % after a rate, N家 for 一批), none among several vague amounts', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content:
        '## 一、发展目标\n\n——全市低空经济产业规模显著提升。\n\n——低空飞行器核心零部件本地配套率明显提高。\n\n——培育一批低空飞行器整机企业。\n\n——培育一批链主企业，建设若干个起降场。\n',
    });
    await vscode.window.showTextDocument(document);
    const targets = await waitFor(
      () => {
        const found = ours(document.uri).filter((d) => d.code === 'unquantified-target');
        return found.length === 4 ? found.sort((x, y) => x.range.start.line - y.range.start.line) : undefined;
      },
      { what: 'the four unquantified targets' },
    );
    // Two vague amounts: one fix each, titled with what each counts, and neither preferred.
    const several = await quickFixesWhen(document.uri, targets[3]!.range, (found) => found.length >= 3, 'the fixes of the two vague amounts');
    const titles = several.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
    assert.ok(titles[0]?.includes('N家链主企业') && titles[1]?.includes('N个起降场') && several.every((a) => !a.isPreferred), titles.join(' | '));
    for (const [diagnostic, form] of [
      [targets[0]!, '，达到N亿元'],
      [targets[1]!, '，达到N%'],
      [targets[2]!, 'N家'],
    ] as const) {
      const actions = await quickFixesWhen(document.uri, diagnostic.range, (found) => found.some((a) => a.isPreferred), `the fixes of line ${diagnostic.range.start.line}`);
      const preferred = actions.filter((a) => a.isPreferred);
      const offered = actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ');
      assert.equal(preferred.length, 1, offered);
      assert.ok(preferred[0]!.title.includes(form) && preferred[0]!.edit, `${form} preferred: ${offered}`);
    }
  });

  it('does not check a document over maxFileSizeKB and leaves no stale diagnostics', async () => {
    const config = vscode.workspace.getConfiguration('policyDraft');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `## 二、重点任务\n${'1. 推进算力普惠应用。发放“算力券”。\n'.repeat(40)}` });
    await vscode.window.showTextDocument(document);
    // The repeated 1. also draws numbering findings: count the one check this test is about.
    const unitFindings = (): number => ours(document.uri).filter((d) => d.code === 'missing-responsible-unit').length;
    await waitFor(() => unitFindings() === 40, { what: '40 findings while the draft is under the limit' });
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => ours(document.uri).length === 0, { what: 'the findings to go once the draft is over the limit' });
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => unitFindings() === 40, { what: 'the findings back once the limit is restored' });
  });
});
