import { CorpusMetaSchema, type Correction, type CorpusMeta } from '../corpus/corpusMeta';
import { formatCorpusDocument } from '../corpus/corpusDocument';
import { isContactLine } from './contactBlock';
import { applyCorrections } from './corrections';
import { detectMeta, type DetectedMeta } from './detectMeta';
import { documentStart, dropRepeatedLines } from './documentBounds';
import { stripIndentArtifacts } from './indentArtifacts';
import { removeInjectedAds, type InjectedAd } from './injectedAds';
import { htmlToText, looksLikeHtml } from './htmlText';
import { layoutMarkdown } from './markdownLayout';
import { isTableRow, unmarkLine } from './markdownSource';
import { splitRunOn } from './runOn';
import { joinSplitTitle } from './titleLine';
import { findSuspectRuns, type SuspectRun } from './mojibake';
import { removePinyinAnnotations } from './pinyinAnnotations';
import { normalizePunctuation } from './punctuation';
import { reflowLines } from './reflow';
import { toSimplified } from '../text/simplify';
import { chromeKind } from './siteChrome';
import { isSpamLinkList } from './spamLinks';

/**
 * Turns a scraped web page (plain text) into a corpus document: the generic cleaning steps in
 * order, then the metadata the page states, completed by what the caller knows.
 */

/**
 * What the caller knows about the page. Every field overrides what is detected.
 * @example { id: 'sd-biomed-2025', issuer: '山东省科学技术厅等十部门', corrections: [...] }
 */
export interface ImportOptions {
  /** Required: the corpus id and file name (`<id>.md`). */
  id: string;
  title?: string;
  issuer?: string;
  region?: string;
  level?: CorpusMeta['level'];
  kind?: CorpusMeta['kind'];
  period?: CorpusMeta['period'];
  date?: string;
  /** Where the page came from; a note that it is a cleaned web copy is always included. */
  source?: string;
  note?: string;
  /** Verified repairs of garbled text, applied to the simplified text and recorded. */
  corrections?: Correction[];
  /** The title to use only when the text states none (a metadata table's); `title` always wins. */
  fallbackTitle?: string;
  /** The file is a web page (.html, .htm) even if its start does not look like one. */
  html?: boolean;
}

export type RemovedKind = 'contact' | 'spam' | 'navigation' | 'page-meta' | 'share' | 'download' | 'footer' | 'before-document' | 'repeated';

export interface ImportReport {
  removed: { kind: RemovedKind; text: string }[];
  injectedAds: InjectedAd[];
  /** Possible mojibake left in the body (0-based lines of the written file): check and add corrections. */
  suspects: SuspectRun[];
}

export interface ImportResult {
  meta: CorpusMeta;
  /** The corpus file: front matter and Markdown body. */
  text: string;
  report: ImportReport;
}

