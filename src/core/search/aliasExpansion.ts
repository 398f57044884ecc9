import type { Bm25Index, QueryTerm } from './bm25Index';
import { querySearchKey } from './normalizeKey';
import { policyAliases } from './policyAliases';
import { queryTerms } from './queryTerms';

/**
 * The other names of what a folded query key names (see `policyAliases`): a draft that writes
 * `长三角` finds precedents that write `沪苏浙皖`, and `CDMO` those that write `合同研发生产组织`.
 */
export class AliasExpansion {
  private readonly groups: string[][];
  /** Each folded form as the table or the corpus writes it (the first that folds to it). */
  private readonly forms = new Map<string, string>();

  constructor(groups: readonly (readonly string[])[]) {
    this.groups = groups.map((group) => group.map(querySearchKey).filter((form) => form.length >= 2));
    for (const group of groups) for (const form of group) if (!this.forms.has(querySearchKey(form))) this.forms.set(querySearchKey(form), form);
  }

  /** A folded form as it is written where it comes from (`mah` → `MAH`), or undefined for none. */
  written(key: string): string | undefined {
    return this.forms.get(key);
  }

  /**
   * `key` with one form it holds replaced by each other form of that group, at most `max`
   * (the first occurrence that counts: a Latin form only as a word of its own).
   */
  renamings(key: string, max: number): string[] {
    const out: string[] = [];
    for (const group of this.groups) {
      for (const form of group) {
        const at = occurrence(key, form);
        if (at < 0) continue;
        for (const other of group) {
          if (other === form || out.length >= max) continue;
          out.push(key.slice(0, at) + other + key.slice(at + form.length));
        }
      }
    }
    return [...new Set(out)];
  }

  /** The forms of every group one of whose forms `key` holds, the forms it holds left out. */
  alternatives(key: string): string[] {
    const out: string[] = [];
    for (const group of this.groups) {
      const present = group.filter((form) => holds(key, form));
      if (present.length > 0) out.push(...group.filter((form) => !present.includes(form) && !key.includes(form)));
    }
    return out;
  }
}

/**
 * Whether `key` holds `form`, a Latin abbreviation only as a word of its own: `ai` is not the
 * `ai` of `mail`, and `ema` not that of `emas`.
 */
function holds(key: string, form: string): boolean {
  return occurrence(key, form) >= 0;
}

/** Where `key` first holds `form` as `holds` counts it, or -1. */
function occurrence(key: string, form: string): number {
  if (!isLatin(form.charCodeAt(0))) return key.indexOf(form);
  for (let at = key.indexOf(form); at >= 0; at = key.indexOf(form, at + 1)) {
    const before = at > 0 ? key.charCodeAt(at - 1) : 0;
    const after = at + form.length < key.length ? key.charCodeAt(at + form.length) : 0;
    if (!isLatin(before) && !isLatin(after)) return at;
  }
  return -1;
}

/** A lower-case Latin letter (keys are folded to lower case). */
const isLatin = (unit: number): boolean => unit >= 97 && unit <= 122;

const policy = new AliasExpansion(policyAliases);

/**
 * The bigrams of the other names of what `key` names, each at `weight`, leaving out the terms the
 * query has already (`own`): they join the query's own terms before the first round.
 */
export function aliasTerms(index: Bm25Index, key: string, own: readonly QueryTerm[], weight: number, expansion: AliasExpansion = policy): QueryTerm[] {
  const forms = weight > 0 ? expansion.alternatives(key) : [];
  if (forms.length === 0) return [];
  const known = new Set(own.map((t) => t.term));
  return queryTerms(index, forms, { unigramWeight: 0, unigramsOnlyForSingles: true, markRequired: false })
    .filter((t) => !known.has(t.term))
    .map((t) => ({ ...t, weight }));
}
