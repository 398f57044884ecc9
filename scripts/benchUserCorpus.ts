import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SearchEngine } from '../src/core/search/searchEngine';
import type { SearchCorpus } from '../src/core/search/types';
import { DirectoryCacheStore } from '../src/core/userCorpus/cacheStore';
import { nodeFolderSource } from '../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../src/core/userCorpus/projectReader';
import { withUserDocuments } from '../src/core/userCorpus/toSearchCorpus';
import { UserCorpus } from '../src/core/userCorpus/userCorpus';
import { buildDocx } from '../test/unit/userCorpus/docxFixture';
import { loadIndexedCorpus } from './loadIndexedCorpus';

/**
 * Indexing throughput of a user's corpus folder (issue 7): a folder of generated plans (Markdown,
 * plain text and Word), indexed cold (every file parsed), warm (a new session served by the
 * content cache), and the time to pick up one edited file. Called by scripts/bench.ts; runs on its
 * own with `npx tsx scripts/benchUserCorpus.ts [files]`.
 */

export interface UserCorpusBench {
  files: number;
  clauses: number;
  /** Files per second with an empty cache: read, extract, normalise, parse, cache. */
  coldFilesPerSec: number;
  /** Files per second in a new session whose cache holds every file. */
  warmFilesPerSec: number;
  /** Milliseconds from a file's change to its new content being indexed (median of 5 edits). */
  changedFileMs: number;
  /** Search clauses the bundled corpus and the folder make together. */
  searchClauses: number;
  /**
   * Milliseconds to rebuild the search engine over the bundled corpus and the folder, which the
   * editor does once after a change (median of 5), so the changed file shows in hovers.
   */
  engineRebuildMs: number;
}

const places = ['杭州市', '宁波市', '温州市', '济南市', '青岛市', '成都市', '武汉市', '合肥市', '苏州市', '无锡市'];
const industries = ['生物医药', '人工智能', '集成电路', '新能源汽车', '数字经济', '高端装备', '新材料', '现代农业'];
const units = ['市发展改革委', '市科技局', '市经信局', '市财政局', '市商务局', '市人力社保局', '市市场监管局'];

/** A small deterministic generator, so every run indexes the same folder. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function planLines(n: number): { title: string; parts: { heading: string; items: string[] }[] } {
  const next = random(n + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const place = pick(places);
  const industry = pick(industries);
  const item = (k: number) =>
    `推进${industry}${['创新平台', '产业集群', '公共服务', '人才队伍', '应用场景'][k % 5]}建设，到${2025 + (k % 3)}年培育企业${10 + Math.floor(next() * 90)}家以上，产业规模突破${100 + Math.floor(next() * 900)}亿元。（责任单位：${pick(units)}、${pick(units)}）`;
  return {
    title: `${place}${industry}产业高质量发展行动方案（第${n}号）`,
    parts: ['总体要求', '主要目标', '重点任务', '保障措施'].map((heading, p) => ({ heading, items: Array.from({ length: 6 }, (_, k) => item(p * 6 + k)) })),
  };
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function markdown(n: number): string {
  const plan = planLines(n);
  return [
    `# ${plan.title}`,
    '',
    ...plan.parts.flatMap((part, p) => [`## ${numerals[p]}、${part.heading}`, '', ...part.items.flatMap((text, k) => [`（${numerals[k]}）${text}`, ''])]),
  ].join('\n');
}

async function writeFolder(dir: string, files: number): Promise<string[]> {
  const names: string[] = [];
  for (let n = 0; n < files; n++) {
    const sub = join(dir, `${2015 + (n % 10)}`);
    mkdirSync(sub, { recursive: true });
    if (n % 10 === 9) {
      const plan = planLines(n);
      const blocks = [
        { kind: 'title' as const, text: plan.title },
        ...plan.parts.flatMap((part) => [
          { kind: 'numbered' as const, level: 0, text: part.heading },
          ...part.items.map((text) => ({ kind: 'numbered' as const, level: 1, text })),
        ]),
      ];
      writeFileSync(join(sub, `plan-${n}.docx`), await buildDocx(blocks));
      names.push(`${2015 + (n % 10)}/plan-${n}.docx`);
    } else {
      const ext = n % 10 === 8 ? 'txt' : 'md';
      writeFileSync(join(sub, `plan-${n}.${ext}`), markdown(n));
      names.push(`${2015 + (n % 10)}/plan-${n}.${ext}`);
    }
  }
  return names;
}

export async function benchUserCorpus(files = 500, bundled: SearchCorpus = loadIndexedCorpus()): Promise<UserCorpusBench> {
  const root = mkdtempSync(join(tmpdir(), 'bench-user-corpus-'));
  try {
    const folder = join(root, '规划库');
    const names = await writeFolder(folder, files);
    const store = new DirectoryCacheStore(join(root, 'cache'));
    const session = () => new UserCorpus({ store, read: readProjectUserFile });

    const cold = session();
    let start = performance.now();
    await cold.addFolder(folder, nodeFolderSource(folder));
    const coldMs = performance.now() - start;
    const clauses = cold.documents().reduce((sum, d) => sum + countClauses(d.plan.clauses), 0);
    if (cold.documents().length !== files) throw new Error(`indexed ${cold.documents().length} of ${files} files`);

    const warm = session();
    start = performance.now();
    await warm.addFolder(folder, nodeFolderSource(folder));
    const warmMs = performance.now() - start;

    const changed: number[] = [];
    const name = names.find((n) => n.endsWith('.md'))!;
    for (let edit = 1; edit <= 5; edit++) {
      const path = join(folder, name);
      writeFileSync(path, `${markdown(0)}\n（五）第${edit}次修改新增的任务条款，建设${edit}个示范园区。\n`);
      utimesSync(path, 1_900_000_000 + edit, 1_900_000_000 + edit);
      start = performance.now();
      const result = await warm.updateFile(folder, name);
      changed.push(performance.now() - start);
      if (result !== 'changed') throw new Error(`edit ${edit} was not picked up (${result})`);
    }
    changed.sort((a, b) => a - b);
    const merged = withUserDocuments(bundled, warm.documents());
    const rebuilds: number[] = [];
    for (let i = 0; i < 5; i++) {
      start = performance.now();
      SearchEngine.build(merged);
      rebuilds.push(performance.now() - start);
    }
    rebuilds.sort((a, b) => a - b);
    return {
      files,
      clauses,
      coldFilesPerSec: round((files / coldMs) * 1000),
      warmFilesPerSec: round((files / warmMs) * 1000),
      changedFileMs: round(changed[2]!),
      searchClauses: merged.clauses.length,
      engineRebuildMs: round(rebuilds[2]!),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function countClauses(clauses: readonly { children: readonly unknown[] }[]): number {
  return clauses.reduce((sum, c) => sum + 1 + countClauses(c.children as { children: readonly unknown[] }[]), 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (require.main === module) {
  const files = Number(process.argv[2] ?? 500);
  benchUserCorpus(files).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
