import type { SourceLine } from '../structure/lines';
import { planBodyLine } from '../structure/planBody';
import { replacement } from './fix';
import type { RuleFinding } from './finding';
import { defineRule } from './rule';
import { said } from './messages';

/**
 * `numbering-form`: GB/T 9704-2012 7.3.3 numbers the levels `一、`, `（一）`, `1.`, `（1）`. A marker
 * written another way (`（一）、`, `一.`, `1、`, `1）`, half-width `(一)`) gets one finding, with a fix
 * to the standard form that is safe to apply unattended and can be applied to every marker at once.
 */

const numerals = '[一二三四五六七八九十]{1,3}';
const digits = '[0-9０-９]{1,2}';
/** Each non-standard form at the start of a line, with the standard form of its number. */
const forms: readonly { pattern: RegExp; standard: (number: string) => string }[] = [
  // （一）、 (一)、 （一）. （一）, (一) — brackets of any width, anything after the bracket.
  { pattern: new RegExp(`^(?:[（(](${numerals})[）)][、.．,，]|\\((${numerals})[）)]|（(${numerals})\\))`), standard: (n) => `（${n}）` },
  // 一. 一． 一, 一，
  { pattern: new RegExp(`^(${numerals})[.．,，](?![0-9０-９])`), standard: (n) => `${n}、` },
  // （1）、 (1)、 (1) 1) 1）
  { pattern: new RegExp(`^(?:[（(](${digits})[）)][、.．,，]|\\((${digits})[）)]|（(${digits})\\)|(${digits})[)）])`), standard: (n) => `（${n}）` },
  // 1、 1， 1,
  { pattern: new RegExp(`^(${digits})[、，,](?![0-9０-９])`), standard: (n) => `${n}.` },
];

function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The non-standard marker a line opens with, and its standard form. */
export function nonStandardMarker(line: SourceLine): { start: number; end: number; written: string; standard: string } | undefined {
  if (line.kind !== 'numbered' && line.kind !== 'text' && line.kind !== 'heading') return undefined;
  const rest = line.text.slice(line.contentStart);
  for (const { pattern, standard } of forms) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const number = match.slice(1).find((group) => group !== undefined);
    // A bare number with nothing after it is a page number or a cell, not a marker.
    if (number === undefined || rest.slice(match[0].length).trim().length === 0) return undefined;
    return { start: line.contentStart, end: line.contentStart + match[0].length, written: match[0], standard: standard(halfWidthDigits(number)) };
  }
  return undefined;
}

export const numberingForm = defineRule({
  code: 'numbering-form',
  setting: 'checks.numberingForm',
  defaultSeverity: 'information',
  check(analysis) {
    const { lines } = analysis.outline;
    const findings: RuleFinding[] = [];
    for (let index = planBodyLine(analysis.outline); index < lines.length; index++) {
      const line = lines[index]!;
      const marker = nonStandardMarker(line);
      if (!marker) continue;
      const range = { start: { line: index, column: marker.start }, end: { line: index, column: marker.end } };
      findings.push({
        ...said('numberingForm', marker.written, marker.standard),
        range,
        subject: line.text.trim(),
        fixes: [{ kind: 'standard-form', label: marker.standard, edits: [replacement(range, marker.standard)], safe: true, preferred: true, combinable: true }],
      });
    }
    return findings;
  },
});
