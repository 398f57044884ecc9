import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/run';
import { parseCorpusDocument } from '../src/core/corpus/corpusDocument';
import { parseMetaTable } from '../src/core/import/metaTable';
import { toSimplified } from '../src/core/text/simplify';
import { decodeText } from '../src/core/text/decodeText';

/**
 * `npx tsx scripts/importQuality.ts [SHARED_DIR]` (also run by `npm run eval`): runs
 * `policy-draft import --meta SHARED/realworld/index.tsv --out TMP SHARED/realworld/docs` in process
 * and measures issue 11's done-when on its output, then deletes it (cleaned copies are never kept):
 * - written: a valid corpus file (front matter and body) for the document;
 * - clean: no HTML tag, entity, scraper line or portal chrome left in the body;
 * - kept: the share of the raw document's sentences found in the output (compared on Han
 *   characters, letters and digits, traditional folded to simplified), median over documents;
 * - titles from the text: the title is found in the raw text itself;
 * - numbering: HTML and run-on documents whose numbering (`一、`, `（一）`) starts lines again.
 * The raw sentences are read independently of the importer: tags stripped with a plain scan.
 */

export interface ImportQuality {
  documents: number;
  written: number;
  clean: number;
  keptMedian: number;
  keptBelow90: string[];
  titlesFromText: number;
  /** Titles a text does not state: the table's title, or 未载明. */
  titlesFromTable: number;
  titlesUnstated: number;
  numbered: { documents: number; rebuilt: number };
  dirty: { file: string; what: string }[];
  exitCode: number;
}

const leftovers: [string, RegExp][] = [
  ['HTML tag', /<\/?(?:p|div|span|br|td|tr|table|tbody|font|strong|b|a|img|script|style|meta|html|body|o:p)(?:[\s/>])/i],
  ['entity', /&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});/],
  ['scraper line', /^(?:\*\*)?(?:发布日期|发布机构|原文链接|检索时间|检索关键词|信息来源|索引号)(?:\*\*)?\s*[:：]|【法宝引证码】|^(?:政策全文|正文)$/m],
  ['portal chrome', /分享到|打印本页|关闭窗口|返回顶部|当前位置|您所在的位置|首页\s*>|扫一扫|版权所有|ICP备|【字号|^(?:下载|打印|全屏|收藏|加大|还原|减小)$/m],
];

/** Han characters, ASCII letters and digits, traditional folded to simplified: what a sentence is compared on. */
function key(text: string): string {
  let out = '';
  for (const char of toSimplified(text)) {
    const code = char.charCodeAt(0);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) out += char;
  }
  return out;
}

/** The raw text as a reader sees it: for an HTML file, tags (and scripts, styles) removed by a plain scan. */
function rawText(raw: string): string {
  if (!/<(?:p|div|td|span)[\s>]/i.test(raw.slice(0, 100_000))) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('<', i);
    if (open < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, open);
    const lower = raw.slice(open, open + 8).toLowerCase();
    const skipTo = lower.startsWith('<script') ? '</script>' : lower.startsWith('<style') ? '</style>' : '>';
    const close = raw.toLowerCase().indexOf(skipTo, open);
    i = close < 0 ? raw.length : close + skipTo.length;
    out += '\n';
  }
  return out
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

function sentences(text: string): string[] {
  return text
    .split(/[。！？!?]/)
    .map(key)
    .filter((s) => s.length >= 10);
}

/**
 * The title is the text's own: found in it verbatim, or, for a work report without a title line,
 * `<place>政府工作报告` where the text says it reports its government's work (`我代表…人民政府向大会报告工作`).
 */
function titleFromText(title: string, rawKey: string): boolean {
  const k = key(title);
  if (title === '未载明' || k.length === 0) return false;
  if (rawKey.includes(k)) return true;
  const place = k.endsWith('政府工作报告') ? k.slice(0, -'政府工作报告'.length) : undefined;
  return place !== undefined && rawKey.includes(`我代表${place}`) && /向(?:大会|各位代表)(?:报告|作)/.test(rawKey);
}

