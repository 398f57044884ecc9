import * as assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/text/decodeText';

const sentence = '（一）加快建设创新平台。支持龙头企业牵头组建创新联合体。（责任单位：省科技厅）';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

describe('userCorpus/decodeText', () => {
  const utf8 = new TextEncoder().encode(sentence);
  // GB18030 bytes of 发展目标, as a .txt saved by Windows Notepad in a Chinese locale.
  const gbk = Uint8Array.from([0xb7, 0xa2, 0xd5, 0xb9, 0xc4, 0xbf, 0xb1, 0xea]);
  const table: { name: string; bytes: Uint8Array; text: string; encoding: string }[] = [
    { name: 'UTF-8', bytes: utf8, text: sentence, encoding: 'utf-8' },
    { name: 'UTF-8 with a BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), text: sentence, encoding: 'utf-8' },
    { name: 'UTF-16 LE with a BOM', bytes: utf16(sentence, false), text: sentence, encoding: 'utf-16le' },
    { name: 'UTF-16 BE with a BOM', bytes: utf16(sentence, true), text: sentence, encoding: 'utf-16be' },
    { name: 'GBK from Windows', bytes: gbk, text: '发展目标', encoding: 'gb18030' },
    { name: 'UTF-16 LE without a BOM', bytes: utf16(`${sentence}\r\n2026年`, false).subarray(2), text: `${sentence}\r\n2026年`, encoding: 'utf-16le' },
    { name: 'UTF-16 BE without a BOM', bytes: utf16(`${sentence}\n`, true).subarray(2), text: `${sentence}\n`, encoding: 'utf-16be' },
    { name: 'an empty file', bytes: new Uint8Array(), text: '', encoding: 'utf-8' },
  ];
  for (const { name, bytes, text, encoding } of table) {
    it(`reads ${name}`, () => {
      assert.deepEqual(decodeText(bytes), { ok: true, text, encoding });
    });
  }

  it('refuses a binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = decodeText(png);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /binary/);
  });
});
