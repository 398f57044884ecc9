import { chromeKind } from './siteChrome';
import { isTitleLine } from './titleLine';

/**
 * Finds where the document starts in a page whose furniture has been removed line by line: at the
 * first title line, or, for a page that lost its title, at the first line that reads like body
 * text (a sentence of some length). What comes before (a news lead, a company banner, a repeated
 * page title) belongs to the site, not to the document.
 */

/** A line of body text: long enough and ending a sentence somewhere. */
const minBodyLength = 20;

export function documentStart(lines: readonly string[]): number {
  const title = lines.findIndex(isTitleLine);
  // A notice's opening sentence may end with its colon (`…提出如下实施意见：`) rather than a full stop.
  const body = lines.findIndex((line) => line.length >= minBodyLength && (line.includes('。') || (line.endsWith('：') && line.includes('，'))) && chromeKind(line) === undefined);
  if (title >= 0 && (body < 0 || title <= body + 1)) return title;
  return Math.max(body, 0);
}

/** Drops a line identical to the one before it (a page title repeated as the article heading). */
export function dropRepeatedLines(lines: readonly string[]): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const line of lines) (kept.length > 0 && kept[kept.length - 1] === line ? dropped : kept).push(line);
  return { kept, dropped };
}
