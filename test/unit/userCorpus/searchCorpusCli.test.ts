import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';
import { takeCorpusOption } from '../../../src/cli/corpusOption';
import { fixtureCorpusIndex } from '../searchFixtureIndex';
import { buildDocx } from './docxFixture';

async function cli(args: string[], bundleDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir });
  return { code, out, err };
}

interface Result {
  text: string;
  docId: string;
  docTitle: string;
  corpus?: string;
  path: string[];
}

describe('policy-draft search --corpus', () => {
  let root: string;
  let bundleDir: string;
  let office: string;
  let words: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'policy-draft-own-corpus-'));
    bundleDir = join(root, 'dist');
    mkdirSync(bundleDir);
    writeFileSync(join(bundleDir, 'corpus-index.json'), JSON.stringify(fixtureCorpusIndex()));
    office = join(root, '区发改委规划库');
    words = join(root, 'Word文件');
    mkdirSync(office);
    mkdirSync(words);
    writeFileSync(
      join(office, '海洋经济.md'),
      '# 某区海洋经济高质量发展三年行动计划\n\n## 二、重点任务\n\n（一）建设深远海养殖工船基地，推广大型智能化养殖平台。（责任单位：区海洋渔业局）\n',
    );
    writeFileSync(
      join(words, '低空经济.docx'),
      await buildDocx([
        { kind: 'title', text: '某區低空經濟產業發展行動方案' },
        { kind: 'numbered', level: 0, text: '重點任務' },
        { kind: 'numbered', level: 1, text: '建設無人機物流配送航線網絡，開通城市低空配送航線20條。' },
      ]),
    );
    writeFileSync(join(words, '损坏.docx'), 'PK\u0003\u0004 不是完整的压缩包');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds a clause that exists only in a Markdown file of the folder, labelled with its corpus', async () => {
    const { code, out } = await cli(['search', '--json', '--corpus', office, '深远海养殖工船'], bundleDir);
    assert.equal(code, 0);
    const [first] = JSON.parse(out) as Result[];
    assert.ok(first);
    assert.equal(first.text, '（一）建设深远海养殖工船基地，推广大型智能化养殖平台。（责任单位：区海洋渔业局）');
    assert.equal(first.corpus, '区发改委规划库');
    assert.equal(first.docId, '区发改委规划库/海洋经济.md');
    assert.equal(first.docTitle, '某区海洋经济高质量发展三年行动计划');
    assert.deepEqual(first.path, ['重点任务']);
  });

  it('finds a clause that exists only in a .docx file, numbering written out and traditional characters simplified', async () => {
    const { code, out, err } = await cli(['search', '--json', `--corpus=${words}`, '--corpus', office, '无人机物流配送'], bundleDir);
    assert.equal(code, 0);
    const [first] = JSON.parse(out) as Result[];
    assert.ok(first);
    assert.equal(first.text, '（一）建设无人机物流配送航线网络，开通城市低空配送航线20条。');
    assert.equal(first.corpus, 'Word文件');
    assert.equal(first.docTitle, '某区低空经济产业发展行动方案');
    // The corrupt file next to it is named once on stderr and does not stop the search.
    assert.match(err, /损坏\.docx: skipped: not a readable Word \(\.docx\) file/);
    assert.equal(err.split('损坏.docx').length - 1, 1);
  });

  it('prints no control characters from a folder file to the terminal', async () => {
    const escapes = join(root, '转义');
    mkdirSync(escapes);
    writeFileSync(join(escapes, '方案.md'), '# 某区方案\n\n## 二、重点任务\n\n（一）推进\u001b[31m海上风电\u001b]0;标题\u0007运维\u202e基地\u2028建设。（责任单位：区发改委）\n');
    const { code, out } = await cli(['search', '--corpus', escapes, '海上风电'], bundleDir);
    assert.equal(code, 0);
    assert.match(out, /海上风电/);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f\u202e\u2028]/.test(out), JSON.stringify(out));
  });

  it('shows a work report paragraph by the sentences that answer the clause, and says where they lie in --json', async () => {
    const reports = join(root, '政府工作报告');
    mkdirSync(reports);
    const paragraph =
      '持续优化生态环境。深入打好蓝天碧水净土保卫战，细颗粒物平均浓度下降到每立方米30微克，地表水国考断面优良比例保持100%。' +
      '扎实推进中央生态环境保护督察反馈问题整改，完成长江干流岸线修复12公里，关停取缔散乱污企业120家。' +
      '推进工业、建筑、交通等领域节能降碳，新增光伏装机50万千瓦，建成充电桩8000个，淘汰国三及以下排放标准柴油货车3000辆。' +
      '建成全省首个市级碳普惠平台，推广碳普惠应用场景，市民绿色出行、节约用电可兑换碳积分。' +
      '新建城市公园15个、口袋公园60个，完成国土绿化面积8万亩，森林覆盖率提高到45.2%。';
    writeFileSync(join(reports, '某市2024年政府工作报告.txt'), `某市2024年政府工作报告\n\n${paragraph}\n`);
    const query = '建立市级碳普惠平台，对市民绿色出行、节约用电等低碳行为给予碳积分奖励。';
    const json = await cli(['search', '--json', '--corpus', reports, query], bundleDir);
    const hit = (JSON.parse(json.out) as (Result & { passage?: { start: number; end: number } })[]).find((r) => r.corpus !== undefined);
    assert.ok(hit?.passage, json.out);
    assert.equal(hit.text, paragraph, 'the whole paragraph stays the result');
    assert.match(hit.text.slice(hit.passage.start, hit.passage.end), /碳普惠平台/u);
    const rows = await cli(['search', '--corpus', reports, query], bundleDir);
    const row = rows.out.split('\n').find((line) => line.includes('碳普惠平台'));
    assert.ok(row?.trimStart().startsWith('…'), rows.out);
    assert.ok(!row?.includes('持续优化生态环境'), 'not from the paragraph’s opening on another measure');
  });

  it('without --corpus the folder is not searched', async () => {
    const { out } = await cli(['search', '--json', '深远海养殖工船'], bundleDir);
    assert.ok(!(JSON.parse(out) as Result[]).some((r) => r.text.includes('深远海养殖工船')));
  });

  it('refuses a missing folder and a --corpus without a folder, exit 2', async () => {
    const missing = await cli(['search', '--corpus', join(root, 'nowhere'), '养殖'], bundleDir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--corpus .*nowhere: no such folder/);
    const bare = await cli(['search', '养殖', '--corpus'], bundleDir);
    assert.equal(bare.code, 2);
    assert.match(bare.err, /--corpus needs a folder/);
  });

  it('takes --corpus out of the arguments, repeatable, and leaves everything after -- alone', () => {
    assert.deepEqual(takeCorpusOption(['--corpus', 'a', '--json', '--corpus=b', '规划', '--', '--corpus', 'c']), {
      folders: ['a', 'b'],
      rest: ['--json', '规划', '--', '--corpus', 'c'],
    });
  });
  it("reads a cold folder in the language server's reader threads, with the same results as on its own thread", async function () {
    this.timeout(120_000);
    const reader = join(__dirname, '../../../dist/reader.js');
    if (!existsSync(reader)) throw new Error('dist/reader.js is missing: run `npm run build` first');
    // The same bundle folder with the reader's bundle beside it: the CLI then reads in its worker threads.
    const threaded = join(root, 'dist-threads');
    mkdirSync(threaded);
    copyFileSync(join(bundleDir, 'corpus-index.json'), join(threaded, 'corpus-index.json'));
    copyFileSync(reader, join(threaded, 'reader.js'));
    const folders = ['--corpus', office, '--corpus', words];
    // Real pages as found (HTML, run-on text, portal Markdown), read from ../shared, never copied into the project.
    const realworld = join(__dirname, '../../../../shared/realworld/docs');
    if (existsSync(realworld)) {
      const sample = join(root, 'realworld-sample');
      mkdirSync(sample);
      for (const name of readdirSync(realworld)
        .sort()
        .filter((_, i) => i % 80 === 0))
        copyFileSync(join(realworld, name), join(sample, name));
      folders.push('--corpus', sample);
    }
    for (const query of ['推进数字化转型', '支持龙头企业建设行业级工业互联网平台，对新认定的国家级平台给予一次性奖励']) {
      const args = ['search', '--json', '--no-cache', '--limit', '20', ...folders, query];
      const alone = await cli(args, bundleDir);
      const inThreads = await cli(args, threaded);
      assert.equal(inThreads.code, 0, inThreads.err);
      assert.deepEqual(inThreads, alone);
      assert.ok((JSON.parse(inThreads.out) as Result[]).length > 0);
    }
  });
});
