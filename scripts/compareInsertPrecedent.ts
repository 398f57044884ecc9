import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renumberAfterInsertion } from '../src/core/checks/renumberAfter';
import { insertionEdits } from '../src/core/precedents/insertPrecedent';
import { buildOutline } from '../src/core/structure/outline';

/**
 * Insert precedent read from the draft's outline (as the language server does, from the analysis
 * it holds) against the whole draft parsed again with the clause in it: the edits must be the same
 * at every insertion point. Runs over the real documents (and any other folders given) with four
 * clauses of different levels, with and without a source note, at `--points` lines of each
 * document (blank lines and lines with text alike); prints each difference and exits 1 on any.
 * Too slow for a unit test (the whole parse is what is being replaced):
 *
 *   npx tsx scripts/compareInsertPrecedent.ts [--points 40] [folder…]   (default ../shared/realworld/docs)
 */

const clauses = [
  '（三）加快生物医药产业集聚。支持全省生物医药产业园区建设。（责任单位：省发展改革委）',
  '3. 推进工业互联网平台建设。',
  '二、保障措施',
  '（2）发展社区嵌入式养老。\n1. 建设街道综合养老服务中心。',
];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const points = option('--points', 40);
const given = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--points');
const folders = given.length > 0 ? given : [resolve(__dirname, '../../shared/realworld/docs')];
let compared = 0;
let read = 0;
let differ = 0;
let wholeMs = 0;
let outlineMs = 0;
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.error(`${folder} is absent`);
    process.exit(2);
  }
  for (const file of readdirSync(folder).filter((name) => /\.(md|txt)$/u.test(name) && name !== 'README.md')) {
    const draft = readFileSync(join(folder, file), 'utf8');
    const outline = buildOutline(draft);
    const count = draft.split(/\r\n|\r|\n/u).length;
    for (let line = 0; line < count; line += Math.max(1, Math.floor(count / points))) {
      clauses.forEach((clause, k) => {
        const range = { start: { line, column: 0 }, end: { line, column: 0 } };
        const context = { draft, range, place: { level: '市' as const }, ...(k % 2 === 0 ? { source: { document: '某规划', path: ['一、重点任务'] } } : {}) };
        let started = performance.now();
        const whole = insertionEdits(clause, context);
        wholeMs += performance.now() - started;
        started = performance.now();
        const fromOutline = insertionEdits(clause, { ...context, outline });
        outlineMs += performance.now() - started;
        compared++;
        const before = outline.lines[line]?.kind !== 'blank';
        if (renumberAfterInsertion(outline, { line, lines: whole[0]!.newText.split(/\r\n|\r|\n/u), before }) !== undefined) read++;
        if (JSON.stringify(whole) === JSON.stringify(fromOutline)) return;
        differ++;
        console.log(`${file}:${line + 1} clause ${k + 1}\n  whole draft:  ${JSON.stringify(whole)}\n  from outline: ${JSON.stringify(fromOutline)}`);
      });
    }
  }
}
console.log(
  `${compared} insertions compared, ${differ} differ; about ${read} read from the outline (the rest parse the whole draft); ` +
    `${Math.round(wholeMs)} ms parsing the whole draft, ${Math.round(outlineMs)} ms from the outline`,
);
process.exitCode = differ > 0 ? 1 : 0;
