import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintRecord } from '../../src/cli/commands/lint';
import { run } from '../../src/cli/run';
import { normalizeKey } from '../../src/core/search/normalizeKey';

/**
 * Issue 12's check of `lint --json` on a 市 plan outside biomedicine: every fix is data; no fix
 * inserts a run of five characters that a corpus clause has and the draft has not (a precedent's
 * own words); no unit suggestion names another level (省…, 区…) or another place's body.
 */
const draft = join(__dirname, '../fixtures/lint-place/city-digital-economy.md');
const corpusDir = join(__dirname, '../../corpus');

async function lintJson(...args: string[]): Promise<{ code: number; records: LintRecord[] }> {
  let out = '';
  const code = await run(['lint', '--json', ...args], { out: (t) => (out += t), err: () => undefined, bundleDir: __dirname });
  return { code, records: JSON.parse(out) as LintRecord[] };
}

describe('lint --json fixes as data (issue 12)', () => {
  it("lists every finding's fixes with 1-based edits", async () => {
    const { records } = await lintJson(draft);
    const findings = records.filter((r) => r.code !== 'invalid-suppression');
    assert.ok(findings.length >= 4);
    for (const record of findings) {
      assert.ok(record.fixes.length >= 1, `${record.code} on line ${record.line} has a fix`);
      for (const fix of record.fixes) {
        assert.ok(fix.title.length > 0);
        for (const edit of fix.edits) {
          assert.ok(edit.line >= 1 && edit.column >= 1 && edit.endLine >= edit.line);
          assert.equal(typeof edit.newText, 'string');
        }
      }
    }
    const target = findings.find((r) => r.code === 'unquantified-target')!;
    assert.equal(target.fixes[0]!.edits[0]!.newText, '，达到N个');
    assert.match(target.fixes[0]!.title, /，达到N个/, 'the title shows exactly what is inserted');
  });

  /** Two 市 plans outside biomedicine, each with a unit it names itself. */
  const cityPlans: [file: string, ownUnit: string][] = [
    [draft, '市数据局'],
    [join(__dirname, '../fixtures/lint-place/city-elderly-care.md'), '市民政局'],
  ];
  for (const [file, ownUnit] of cityPlans) {
    const name = file.split('/').pop()!;
    it(`${name}: inserts no run of five characters that a corpus clause has and the draft has not`, async () => {
      const { records } = await lintJson(file);
      const draftKey = normalizeKey(readFileSync(file, 'utf8'));
      const corpusKeys = readdirSync(corpusDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => normalizeKey(readFileSync(join(corpusDir, f), 'utf8')));
      const edits = records.flatMap((r) => r.fixes.flatMap((f) => f.edits));
      assert.ok(edits.length >= 4, `${edits.length} edits`);
      for (const edit of edits) {
        const key = normalizeKey(edit.newText);
        for (let i = 0; i + 5 <= key.length; i++) {
          const run = key.slice(i, i + 5);
          assert.ok(draftKey.includes(run) || !corpusKeys.some((c) => c.includes(run)), `${edit.newText} carries ${run} from the corpus`);
        }
      }
    });

    it(`${name}: suggests only units of the draft's own level, its own first`, async () => {
      const { records } = await lintJson(file);
      const units = records.filter((r) => r.code === 'missing-responsible-unit').flatMap((r) => r.fixes.flatMap((f) => f.edits.map((e) => e.newText)));
      assert.ok(units.includes(`（责任单位：${ownUnit}）`), units.join(' '));
      for (const text of units) assert.ok(!/[（、]\s*(省|区|县)|张江|浦东|杭州|浙江/.test(text), text);
    });
  }

  it('reports a misspelt suppression code as a finding, and counts it in the exit code', async () => {
    const { code, records } = await lintJson(draft);
    const invalid = records.filter((r) => r.code === 'invalid-suppression');
    assert.equal(invalid.length, 1);
    assert.equal(invalid[0]!.line, 15);
    assert.match(invalid[0]!.message, /missing-responsible-unt/);
    assert.equal(code, 1);
  });
});