/** Lines starting with the plan's own numbering, a sign the structure was rebuilt. */
function numberedLines(body: string): number {
  return body.split('\n').filter((line) => /^(?:#{2,3} )?(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/.test(line)).length;
}

export async function measureImport(shared: string): Promise<ImportQuality | undefined> {
  const docs = join(shared, 'realworld/docs');
  const index = join(shared, 'realworld/index.tsv');
  if (!existsSync(docs) || !existsSync(index)) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'policy-draft-import-quality-'));
  try {
    let log = '';
    const exitCode = await run(['import', '--meta', index, '--out', out, docs], { out: (t) => void (log += t), err: (t) => void (log += t), bundleDir: out });
    const files = readdirSync(docs)
      .filter((f) => !f.startsWith('.'))
      .sort();
    const result: ImportQuality = {
      documents: files.length,
      written: 0,
      clean: 0,
      keptMedian: 0,
      keptBelow90: [],
      titlesFromText: 0,
      titlesFromTable: 0,
      titlesUnstated: 0,
      numbered: { documents: 0, rebuilt: 0 },
      dirty: [],
      exitCode,
    };
    const kept: number[] = [];
    const tableTitles = new Map([...parseMetaTable(readFileSync(index, 'utf8'), index).rows].map(([file, row]) => [file, row.options.title]));
    for (const file of files) {
      const decoded = decodeText(readFileSync(join(docs, file)));
      const raw = decoded.ok ? rawText(decoded.text) : '';
      const outFile = join(out, file.replace(/\.[^.]+$/, '') + '.md');
      if (!existsSync(outFile)) {
        kept.push(0);
        continue;
      }
      let doc;
      try {
        doc = parseCorpusDocument(readFileSync(outFile, 'utf8'), outFile);
      } catch {
        kept.push(0);
        continue;
      }
      result.written++;
      const body = doc.lines.slice(doc.bodyLine).join('\n');
      const dirt = leftovers.find(([, pattern]) => pattern.test(body));
      if (dirt) result.dirty.push({ file, what: dirt[0] });
      else result.clean++;
      const bodyKey = key(body);
      const rawSentences = sentences(raw);
      const share = rawSentences.length === 0 ? 1 : rawSentences.filter((s) => bodyKey.includes(s)).length / rawSentences.length;
      kept.push(share);
      if (share < 0.9) result.keptBelow90.push(`${file} ${share.toFixed(2)}`);
      if (titleFromText(doc.meta.title, key(raw))) result.titlesFromText++;
      else if (doc.meta.title === '未载明') result.titlesUnstated++;
      else if (tableTitles.get(file) === doc.meta.title) result.titlesFromTable++;
      const html = raw !== (decoded.ok ? decoded.text : '');
      const runOn = decoded.ok && decoded.text.length > 1000 && decoded.text.split('\n').length <= 3;
      if ((html || runOn) && /。(?:二|三)、/.test(key(raw).length > 0 ? raw.replace(/\s/g, '') : '')) {
        result.numbered.documents++;
        if (numberedLines(body) >= 2) result.numbered.rebuilt++;
      }
    }
    kept.sort((a, b) => a - b);
    result.keptMedian = kept.length === 0 ? 0 : kept[Math.floor((kept.length - 1) / 2)]!;
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function importQualityLines(q: ImportQuality): string[] {
  const pct = (n: number) => `${((100 * n) / q.documents).toFixed(1)}%`;
  return [
    `import    written ${q.written}/${q.documents} (${pct(q.written)})  clean ${q.clean}/${q.documents} (${pct(q.clean)})  kept median ${q.keptMedian.toFixed(3)}  titles from text ${q.titlesFromText}/${q.documents} (${pct(q.titlesFromText)}; text states none: table ${q.titlesFromTable}, 未载明 ${q.titlesUnstated})  numbering rebuilt ${q.numbered.rebuilt}/${q.numbered.documents}  exit ${q.exitCode}`,
  ];
}

if (require.main === module) {
  const shared = process.argv[2] ?? join(__dirname, '../../shared');
  const verbose = process.argv.includes('--verbose');
  measureImport(shared).then((q) => {
    if (!q) {
      console.log(`import: skipped, ${join(shared, 'realworld')} is absent`);
      return;
    }
    if (verbose) {
      for (const { file, what } of q.dirty) console.log(`dirty ${file}: ${what}`);
      for (const line of q.keptBelow90) console.log(`kept below 0.90: ${line}`);
    }
    for (const line of importQualityLines(q)) console.log(line);
  });
}