/** The page lacks something the front matter needs and no option supplied it. */
export class ImportMetadataError extends Error {
  constructor(
    message: string,
    /** The front-matter fields that are missing or invalid, e.g. `['issuer', 'level']`. */
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

const defaultSource = '网页转载稿，经本工具导入清洗（去除网站框架、联系方式、广告与链接列表，繁体转简体，统一标点），非官方文本';

export function importPage(page: string, options: ImportOptions): ImportResult {
  const cleaned = cleanPage(page, options);
  const meta = buildMeta(options, cleaned.facts);
  const file = formatCorpusDocument(meta, cleaned.markdown);
  const fileLines = file.split('\n');
  const bodyLine = fileLines.indexOf('---', 1) + 1;
  return {
    meta,
    text: file,
    report: { removed: cleaned.removed, injectedAds: cleaned.injectedAds, suspects: findSuspectRuns(fileLines).filter((s) => s.line >= bodyLine) },
  };
}

export type CleanOptions = Pick<ImportOptions, 'title' | 'corrections' | 'fallbackTitle' | 'html'>;

/** What cleaning a page gives before any front matter is made. */
export interface CleanedPage {
  /** The document as Markdown: title heading, part headings, paragraphs, tables. */
  markdown: string;
  /** The facts the page itself states (title, issuer, region, level, kind, period, date). */
  facts: DetectedMeta;
  removed: ImportReport['removed'];
  injectedAds: InjectedAd[];
}

/**
 * The generic cleaning steps in order: HTML read as its text, Markdown marks dropped, traditional
 * characters simplified, run-on and hard-wrapped text re-broken, site furniture removed line by
 * line, the document's bounds found, punctuation normalised, and the result laid out as Markdown.
 * `title`, when the caller knows it, stands in for a title the page lost.
 */
export function cleanPage(page: string, options: CleanOptions = {}): CleanedPage {
  const removed: ImportReport['removed'] = [];
  const source = page.replace(/^\uFEFF/, '');
  const plain = options.html || looksLikeHtml(source) ? htmlToText(source) : source;
  let text = toSimplified(removePinyinAnnotations(plain.replace(/\r\n?/g, '\n')));
  text = applyCorrections(text, options.corrections ?? []);
  const unmarked = text.split('\n').map((line) => unmarkLine(stripIndentArtifacts(line)));
  let lines = reflowLines(unmarked)
    .flatMap(splitRunOn)
    .filter((line) => line !== '');

  lines = lines.filter((line) => {
    if (isTableRow(line)) return true;
    const kind: RemovedKind | undefined = isSpamLinkList(line) ? 'spam' : isContactLine(line) ? 'contact' : chromeKind(line);
    if (kind) removed.push({ kind, text: line });
    return kind === undefined;
  });
  lines = joinSplitTitle(lines);
  const start = documentStart(lines);
  for (const line of lines.slice(0, start)) removed.push({ kind: 'before-document', text: line });
  const { kept: unique, dropped } = dropRepeatedLines(lines.slice(start));
  for (const line of dropped) removed.push({ kind: 'repeated', text: line });
  const kept = unique.map((line) => (isTableRow(line) ? line : normalizePunctuation(line)));

  const furniture = removed.filter((r) => r.kind !== 'spam' && r.kind !== 'repeated').map((r) => r.text);
  const facts = detectMeta(kept, options.title);
  // A title from outside the text heads the document only when the text states none.
  const heading = options.title ?? (facts.title === undefined ? options.fallbackTitle : undefined);
  const ads = removeInjectedAds(kept, furniture, heading ?? facts.title);
  const body = ads.lines.filter((line) => line !== '');
  const markdown = layoutMarkdown(body, heading);
  return { markdown, facts, removed, injectedAds: ads.removed };
}

function buildMeta(options: ImportOptions, detected: DetectedMeta): CorpusMeta {
  const candidate = {
    id: options.id,
    title: options.title ?? detected.title ?? options.fallbackTitle,
    issuer: options.issuer ?? detected.issuer,
    region: options.region ?? detected.region,
    level: options.level ?? detected.level,
    kind: options.kind ?? detected.kind,
    period: options.period ?? detected.period,
    date: options.date ?? detected.date,
    source: options.source === undefined ? defaultSource : `${options.source}；${defaultSource}`,
    note: options.note,
    corrections: options.corrections ?? [],
  };
  const result = CorpusMetaSchema.safeParse(candidate);
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))].filter((name) => name !== '');
    // A field the page does not state is the usual case: say so, not what the schema expected.
    const missing = names.filter((name) => candidate[name as keyof typeof candidate] === undefined);
    const invalid = result.error.issues.filter((issue) => !missing.includes(String(issue.path[0] ?? ''))).map((issue) => `${issue.path.join('.')}（${issue.message}）`);
    const parts = [...(missing.length > 0 ? [`the page does not state ${missing.join(', ')}`] : []), ...invalid];
    throw new ImportMetadataError(`cannot complete the front matter: ${parts.join('; ')}; pass them as options`, names);
  }
  return result.data;
}
