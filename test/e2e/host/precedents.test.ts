import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './support';

const draft = '生物医药先例示例.md';
/** 0-based lines of the fixture: the target sentence and the 新药贷 task. */
const targetLine = 4;
const financeLine = 10;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position, what: string): Promise<string> {
  // The corpus loads on the first hover, so poll until the precedents are there.
  return waitFor(
    async () => {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
      return text.includes('可信度') || text.includes('confidence') ? text : undefined;
    },
    { what },
  );
}

describe('precedents: hover and corpus search', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovering anywhere in a clause of the sample draft shows the precedent from the right document, with open and insert links', async () => {
    const editor = await openFixture(draft);
    const line = editor.document.lineAt(financeLine).text;
    const text = await hoverAt(editor.document.uri, new vscode.Position(financeLine, line.indexOf('集中授信')), 'a hover with precedents on the 新药贷 clause');
    const first = text.indexOf('浦东新区');
    assert.ok(first >= 0 && first < text.indexOf('新药贷'), `the first precedent is the Pudong plan's 新药贷 clause:\n${text}`);
    assert.match(text, /command:policyDraft\.openPrecedent\?/);
    assert.match(text, /command:policyDraft\.insertPrecedent\?/);
    assert.ok(!/command:(?!policyDraft\.(open|insert)Precedent)/.test(text), 'no other command link');
  });

  it('adds how precedents quantified a comparable target when the clause states one', async () => {
    const editor = await openFixture(draft);
    const text = await hoverAt(editor.document.uri, new vscode.Position(targetLine, 8), 'a hover with precedents on the target sentence');
    // The comparison comes first, before any precedent.
    assert.match(text, /^\*\*(先例如何量化|先例中可比目标|How precedents quantified)/);
    // One line per precedent: its quantity in bold, then where and when.
    assert.match(text, /\n\*\*[0-9.]+[^*\n]*\*\* [^\n]*20\d\d/);
  });

  it('shows no hover when hover.enabled is off', async () => {
    const config = vscode.workspace.getConfiguration('policyDraft');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openFixture(draft);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(financeLine, 8));
      assert.ok(!/可信度|confidence/.test(hoverText(hovers)));
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the palette search finds a clause by a few words, and accepting it opens the corpus view on that clause', async () => {
    await openFixture(draft);
    await vscode.commands.executeCommand('policyDraft.searchCorpus', '新药贷');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.scheme === 'policy-draft-corpus' && active.document.getText(active.selection).includes('新药贷') ? active : undefined;
      },
      { what: 'the corpus view with the 新药贷 clause selected' },
    );
    assert.ok(
      editor.visibleRanges.some((range) => range.contains(editor.selection.start)),
      'the clause is in view',
    );
    assert.ok(editor.document.isUntitled === false);
  });

  it('the palette search forgives an input-method slip that leaves no bigram in common (中要材 for 中药材)', async () => {
    await openFixture(draft);
    await vscode.commands.executeCommand('policyDraft.searchCorpus', '中要材');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.scheme === 'policy-draft-corpus' && active.document.getText(active.selection).includes('中药材') ? active : undefined;
      },
      { what: 'the corpus view with a 中药材 clause selected' },
    );
  });

  it('inserts a precedent at the cursor of the draft: numbered to fit the run there, the items after it moved up, 全省 as 全市, a source note; undone in one step', async () => {
    const editor = await openFixture(draft);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const part = [
      '',
      '',
      '## 三、保障措施',
      '',
      '（一）加强组织领导。建立工作专班，统筹推进各项任务。',
      '',
      '',
      '',
      '（二）强化要素保障。统筹用好产业发展资金。',
      '',
      '（三）营造良好氛围。加强政策宣传解读。',
      '',
    ];
    await editor.edit((edit) => edit.insert(end, part.join('\n')));
    // The cursor on the blank line between （一） and （二） of the new part.
    const cursor = editor.document.getText().split('\n').indexOf(part[4]!) + 2;
    editor.selection = new vscode.Selection(cursor, 0, cursor, 0);
    const before = editor.document.getText();
    // 山东's （一）实施化学药“国际化”提质创新行动。…全省… lands as （二）; （二）（三） become （三）（四).
    assert.ok(await vscode.commands.executeCommand('policyDraft.insertPrecedent', { docId: 'sd-biomedicine-action-plan-2025', line: 54 }));
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(0, cursor), before.split('\n').slice(0, cursor), 'nothing above the cursor changes');
    assert.match(lines[cursor]!, /^（二）实施化学药“国际化”提质创新行动。/);
    const note = lines.findIndex((line, index) => index > cursor && line.startsWith('<!--'));
    const clause = lines.slice(cursor, note).join('\n');
    assert.ok(clause.includes('推动全市化学类药品') && !clause.includes('全省'), clause);
    assert.match(lines[note]!, /^<!-- 先例来源：《山东省生物医药产业科技创新行动计划（2025—2027年）》 › [^\n]* -->$/);
    assert.deepEqual(
      lines.slice(note + 1).filter((line) => line.trim() !== ''),
      ['（三）强化要素保障。统筹用好产业发展资金。', '（四）营造良好氛围。加强政策宣传解读。'],
      'the sections after it move up by one',
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo restores the draft, numbers included');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts into a document the language server does not hold (a language outside policyDraft.languages), computed in the host', async () => {
    const lines = [
      '三、保障措施',
      '',
      '（一）加强组织领导。建立工作专班。',
      '',
      '',
      '（二）强化要素保障。统筹用好产业发展资金。',
      '',
      '（三）营造良好氛围。加强政策宣传解读。',
      '',
    ];
    const document = await vscode.workspace.openTextDocument({ language: 'latex', content: lines.join('\n') });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(3, 0, 3, 0);
    assert.ok(await vscode.commands.executeCommand('policyDraft.insertPrecedent', { docId: 'sd-biomedicine-action-plan-2025', line: 54 }));
    const after = document.getText().split('\n');
    assert.match(after[3]!, /^（二）实施化学药“国际化”提质创新行动。/);
    assert.ok(!document.getText().includes('<!--'), 'no comment syntax outside Markdown');
    assert.deepEqual(
      after.slice(4).filter((line) => /^（/u.test(line)),
      ['（三）强化要素保障。统筹用好产业发展资金。', '（四）营造良好氛围。加强政策宣传解读。'],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves the source note out when policyDraft.precedents.insertSourceNote is off', async () => {
    const config = vscode.workspace.getConfiguration('policyDraft');
    await config.update('precedents.insertSourceNote', false, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openFixture(draft);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      const before = editor.document.getText();
      assert.ok(await vscode.commands.executeCommand('policyDraft.insertPrecedent', { docId: 'sd-biomedicine-action-plan-2025', line: 82 }));
      const inserted = editor.document.getText().slice(before.length);
      assert.match(inserted, /新药贷/);
      assert.ok(!inserted.includes('<!--'), inserted);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await config.update('precedents.insertSourceNote', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
