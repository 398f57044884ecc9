import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { englishCliMessages } from '../../src/cli/cliMessages';
import { run } from '../../src/cli/run';
import { displayWidth } from '../../src/core/import/charClass';

const root = join(__dirname, '../..');
const dist = join(root, 'dist');
const offDomainClause = '推进农村生活垃圾分类减量，建设村级垃圾分拣中心，实现农村生活垃圾收运处置体系全覆盖。';
const lintDraft = join(root, 'test/fixtures/lint-place/city-digital-economy.md');
const suppressedDraft = join(root, 'test/fixtures/lint/findings.md');

async function cli(locale: string | undefined, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: dist, ...(locale === undefined ? {} : { locale }) });
  return { code, out, err };
}

/**
 * What a drafter reads from the CLI follows the locale: a Chinese locale reads Chinese help, search
 * rows and lint counts; any other reads the English, unchanged. `--json` is data and is the same in
 * both.
 */
describe('CLI output for people in the locale', () => {
  const cases: { what: string; args: string[]; stream: 'out' | 'err'; en: RegExp; zh: RegExp }[] = [
    { what: 'search: no close precedent', args: ['search', offDomainClause], stream: 'out', en: /^no close precedent in the corpus\n$/, zh: /^语料库中未找到相近先例\n$/ },
    { what: 'search: no matching clause', args: ['search', 'ꙮꙮ'], stream: 'out', en: /^no matching clause\n$/, zh: /^未找到匹配的条款\n$/ },
    { what: 'search: the sources searched', args: ['search', 'ꙮꙮ'], stream: 'err', en: /^searched: bundled corpus \(5 documents\)\n$/, zh: /^已检索：内置语料库（5 份文件）\n$/ },
    {
      what: 'search: a row',
      args: ['search', '--limit', '1', '季度', '考核'],
      stream: 'out',
      en: /^1\. .+ \([a-z0-9-]+:\d+, confidence \d+%\)\n {3}\S.*季度.*\n$/,
      zh: /^1\. .+（[a-z0-9-]+:\d+，可信度 \d+%）\n {3}\S.*季度.*\n$/,
    },
    {
      what: 'search: a row found by another name',
      args: ['search', '--limit', '1', 'MAH'],
      stream: 'out',
      en: /^1\. .+ \([a-z0-9-]+:\d+, confidence \d+%, found as 药品上市许可持有人\)\n/,
      zh: /^1\. .+（[a-z0-9-]+:\d+，可信度 \d+%，以“药品上市许可持有人”找到）\n/,
    },
    { what: 'lint: the count', args: ['lint', lintDraft], stream: 'err', en: /^6 findings in 1 file checked\n$/, zh: /^检查结果：1 个文件，6 条提示\n$/ },
    {
      what: 'lint: the count with suppressed findings',
      args: ['lint', suppressedDraft],
      stream: 'err',
      en: /^2 findings in 1 file checked \(1 suppressed\)\n$/,
      zh: /^检查结果：1 个文件，2 条提示（另有 1 条已按注释忽略）\n$/,
    },
    {
      what: 'help: the overview',
      args: ['--help'],
      stream: 'out',
      en: /^usage: policy-draft <command> \[options\]\n {7}policy-draft --version\n\ncommands:\n/,
      zh: /^用法：policy-draft <命令> \[选项\]\n {6}policy-draft --version\n\n命令：\n/,
    },
    {
      what: 'help: search',
      args: ['search', '--help'],
      stream: 'out',
      en: /^usage: policy-draft search .*<query…>\n {42}find precedent clauses/,
      zh: /^用法：policy-draft search .*<检索词…>\n {42}检索先例条款/,
    },
    { what: 'help: lint', args: ['lint', '-h'], stream: 'out', en: /^usage: policy-draft lint .*\n {42}check drafts/, zh: /^用法：policy-draft lint .*\n {42}检查草稿/ },
    {
      what: 'help: table',
      args: ['table', '--help'],
      stream: 'out',
      en: /^usage: policy-draft table <draft> \[--json\] \[--config FILE\] {2}the 任务分解表/,
      zh: /^用法：policy-draft table <草稿> \[--json\] \[--config FILE\] {3}根据草稿的任务条款生成任务分解表\n$/,
    },
    {
      what: 'help: import',
      args: ['import', '--help'],
      stream: 'out',
      en: /^usage: policy-draft import <file>[^]*Batch mode/,
      zh: /^用法：policy-draft import <文件>[^]*批量导入/,
    },
  ];
  const locales: [locale: string | undefined, language: 'en' | 'zh'][] = [
    ['zh_CN.UTF-8', 'zh'],
    ['zh-TW', 'zh'],
    ['en_US.UTF-8', 'en'],
    ['C', 'en'],
    [undefined, 'en'],
  ];
  for (const { what, args, stream, en, zh } of cases) {
    for (const [locale, language] of locales) {
      it(`${what}, ${String(locale)}: ${language === 'zh' ? 'Chinese' : 'English'}`, async () => {
        const printed = (await cli(locale, ...args))[stream];
        assert.match(printed, language === 'zh' ? zh : en);
      });
    }
  }

  it('reports what table and export did in the locale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-draft-locale-'));
    try {
      const notes = join(dir, '会议纪要.md');
      writeFileSync(notes, '# 某市数字经济工作专题会议纪要\n\n会议听取了有关工作情况汇报。\n');
      const plan = join(dir, '行动方案.md');
      writeFileSync(plan, '# 某市数字经济发展行动方案（2025—2027年）\n\n## 一、主要目标\n\n到20××年，数字经济核心产业增加值达到N亿元。\n');
      const rows: [string[], RegExp, RegExp][] = [
        [
          ['table', notes],
          /^.+会议纪要\.md: no task clauses found \(tasks are the items under a heading such as 重点任务 or 主要任务\)\n$/u,
          /^.+会议纪要\.md：未找到任务条款（任务是“重点任务”“主要任务”等标题下的条目）\n$/u,
        ],
        [
          ['export', plan, '-o', join(dir, '行动方案.docx')],
          /placeholders to fill \(××, ……, N\) on lines 5\n.+行动方案\.docx: \d+ paragraphs, 0 tables \(GB\/T 9704-2012 layout\)\n$/u,
          /第 5 行仍有待填写的占位符（××、……、N）\n.+行动方案\.docx：\d+ 段，0 个表格（GB\/T 9704-2012 版式）\n$/u,
        ],
      ];
      for (const [args, en, zh] of rows) {
        assert.match((await cli('en_US.UTF-8', ...args)).err, en);
        assert.match((await cli('zh_CN.UTF-8', ...args)).err, zh);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every CLI message a Chinese translation in the one bundle', async () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(
      Object.values(englishCliMessages).filter((message) => bundle[message] === undefined),
      [],
    );
  });

  it('lays out the Chinese command list in the columns of the English one', async () => {
    /** The display columns the descriptions of the command list (the help's second paragraph) start at. */
    const descriptionColumns = (help: string): Set<number> => {
      const list = help.split('\n\n')[1] ?? '';
      const columns = list.split('\n').flatMap((line) => {
        const below = /^ {3,}(?=\S)/.exec(line);
        if (below) return [below[0].length];
        const beside = /^ {2}\S.*? {2,}(?=\S)/.exec(line);
        return beside ? [displayWidth(beside[0])] : [];
      });
      return new Set(columns);
    };
    assert.deepEqual(descriptionColumns((await cli('zh_CN.UTF-8', '--help')).out), new Set([42]));
    assert.deepEqual(descriptionColumns((await cli('en_US.UTF-8', '--help')).out), new Set([42]));
  });

  const data: [what: string, args: string[]][] = [
    ['search --json', ['search', '--json', '--limit', '3', '互联网医院']],
    ['search --json, a clause', ['search', '--json', '--limit', '3', '到2027年，累计获批一类创新药8个以上']],
    ['corpus --json', ['corpus', '--json']],
  ];
  for (const [what, args] of data) {
    it(`${what} prints the same data in every locale`, async () => {
      const english = await cli('en_US.UTF-8', ...args);
      assert.ok(english.out.startsWith('['), english.out);
      assert.equal((await cli('zh_CN.UTF-8', ...args)).out, english.out);
    });
  }
});

