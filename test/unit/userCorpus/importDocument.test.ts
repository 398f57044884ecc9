import * as assert from 'node:assert/strict';
import { parseCorpusDocument } from '../../../src/core/corpus/corpusDocument';
import { importForCorpus, pageTextOf, suggestImportId } from '../../../src/core/userCorpus/importDocument';
import { buildDocx } from './docxFixture';

/** Text copied from a web page: site chrome, a traditional-character body, half-width punctuation. */
const page = [
  '首頁 > 政務公開 > 政策文件',
  '某某市人民政府辦公室關于印發《某某市低空經濟產業發展行動方案(2024-2026年)》的通知',
  '各區人民政府,市政府各部門:',
  '現將《某某市低空經濟產業發展行動方案(2024-2026年)》印發給你們,請認真貫徹執行。',
  '一、發展目標',
  '到2026年,全市低空經濟產業規模突破200億元,開通低空航線50條以上。',
  '二、重點任務',
  '(一)建設低空基礎設施。布局建設通用機場和起降點,完善低空飛行服務保障體系。(責任單位:市交通運輸局)',
  '某某市人民政府辦公室',
  '2024年5月20日',
  '分享到: 微信 微博',
].join('\n');

/** The same policy text without any words that say who issued it, where or at which level. */
const anonymous = ['一、發展目標', '到2026年,低空經濟產業規模突破200億元。', '二、重點任務', '(一)建設低空基礎設施,完善低空飛行服務保障體系。'].join('\n');

describe('userCorpus/importDocument', () => {
  it('cleans a pasted web page into a valid corpus document in simplified characters', () => {
    const outcome = importForCorpus(page, { id: 'low-altitude-2024' });
    assert.ok(outcome.ok);
    const doc = parseCorpusDocument(outcome.result.text, 'low-altitude-2024.md');
    assert.equal(doc.meta.id, 'low-altitude-2024');
    assert.equal(doc.meta.level, '市级');
    const body = doc.lines.slice(doc.bodyLine).join('\n');
    assert.match(body, /到2026年，全市低空经济产业规模突破200亿元，开通低空航线50条以上。/);
    assert.doesNotMatch(body, /分享到|政務|經濟/);
  });

  it('asks for the level when the text does not state it, and marks the fields it could not find', () => {
    const first = importForCorpus(anonymous, { id: 'anonymous-plan' });
    assert.deepEqual(first, { ok: false, needs: 'level' });
    const second = importForCorpus(anonymous, { id: 'anonymous-plan', level: '区级', title: '某区低空经济行动方案' });
    assert.ok(second.ok);
    // The kind is read from the title given; who issued it and where is stated nowhere.
    assert.deepEqual(second.filled.sort(), ['issuer', 'region']);
    const doc = parseCorpusDocument(second.result.text, 'anonymous-plan.md');
    assert.equal(doc.meta.issuer, '未载明');
    assert.equal(doc.meta.kind, '行动方案');
    assert.match(doc.meta.note ?? '', /原文未载明：.*发文机关/);
  });

  it('takes the text of a Word file, numbering written out, for the importer', async () => {
    const bytes = await buildDocx([
      { kind: 'title', text: '某区低空经济产业发展行动方案' },
      { kind: 'numbered', level: 0, text: '发展目标' },
      { kind: 'paragraph', text: '到2026年，低空经济产业规模突破50亿元。' },
    ]);
    assert.deepEqual(await pageTextOf(bytes, '行动方案.DOCX'), { ok: true, text: '某区低空经济产业发展行动方案\n\n一、发展目标\n\n到2026年，低空经济产业规模突破50亿元。\n' });
  });

  it('refuses an empty file, a binary file and a corrupt Word file with a reason', async () => {
    assert.deepEqual(await pageTextOf(new Uint8Array(), 'a.txt'), { ok: false, reason: 'empty file' });
    const binary = await pageTextOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'a.txt');
    assert.match(binary.ok ? '' : binary.reason, /binary/);
    const corrupt = await pageTextOf(new TextEncoder().encode('PK\u0003\u0004 损坏'), 'a.docx');
    assert.match(corrupt.ok ? '' : corrupt.reason, /not a readable Word/);
  });

  it('suggests an id from an ASCII file name, else from the date', () => {
    const now = new Date(2024, 4, 20, 9, 5);
    assert.equal(suggestImportId('Low_Altitude Plan 2024.docx', now), 'low-altitude-plan-2024');
    assert.equal(suggestImportId('低空经济行动方案.docx', now), 'plan-20240520-0905');
    assert.equal(suggestImportId(undefined, now), 'plan-20240520-0905');
  });
});
