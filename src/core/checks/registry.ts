import type { Fix } from './fix';
import type { Finding } from './finding';
import { missingResponsibleUnit } from './missingResponsibleUnit';
import { numberingForm } from './numberingForm';
import { numberingSequence } from './numberingSequence';
import { outdatedBodyName } from './outdatedBodyName';
import type { Severity } from './rule';
import { staleYear } from './staleYear';
import { taskTableMismatch } from './taskTableMismatch';
import { unquantifiedTarget } from './unquantifiedTarget';

/**
 * Every drafting check, in the order their findings are listed on one position. Adding a check is
 * adding its file here: its code joins `CheckCode`, suppression comments accept it, its settings
 * join the schema (and a test holds package.json to them), the editor offers its fixes.
 */
export const checks = [missingResponsibleUnit, unquantifiedTarget, numberingSequence, numberingForm, staleYear, outdatedBodyName, taskTableMismatch] as const;

export type AnyCheck = (typeof checks)[number];
/** The rule ids of the drafting checks; also the diagnostic `code` in the editor. */
export type CheckCode = AnyCheck['code'];
export type CheckSetting = AnyCheck['setting'];

const byCode = new Map<string, AnyCheck>(checks.map((rule) => [rule.code, rule]));

export const checkCodes: readonly CheckCode[] = checks.map((rule) => rule.code);

export function isCheckCode(code: string): code is CheckCode {
  return byCode.has(code);
}

export function ruleOf(code: CheckCode): AnyCheck {
  return byCode.get(code)!;
}

/** The settings key that switches a check on or off. */
export function enabledKey<S extends string>(setting: S): `${S}.enabled` {
  return `${setting}.enabled`;
}

/** The settings key of a check's severity. */
export function severityKey<S extends string>(setting: S): `${S}.severity` {
  return `${setting}.severity`;
}

/** Every fix of a finding: those it carries, then those its rule computes from the text. */
export function fixesOf(text: string, finding: Finding): Fix[] {
  const rule: { fixes?(text: string, finding: Finding): Fix[] } = ruleOf(finding.code);
  return [...(finding.fixes ?? []), ...(rule.fixes?.(text, finding) ?? [])];
}

export type { Severity };
