/**
 * Rebuilds corpus/*.md from the five scraped seed pages with the project's own importer:
 * `npx tsx scripts/importSeeds.ts /work/shared/seeds`. The seeds are not in the repository; this
 * manifest holds only what a page does not state itself (or states wrongly) and the verified
 * repair of the one garbled run, so anyone with the seeds gets the same corpus byte for byte.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPage, type ImportOptions } from '../src/core/import/importPage';

interface SeedEntry extends ImportOptions {
  /** Start of the seed's file name, e.g. `000_`. */
  seed: string;
}

const manifest: SeedEntry[] = [
  {
    seed: '000_',
    id: 'zj-life-health-opinions',
    source: '转载于一家企业网站的新闻页',
  },
  {
    seed: '001_',
    id: 'nj-life-health-action-plan',
    title: '生命健康科技创新行动计划',
    issuer: '未载明（文中“市科技局牵头”）',
    region: '江苏省南京市',
    level: '市级',
    note: '发布机关与日期在转载页中未载明；“来宁”“在宁”“省挂网”等表述表明为南京市文件。原文“临床I、I、II期”“加快临床医学研究中心、国家医学中心建设。”重复句照录。',
    source: '转载于一家文档分享网站（DOCX 转文本，断行已重排）',
  },
  {
    seed: '002_',
    id: 'sd-biomedicine-action-plan-2025',
    source: '转载于一家企业网站的“行业动态”栏目（页面为繁体并带拼音注音，已转简体并去除注音）',
    corrections: [
      {
        original: '规?;\uE20B苽浼夹g',
        corrected: '规模化制备技术',
        reason: 'GBK 乱码：乱码字节中可读出“制”(D6C6)、“備”(82E4)、“技”(BCBC)、“術”(D067)，上下文为“标准化、规模化制备技术”',
      },
    ],
  },
  {
    seed: '003_',
    id: 'pudong-biomedicine-action-plan-2022',
    region: '上海市浦东新区',
    source: '转载于一家网站（页面为繁体，已转简体）；附件任务分解表由逐格文本还原为表格',
  },
  {
    seed: '004_',
    id: 'zj-pharma-14th-five-year-plan',
    title: '浙江省医药产业发展“十四五”规划',
    issuer: '浙江省经济和信息化厅（征求意见稿，意见反馈单位）',
    region: '浙江省',
    level: '省级',
    kind: '规划',
    note: '征求意见稿。转载页丢失了全部章节标题，本文不补写标题，只保留原有段落与编号；原文“以习新时代中国特色社会主义思想为指导”“深入践行习总书记”照录。',
    source: '转载于一家企业网站的“产品中心”页面（2021-04-06 发布），页面插入了品牌广告词',
  },
];

const [seedDir, outDir = 'corpus'] = process.argv.slice(2);
if (!seedDir) {
  process.stderr.write('usage: npx tsx scripts/importSeeds.ts <seed-dir> [out-dir]\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const files = readdirSync(seedDir);
for (const { seed, ...options } of manifest) {
  const file = files.find((name) => name.startsWith(seed));
  if (!file) throw new Error(`seed ${seed}* not found in ${seedDir}`);
  const result = importPage(readFileSync(join(seedDir, file), 'utf8'), options);
  writeFileSync(join(outDir, `${options.id}.md`), result.text);
  const { removed, injectedAds, suspects } = result.report;
  process.stdout.write(
    `${options.id}.md: ${result.text.split('\n').length} lines; removed ${removed.length} lines, ${injectedAds.length} injected ads; ${suspects.length} suspect runs\n`,
  );
  for (const s of suspects) process.stdout.write(`  suspect line ${s.line + 1}: ${s.excerpt}\n`);
}
