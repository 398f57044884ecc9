import * as assert from 'node:assert/strict';
import { headingShown } from '../../../src/core/text/headingShown';

describe('headingShown: a heading as a place line names it', () => {
  const cases: { heading: string; shown: string; why: string }[] = [
    { heading: '（三）推进数字医疗', shown: '（三）推进数字医疗', why: 'a heading of a plan stays whole' },
    {
      heading: '加强组织领导各有关部门要根据本意见要求，按照职责分工抓紧制定相关配套文件',
      shown: '加强组织领导各有关部门要根据本意见要求…',
      why: 'a title run into its body is cut at its first phrase',
    },
    {
      heading: '坚持在全面推进“三大强州战略”上精准发力，加快建设更具凉山特色优势的现代化产业体系',
      shown: '坚持在全面推进“三大强州战略”上精准发力…',
      why: 'a work report’s sentence heading',
    },
    {
      heading: '二、三产业分别增长4.6%、6.2%、3.9%，规上工业增加值增长7.5%，外贸进出口总额增长22.1%',
      shown: '二、三产业分别增长4.6%、6.2%、3.9%…',
      why: 'after its last phrase that fits',
    },
    {
      heading: '推动生物医药产业规模从2025年的1000亿元增长到2030年的2000亿元以上并形成若干集群',
      shown: '推动生物医药产业规模从2025年的1000亿元增长到…',
      why: 'with no phrase break, between words, never inside a figure',
    },
  ];
  for (const { heading, shown, why } of cases) {
    it(why, () => {
      const out = headingShown(heading);
      assert.equal(out, shown);
      assert.ok(out.length <= 31);
    });
  }
});
