import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands, run } from '../../src/cli/run';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: join(__dirname, '../../dist') });
  return { code, out, err };
}

describe('CLI --version and --help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) assert.deepEqual(await cli(flag), { code: 0, out: `policy-draft ${version}\n`, err: '' });
  });

  for (const name of Object.keys(commands)) {
    it(`policy-draft ${name} --help prints its usage and exits 0`, async () => {
      const { code, out, err } = await cli(name, '--help');
      assert.equal(code, 0, err);
      assert.ok(out.startsWith(`usage: policy-draft ${name}`), out);
      assert.equal((await cli(name, '-h')).out, out);
    });
  }

  const helpSays: { command: string; says: string[] }[] = [
    { command: 'import', says: ['--title', '--level', '--period', '--meta', 'Batch mode'] },
    { command: 'search', says: ['--corpus DIR', '--cache DIR', '--no-cache'] },
    { command: 'lint', says: ['--cache DIR', '--no-cache', "reviewer's checks"] },
  ];
  for (const { command, says } of helpSays) {
    it(`policy-draft ${command} --help names ${says.join(', ')}`, async () => {
      const { out } = await cli(command, '--help');
      for (const words of says) assert.ok(out.includes(words), out);
    });
  }

  it('reads --help after -- as a word, not a flag', async () => {
    const { out } = await cli('search', '--json', '--', '--help');
    assert.ok(!out.startsWith('usage:'));
  });
});

describe('CLI search confidence', () => {
  it('orders a clause query by the confidence it prints, and says which sources it searched', async () => {
    const { code, out, err } = await cli('search', '--json', '--limit', '5', '支持创新药械纳入医保目录，推动医疗机构及时配备使用创新药品和医疗器械。');
    assert.equal(code, 0);
    const rows = JSON.parse(out) as { confidence: number }[];
    assert.ok(rows.length > 0);
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.confidence >= rows[i]!.confidence);
    assert.match(err, /searched: bundled corpus \(5 documents\)/);
  });

  it('says there is no close precedent for an off-domain clause', async () => {
    const { out } = await cli('search', '推进农村生活垃圾分类减量，建设村级垃圾分拣中心，实现农村生活垃圾收运处置体系全覆盖。');
    assert.equal(out, 'no close precedent in the corpus\n');
  });
});