/** The built binary reads the locale from its environment, as a drafter's shell sets it. */
describe('dist/cli.js in the locale of its environment', () => {
  const cli = join(dist, 'cli.js');
  const spawn = (env: Record<string, string>, ...args: string[]) => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
    return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...rest, ...env }, timeout: 60_000 });
  };
  const environments: [env: Record<string, string>, noPrecedent: string, searched: string, count: string][] = [
    [{ LANG: 'zh_CN.UTF-8' }, '语料库中未找到相近先例\n', '已检索：内置语料库（5 份文件）\n', '检查结果：1 个文件，6 条提示\n'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, '语料库中未找到相近先例\n', '已检索：内置语料库（5 份文件）\n', '检查结果：1 个文件，6 条提示\n'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C.UTF-8' }, 'no close precedent in the corpus\n', 'searched: bundled corpus (5 documents)\n', '6 findings in 1 file checked\n'],
    [{}, 'no close precedent in the corpus\n', 'searched: bundled corpus (5 documents)\n', '6 findings in 1 file checked\n'],
  ];
  for (const [env, noPrecedent, searched, count] of environments) {
    it(`${JSON.stringify(env)}: search and lint speak ${noPrecedent.startsWith('no') ? 'English' : 'Chinese'}`, function () {
      this.timeout(60_000);
      const search = spawn(env, 'search', offDomainClause);
      assert.deepEqual([search.status, search.stdout, search.stderr], [0, noPrecedent, searched]);
      const lint = spawn(env, 'lint', lintDraft);
      assert.deepEqual([lint.status, lint.stderr], [1, count]);
      const help = spawn(env, 'lint', '--help');
      assert.match(help.stdout, noPrecedent.startsWith('no') ? /^usage: policy-draft lint/ : /^用法：policy-draft lint/);
    });
  }
});
