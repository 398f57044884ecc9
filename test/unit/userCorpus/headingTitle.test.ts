import * as assert from 'node:assert/strict';
import { readUserFile } from '../../../src/core/userCorpus/readUserFile';
import type { UserFileKind } from '../../../src/core/userCorpus/folderSource';
import { testReadOptions } from './readOptions';

/**
 * An own file that states no title is labelled by its first heading only when that heading is not a
 * numbered part: a 青岛 实施意见 saved without its title opens at `一、实施背景`, and every precedent
 * from it was labelled 〔参考文件〕一、实施背景 in the hover and the search.
 */
const table: [what: string, kind: UserFileKind, text: string, title: string | undefined][] = [
  [
    'a page opening at its first part',
    'txt',
    '为贯彻落实国家、省、市关于推动人工智能教育发展部署，推进青岛市人工智能教育快速发展，制定本意见。\n\n一、实施背景\n\n2017年国家发布《新一代人工智能发展规划》。\n\n二、主要任务\n\n1.建设人工智能教育实验室。\n',
    undefined,
  ],
  [
    'Markdown opening at 一、总体要求',
    'md',
    '人工智能的迅速发展将深刻改变人类社会生活，特制定本行动计划。\n\n## 一、总体要求\n\n### （一）基本态势\n\n高校在人工智能领域具备较好基础。\n',
    undefined,
  ],
  ['Markdown opening at （一）', 'md', '### （一）优化教育资源布局\n\n1. 科学编制学校布局规划。\n', undefined],
  ['Markdown opening at 第一章', 'md', '# 第一章 总则\n\n第一条 为规范中小学校管理，制定本办法。\n', undefined],
  [
    'Markdown with its title as the first heading',
    'md',
    '# 某市推进义务教育优质均衡发展的实施意见\n\n## 一、总体要求\n\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n',
    '某市推进义务教育优质均衡发展的实施意见',
  ],
];

describe('userCorpus: a title from the first heading', () => {
  for (const [what, kind, text, title] of table) {
    it(`${what}: ${title ?? 'no title from the text'}`, async () => {
      const result = await readUserFile(new TextEncoder().encode(text), kind, testReadOptions);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.equal(result.content.meta.title, title);
    });
  }
});
