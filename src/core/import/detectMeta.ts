import type { CorpusMeta, Period } from '../corpus/corpusMeta';
import { kinds, levels } from '../corpus/corpusMeta';
import { genres, isTitleLine, stripPeriodSuffix } from './titleLine';

/**
 * Reads the facts a page states about its document: the title (the plan's own, also out of a
 * `关于印发《…》的通知`), the issuer (before `关于` in the title, or the signatures above the date),
 * the region and level (the issuer's or title's leading place name), the genre, the period (from the
 * title's brackets or `规划期为…`) and the date (a `2024年12月6日` line). Anything not stated is left
 * out; the caller supplies it as an option rather than this module guessing. `knownTitle`, when the
 * caller knows the title, stands in for a title line the page lost.
 */

export type DetectedMeta = Partial<Pick<CorpusMeta, 'title' | 'issuer' | 'region' | 'level' | 'kind' | 'period' | 'date'>>;

const bodySuffixes = ['办公厅', '办公室', '人民政府', '政府', '委员会', '厅', '局', '委', '办'];

/** A title stands at the top: a title-like line further down is a document the text cites. */
const titleSearchLines = 12;

export function detectMeta(lines: readonly string[], knownTitle?: string): DetectedMeta {
  const found: DetectedMeta = {};
  const titleLine = lines.slice(0, titleSearchLines).find(isTitleLine);
  if (titleLine !== undefined) {
    const quoted = /^(.*?)(?:关于)?(?:印发|转发|发布)《([^》]{4,80})》的通知$/.exec(titleLine);
    found.title = quoted ? quoted[2]! : titleLine;
    const prefix = quoted ? quoted[1]! : titleLine.slice(0, Math.max(0, titleLine.indexOf('关于')));
    if (prefix !== '' && bodySuffixes.some((s) => prefix.endsWith(s))) found.issuer = prefix;
  } else {
    const title = titleInText(lines.slice(0, titleSearchLines));
    if (title !== undefined) found.title = title;
  }
  const dateIndex = lines.findIndex((line) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line));
  if (dateIndex >= 0) {
    const [, y, m, d] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(lines[dateIndex]!)!;
    found.date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    found.issuer ??= signatures(lines, dateIndex);
  }
  const title = knownTitle ?? found.title;
  if (title !== undefined) {
    const kind = kindOf(title);
    if (kind) found.kind = kind;
    const period = periodOf(title) ?? periodInText(lines);
    if (period) found.period = period;
  }
  const place = placeOf(found.issuer ?? title ?? '');
  if (place) Object.assign(found, place);
  return found;
}

/**
 * A title the text states in a sentence when it has no title line: the plan a notice issues
 * (`《…》已经省政府同意，现印发给你们`, `现将《…》印发给你们`), or a government work report's
 * opening (`我代表扬州市人民政府向大会报告工作` → 扬州市政府工作报告).
 */
function titleInText(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const issued = /《([^》]{4,80})》(?:已经[^。]{1,30}同意，)?(?:现|予以)?印发给你们/.exec(line) ?? /现将《([^》]{4,80})》印发/.exec(line);
    if (issued) return issued[1]!;
    const report = /我代表([\u4e00-\u9fff]{0,20}?)(?:人民政府|政府|国务院|行署)[，,]?向(?:大会|各位代表)(?:报告|作)/.exec(line);
    if (report) return `${report[1]!.length >= 2 ? report[1] : ''}政府工作报告`;
  }
  return undefined;
}

/** Issuing bodies signed on the lines just above the date, in order. */
function signatures(lines: readonly string[], dateIndex: number): string | undefined {
  const names: string[] = [];
  for (let i = dateIndex - 1; i >= 0 && lines[i]!.length <= 30 && bodySuffixes.some((s) => lines[i]!.endsWith(s)); i--) names.unshift(lines[i]!);
  return names.length > 0 ? names.join('、') : undefined;
}

function kindOf(title: string): CorpusMeta['kind'] | undefined {
  const core = stripPeriodSuffix(title);
  const genre = genres.find((g) => core.endsWith(g));
  if (genre === undefined) return undefined;
  return (kinds as readonly string[]).includes(genre) ? (genre as CorpusMeta['kind']) : '其他';
}

function periodOf(title: string): Period | undefined {
  const match = /[（(](\d{4})\s*[-—–－~～至]+\s*(\d{4})年?[)）]$/.exec(title);
  return match ? { from: Number(match[1]), to: Number(match[2]) } : undefined;
}

function periodInText(lines: readonly string[]): Period | undefined {
  for (const line of lines) {
    const match = /规划期为?(\d{4})\s*[-—–－~～至]+\s*(\d{4})年/.exec(line);
    if (match) return { from: Number(match[1]), to: Number(match[2]) };
  }
  return undefined;
}

/** The leading place name and the level it implies: `浙江省…` → 浙江省, 省级. */
function placeOf(name: string): Pick<CorpusMeta, 'region' | 'level'> | undefined {
  const match = /^(?:中共)?([\u4e00-\u9fff]{2,6}?(?:自治区|新区|省|市|区|县))/.exec(name);
  if (!match) return undefined;
  const region = match[1]!;
  const level: (typeof levels)[number] = region.endsWith('省') || region.endsWith('自治区') ? '省级' : region.endsWith('市') ? '市级' : region.endsWith('县') ? '县级' : '区级';
  return { region, level };
}
