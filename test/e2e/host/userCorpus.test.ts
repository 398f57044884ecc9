import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { buildDocx } from '../../unit/userCorpus/docxFixture';
import { extensionUnderTest, quickFixesWhen, waitFor } from './support';

/**
 * Own corpus (issue 7) in the real editor: a folder added to `policyDraft.corpus.folders` is
 * indexed, its clause shows in the hover of a comparable draft clause and in palette search, and
 * an edit of the file replaces it there. The folder lives in the run's TMPDIR.
 */

const label = '某市船舶规划库';
const original = '推动船舶修造企业建设氢能动力试验舱，开展内河船舶氢燃料电池示范应用，到2027年建成示范航线3条。';
const edited = '推动船舶修造企业建设氢能动力试验舱，开展内河船舶氢燃料电池示范应用，到2027年建成示范航线8条、改造船舶40艘。';
const plan = (clause: string) => `---\ntitle: 某市绿色船舶产业发展行动方案\n---\n\n# 某市绿色船舶产业发展行动方案\n\n一、重点任务\n\n（一）${clause}（责任单位：市交通运输局）\n`;

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The palette search finds `words`, and accepting the top result opens that clause of the user document. */
async function paletteOpens(words: string, expected: string): Promise<void> {
  await vscode.commands.executeCommand('policyDraft.searchCorpus', words);
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await waitFor(
    () => {
      const active = vscode.window.activeTextEditor;
      return (
        active?.document.uri.scheme === 'policy-draft-corpus' &&
        decodeURIComponent(active.document.uri.path).startsWith(`/${label}/`) &&
        active.document.getText(active.selection).includes(expected)
      );
    },
    { what: `the palette to open the clause of ${label} holding ${expected}` },
  );
}

describe('own corpus folders', () => {
  let root: string;
  let folder: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'own-corpus-'));
    folder = join(root, label);
    mkdirSync(folder);
    writeFileSync(join(folder, '绿色船舶.md'), plan(original));
    writeFileSync(
      join(folder, '低空经济.docx'),
      await buildDocx([
        { kind: 'title', text: '某市低空经济产业发展行动方案' },
        { kind: 'numbered', level: 0, text: '重点任务' },
        { kind: 'numbered', level: 1, text: '建设无人机物流配送网络，开通城市低空配送航线20条。' },
      ]),
    );
    await extensionUnderTest().activate();
    await vscode.workspace.getConfiguration('policyDraft').update('corpus.folders', [folder], vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyDraft').update('corpus.folders', undefined, vscode.ConfigurationTarget.Global);
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a Word file of the folder (in the analysis worker) into palette results', async () => {
    // The folder is being indexed: search again until the Word file's clause is there.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('policyDraft.searchCorpus', '低空配送航线');
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        const active = vscode.window.activeTextEditor;
        return (
          active?.document.uri.scheme === 'policy-draft-corpus' &&
          decodeURIComponent(active.document.uri.path).startsWith(`/${label}/`) &&
          active.document.getText(active.selection).includes('开通城市低空配送航线20条')
        );
      },
      { what: `the palette to open the Word file's clause in ${label}` },
    );
  });

  it('shows a clause of a folder added in settings in hover and palette results, and the edited text after the file changes', async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# 某区绿色航运发展行动方案\n\n一、重点任务\n\n（一）支持船舶企业建设氢能动力试验舱，开展内河船舶氢燃料电池示范应用。\n',
    });
    await vscode.window.showTextDocument(draft);
    const position = new vscode.Position(4, 10);
    const shown = await waitFor(
      async () => {
        const text = await hoverText(draft, position);
        return text.includes('氢能动力试验舱') && text.includes(label) ? text : undefined;
      },
      { what: `the hover to show the clause of ${label}` },
    );
    assert.match(shown, new RegExp(label));
    await paletteOpens('氢能动力试验舱', '建成示范航线3条');

    writeFileSync(join(folder, '绿色船舶.md'), plan(edited));
    await waitFor(
      async () => {
        const text = await hoverText(draft, position);
        return text.includes('改造船舶40艘') && !text.includes('建成示范航线3条');
      },
      { what: 'the hover to show the edited clause' },
    );
    await paletteOpens('改造船舶', '改造船舶40艘');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers the units the folder’s precedent assigns as a quick fix for a task without one', async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# 某区绿色航运发展行动方案\n\n## 一、重点任务\n\n（一）建设氢能船舶示范区。支持船舶企业建设氢能动力试验舱，开展内河船舶氢燃料电池示范应用。\n',
    });
    await vscode.window.showTextDocument(draft);
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(draft.uri).find((d) => d.code === 'missing-responsible-unit'), {
      what: 'the missing-responsible-unit diagnostic on the draft task',
    });
    // The precedent is a 市 plan's, the draft a 区 plan: its unit is offered at the draft's level.
    const titles = (
      await quickFixesWhen(
        draft.uri,
        diagnostic.range,
        (found) => found.some((a) => a.title.includes('区交通运输局') && a.title.includes(label)),
        `a fix inserting the unit of the ${label} precedent, at the draft's level`,
      )
    ).map((a) => a.title);
    assert.ok(titles.length > 1, titles.join(' | '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
