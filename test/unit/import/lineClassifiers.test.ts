import * as assert from 'node:assert/strict';
import { isContactLine } from '../../../src/core/import/contactBlock';
import { chromeKind, type ChromeKind } from '../../../src/core/import/siteChrome';
import { isSpamLinkList } from '../../../src/core/import/spamLinks';

describe('import: contact blocks', () => {
  const cases: [string, boolean][] = [
    ['服务热线:010-66668888', true],
    ['0531-87987655', true],
    ['业务直线:13912345678', true],
    ['公司邮箱:service@example.com', true],
    ['公司地址:某某市某某区某某路8号', true],
    ['全国服务热线:', true],
    ['请将相关意见反馈于省发展改革委数字经济处。联系人:张某;联系电话。', true],
    ['开通12345政务服务热线，畅通企业诉求反映渠道。', false],
    ['到2025年，全省规模以上企业研发经费支出占营业收入比重达到5.5%。', false],
    ['（责任单位：省科技厅、省财政厅）', false],
  ];
  for (const [line, expected] of cases) it(`${line} → ${expected}`, () => assert.equal(isContactLine(line), expected));
});

describe('import: site chrome', () => {
  const cases: [string, ChromeKind | undefined][] = [
    ['您好,欢迎光临青禾官网-主页!', 'navigation'],
    ['您所在的位置: 主页 > 新闻中心 >', 'navigation'],
    ['栏目:行业动态 发布时间:2024-12-24', 'page-meta'],
    ['发布时间:2022-05-06 10:15', 'page-meta'],
    ['分享:', 'share'],
    ['字号:', 'share'],
    ['第1页 / 共5页', 'download'],
    ['点击查看更多>>', 'download'],
    ['下载 相关 举报', 'download'],
    ['绿色低碳产业行动计划.docx', 'download'],
    ['下载10份以上建议开通VIP会员', 'download'],
    ['©2010-2024 某某网络科技有限公司  版权所有', 'footer'],
    ['icp.png某ICP备2020000000号-1', 'footer'],
    ['全文如下:', 'footer'],
    ['（四）完善举报奖励制度', undefined],
    ['（三）强化技术支持', undefined],
    ['支持企业下载使用开源工业软件，降低数字化转型成本。', undefined],
    ['一、总体要求', undefined],
  ];
  for (const [line, expected] of cases) it(`${line} → ${expected ?? 'policy text'}`, () => assert.equal(chromeKind(line), expected));
});

describe('import: spam link lists', () => {
  const cases: [string, boolean][] = [
    ['热门合集一区_最新片单专区_高清免费入口_精选频道线上看_夜间推荐频道', true],
    ['站点推荐: 热门合集一区 | 最新片单专区 | 高清免费入口 | 精选频道线上看 |', true],
    ['| 序号 | 具体工作 | 责任部门 |', false],
    ['移动网页_全站_页脚广告1', false],
    ['推进“互联网+医疗健康”发展，建设省医疗健康大数据平台。', false],
  ];
  for (const [line, expected] of cases) it(`${line.slice(0, 20)}… → ${expected}`, () => assert.equal(isSpamLinkList(line), expected));
});
