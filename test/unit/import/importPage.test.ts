import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPage, ImportMetadataError } from '../../../src/core/import/importPage';
import { parseCorpusDocument } from '../../../src/core/corpus/corpusDocument';
import { toSimplified } from '../../../src/core/text/simplify';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

/** Junk every fixture carries in some form; none may survive an import. */
const junk = [/\d{3,4}-\d{7,8}/, /1[3-9]\d{9}/, /@/, /点击/, /下载/, /举报/, /VIP/, /©/, /ICP/, /分享/, /字号/, /官网/, /\?\?/, /热门合集/, /联系人/, /[āáǎàīíǐìūúǔùēéěè]/];

function assertClean(text: string): void {
  for (const pattern of junk) assert.doesNotMatch(text, pattern);
  assert.equal(toSimplified(text), text, 'no traditional characters remain');
}

describe('import: whole pages', () => {
  it('cleans a traditional-character government page with pinyin, ?? indentation, widgets and spam', () => {
    const result = importPage(fixture('gov-notice-traditional.txt'), { id: 'test-smart-manufacturing' });
    assertClean(result.text);
    assert.deepEqual(
      { title: result.meta.title, issuer: result.meta.issuer, level: result.meta.level, kind: result.meta.kind, period: result.meta.period, date: result.meta.date },
      {
        title: '某某市智能制造产业发展行动方案（2024-2026年）',
        issuer: '某某市人民政府办公室',
        level: '市级',
        kind: '行动方案',
        period: { from: 2024, to: 2026 },
        date: '2024-03-08',
      },
    );
    const body = result.text.split('\n');
    assert.equal(body.filter((l) => l.includes('关于印发')).length, 1, 'the repeated page title is dropped');
    for (const line of [
      '## 一、总体要求',
      '### （一）推动产业集聚发展',
      '1.建设示范园区。支持园区完善公共服务平台，提升产业承载能力。（责任单位：市经信局、市发展改革委）',
      '某府办〔2024〕8号',
    ]) {
      assert.ok(body.includes(line), `keeps ${line}`);
    }
    assert.ok(result.report.removed.some((r) => r.kind === 'spam'));
    assert.doesNotThrow(() => parseCorpusDocument(result.text, 'out.md'));
  });

  it('re-flows a document-sharing page and drops its download prompts and footer', () => {
    const result = importPage(fixture('docx-share-hardwrapped.txt'), { id: 'test-green', issuer: '未载明', region: '某某市', level: '市级' });
    assertClean(result.text);
    assert.ok(result.text.includes('\n## 一、主要目标\n'));
    assert.ok(result.text.includes('培育省级以上绿色工厂20家，单位工业增加值能耗下降13.5%。'));
    assert.ok(result.text.includes('\n### （一）壮大绿色制造体系\n'));
    assert.ok(result.text.includes('《关于加快发展节能环保产业的意见（2023-2025年）》明确的重点项目优先给予用地保障。'));
    assert.equal(result.meta.kind, '行动计划');
  });

  it('removes a company contact block and a brand injected before the title and a comma', () => {
    const result = importPage(fixture('company-page-brand.txt'), { id: 'test-digital', title: '某某省数字经济发展规划', issuer: '某某省发展改革委' });
    assertClean(result.text);
    assert.doesNotMatch(result.text.split('---\n').slice(2).join(''), /青禾/);
    assert.ok(result.text.includes('推动企业上云用数赋智。进一步完善数据要素市场规则，推动公共数据有序开放。'));
    assert.deepEqual(result.meta.period, { from: 2021, to: 2025 });
    assert.equal(result.meta.level, '省级');
    assert.ok(result.text.includes('\n——创新引领。坚持把创新作为第一动力，加快突破关键核心技术。\n'));
    assert.equal(result.report.injectedAds.length, 1);
  });

  it('names the missing front-matter fields instead of guessing them', () => {
    assert.throws(
      () => importPage(fixture('docx-share-hardwrapped.txt'), { id: 'test-green' }),
      (error: unknown) => error instanceof ImportMetadataError && /issuer/.test(error.message) && /region/.test(error.message),
    );
  });

  it('records a verified correction in the front matter', () => {
    const page = '某某省生物医药行动计划\n\n一、重点任务\n\n突破标准化、规?;\uE20B苽浼夹g，攻克递送技术。';
    const corrections = [{ original: '规?;\uE20B苽浼夹g', corrected: '规模化制备技术', reason: '按字节可确定' }];
    const result = importPage(page, { id: 'test-fix', issuer: '某某省科学技术厅', corrections });
    assert.ok(result.text.includes('突破标准化、规模化制备技术，攻克递送技术。'));
    assert.deepEqual(parseCorpusDocument(result.text, 'x.md').meta.corrections, corrections);
    assert.ok(result.text.includes('\\uE20B'), 'the private-use character is written visibly');
    assert.deepEqual(result.report.suspects, []);
  });
});
