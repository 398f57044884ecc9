import * as assert from 'node:assert/strict';
import { ownDocumentName } from '../../../src/core/userCorpus/ownDocumentName';

describe('ownDocumentName: an own document whose title names no place goes by its file', () => {
  const cases: [title: string, file: string, name: string, why: string][] = [
    ['政府工作报告', '2024年宜宾市政府工作报告.docx', '2024年宜宾市政府工作报告', 'a file name holding the title stands alone'],
    ['政府工作报告', '工作报告/宜宾2024.txt', '政府工作报告（宜宾2024）', 'a file name saying something else follows the title'],
    ['实施意见', '实施意见.md', '实施意见', 'a file named as the title adds nothing'],
    ['扬州市政府工作报告', 'gwr_017.txt', '扬州市政府工作报告', 'a title naming its place stays'],
    ['关于加快生命健康科技创新发展的实施意见', 'a.md', '关于加快生命健康科技创新发展的实施意见', 'a title longer than a genre word stays'],
  ];
  for (const [title, file, name, why] of cases) it(why, () => assert.equal(ownDocumentName(title, file), name));
});
