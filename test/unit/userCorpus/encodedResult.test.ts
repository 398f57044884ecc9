import * as assert from 'node:assert/strict';
import { MemoryCacheStore } from '../../../src/core/userCorpus/cacheStore';
import { encodeUserFileResult, settleAnswer, type UserFileAnswer } from '../../../src/core/userCorpus/encodedResult';
import { readProjectUserFile } from '../../../src/core/userCorpus/projectReader';
import { readThroughCache, userCacheKey } from '../../../src/core/userCorpus/userFileCache';
import type { UserFileResult } from '../../../src/core/userCorpus/userDocument';

/**
 * A reader thread hands a file's result over as the cache's JSON text: the taking thread must end
 * up with the same result, and the cache with the same bytes, as when the result came as an object.
 */

const bytes = (text: string) => new TextEncoder().encode(text);

const plans: { name: string; text: string }[] = [
  { name: 'a task clause with its unit', text: '一、重点任务\n（一）建设城市算力中心。到2025年，新建5G基站1.2万个。（责任单位：市工业和信息化局）\n' },
  { name: 'traditional characters and full-width spaces', text: '二、保障措施\n　　（一）加強組織領導。各區要建立工作機制。\n' },
  {
    name: 'a run-on page with inline numbering',
    text: '为推进数字化转型，制定本方案。一、总体要求 （一）指导思想。坚持创新驱动。（二）主要目标。到2027年，数字经济核心产业增加值占比达到12%。二、重点任务 （一）夯实数字基础设施。',
  },
];

describe('a file result handed over as the cache JSON text', () => {
  for (const { name, text } of plans) {
    it(`gives back the same result and the same cache text: ${name}`, async () => {
      const result = await readProjectUserFile(bytes(text), 'txt');
      assert.equal(result.ok, true);
      const encoded = settleAnswer(encodeUserFileResult(result));
      const plain = settleAnswer(result);
      assert.deepEqual(encoded.result, result);
      assert.equal(encoded.json, JSON.stringify(result));
      assert.equal(plain.json, encoded.json);
    });
  }

  const refusals: UserFileResult[] = [
    { ok: false, reason: 'no text to index' },
    { ok: false, reason: 'not a readable Word (.docx) file: “文件”损坏' },
  ];
  for (const refusal of refusals) {
    it(`keeps a refusal as it was: ${refusal.ok ? '' : refusal.reason}`, () => {
      assert.deepEqual(settleAnswer(encodeUserFileResult(refusal)), { result: refusal, json: JSON.stringify(refusal) });
    });
  }

  it('stores the encoded text as it came, and reads it back as the result it encodes', async () => {
    const text = plans[0]!.text;
    const result = await readProjectUserFile(bytes(text), 'txt');
    const answers: { how: string; read: () => Promise<UserFileAnswer> }[] = [
      { how: 'an object', read: async () => result },
      { how: 'JSON text', read: async () => encodeUserFileResult(result) },
    ];
    const stored: string[] = [];
    for (const { how, read } of answers) {
      const store = new MemoryCacheStore();
      const first = await readThroughCache(bytes(text), 'txt', store, read);
      assert.equal(first.hit, false, how);
      assert.deepEqual(first.result, result, how);
      stored.push((await store.get(userCacheKey(bytes(text), 'txt')))!);
      const again = await readThroughCache(bytes(text), 'txt', store, () => Promise.reject(new Error('read twice')));
      assert.equal(again.hit, true, how);
      assert.deepEqual(again.result, result, how);
    }
    assert.equal(stored[0], stored[1]);
  });
});
