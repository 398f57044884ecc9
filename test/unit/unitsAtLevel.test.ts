import * as assert from 'node:assert/strict';
import { unitsAtLevel } from '../../src/core/units/unitsAtLevel';

describe('unitsAtLevel: a precedent’s responsibility notes in the draft’s level', () => {
  const cases: { why: string; text: string; level?: '省' | '市' | '区' | '县'; region?: string; out: string }[] = [
    {
      why: 'a provincial note in a 市 plan',
      text: '（一）推进县域内义务教育学校教师交流轮岗。（省教育厅、省委编办、省财政厅、省人力资源社会保障厅负责）',
      level: '市',
      out: '（一）推进县域内义务教育学校教师交流轮岗。（市教育局、市委编办、市财政局、市人力资源社会保障局负责）',
    },
    {
      why: 'a lead form, lead and support both',
      text: '3. 建设公共数据开放平台。（省发展改革委牵头，省科技厅、省经信厅配合）',
      level: '市',
      out: '3. 建设公共数据开放平台。（市发展改革委牵头，市科技局、市经信局配合）',
    },
    {
      why: 'the clause’s own words stay: only the note changes',
      text: '（二）支持省科技厅认定的新型研发机构建设。（责任单位：省科技厅）',
      level: '市',
      out: '（二）支持省科技厅认定的新型研发机构建设。（责任单位：市科技局）',
    },
    {
      why: 'a national body and another place’s own body stay as written',
      text: '（三）争取国家级医学中心落地。（国家卫生健康委、张江管理局、省卫生健康委负责）',
      level: '市',
      out: '（三）争取国家级医学中心落地。（国家卫生健康委、张江管理局、市卫生健康委负责）',
    },
    { why: 'a draft of no known level keeps every name', text: '（四）完善储备体系。（省发展改革委负责）', out: '（四）完善储备体系。（省发展改革委负责）' },
    { why: 'a clause with no note is left alone', text: '到2027年，省级以上专精特新企业达到500家。', level: '市', out: '到2027年，省级以上专精特新企业达到500家。' },
  ];
  for (const { why, text, level, region, out } of cases) {
    it(why, () => assert.equal(unitsAtLevel(text, { ...(level ? { level } : {}), ...(region ? { region } : {}) }), out));
  }
});
