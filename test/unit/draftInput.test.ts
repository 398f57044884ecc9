import * as assert from 'node:assert/strict';
import { classifyDraftBytes, classifyDraftText } from '../../src/core/checks/draftInput';

const clause = '1. 建设智能算力中心。统筹布局全市智能算力资源。（责任单位：市发展改革委）\n';

describe('draft input', () => {
  it('passes an ordinary draft through, with its CRLF line ends', () => {
    const text = clause.replace('\n', '\r\n');
    assert.deepEqual(classifyDraftText(text, 1024), { kind: 'text', text });
  });

  it('calls a draft of only whitespace empty', () => {
    assert.deepEqual(classifyDraftText('', 1024), { kind: 'empty' });
    assert.deepEqual(classifyDraftText(' \r\n\u3000\n', 1024), { kind: 'empty' });
    assert.deepEqual(classifyDraftBytes(new Uint8Array(), 1024), { kind: 'empty' });
  });

  it('measures size in UTF-8 bytes: 400 Chinese characters exceed 1 KB', () => {
    const text = '强'.repeat(400);
    assert.deepEqual(classifyDraftText(text, 1), { kind: 'oversized', sizeKB: 2, limitKB: 1 });
    assert.equal(classifyDraftText('a'.repeat(1000), 1).kind, 'text');
  });

  it('refuses oversized bytes before decoding them', () => {
    assert.deepEqual(classifyDraftBytes(new Uint8Array(3 * 1024 + 1), 3), { kind: 'oversized', sizeKB: 4, limitKB: 3 });
  });

  it("reads Word's manual line breaks (vertical tabs) in a short pasted draft as text", () => {
    const pasted = '一、重点任务\n1. 推进产业发展。\v加快建设。\v完善机制。\n2. 推进数据要素\v市场建设。\v\n';
    assert.equal(classifyDraftText(pasted, 1024).kind, 'text');
  });

  it('calls text with NULs or many replacement characters binary', () => {
    assert.equal(classifyDraftText(`${clause}\0\0`, 1024).kind, 'binary');
    assert.equal(classifyDraftText('PK\u0003\u0004\ufffd\ufffd\ufffd\ufffd[Content_Types].xml', 1024).kind, 'binary');
    assert.equal(classifyDraftBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 1024).kind, 'binary');
  });

  it('tolerates a stray replacement character in a long draft', () => {
    assert.equal(classifyDraftText(`${clause.repeat(5)}\ufffd`, 1024).kind, 'text');
  });

  it('decodes UTF-8 with a BOM and GB18030 bytes from Windows', () => {
    const utf8 = new TextEncoder().encode(clause);
    assert.deepEqual(classifyDraftBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 1024), { kind: 'text', text: clause });
    // 任务 in GBK.
    assert.deepEqual(classifyDraftBytes(new Uint8Array([0xc8, 0xce, 0xce, 0xf1]), 1024), { kind: 'text', text: '任务' });
  });
});
