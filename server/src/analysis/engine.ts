/**
 * Runs every rule over a configuration model and applies the user's severity settings and
 * suppression comments. A rule that throws loses its own findings only.
 */
import type { ConfigModel } from '../model/config';
import { RULES } from './rules';
import { findSuppressions, isSuppressed, type Suppression } from './suppressions';
import type { AnalysisSettings, Diagnostic, Finding, Rule } from './types';

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  /** Rules that threw, with the error, so the caller can log them. */
  failures: { rule: string; error: unknown }[];
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { rules: {} };

export function analyze(model: ConfigModel, settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS, rules: readonly Rule[] = RULES): AnalysisResult {
  const main: Suppression[] = model.main ? findSuppressions(model.main.text, model.main.lines, model.main.logical) : [];
  const master: Suppression[] = model.master ? findSuppressions(model.master.text, model.master.lines, model.master.logical) : [];
  const anySuppressed = main.length > 0 || master.length > 0;
  const diagnostics: Diagnostic[] = [];
  const failures: AnalysisResult['failures'] = [];
  // Most users configure no rule: then no rule needs a lookup by its id in the settings (a
  // miss on an object keyed by 154 different ids is V8's slowest kind of property load).
  const configuredRules = Object.keys(settings.rules).length > 0 ? settings.rules : undefined;
  // Where the findings of rules that give way to others are in `diagnostics`.
  const yielding: number[] = [];
  const yieldsOf: NonNullable<Rule['yieldsTo']>[] = [];
  for (const rule of rules) {
    const configured = configuredRules?.[rule.id];
    if (configured === 'off') continue;
    let findings: Finding[];
    try {
      findings = rule.check({ model, settings });
    } catch (error) {
      failures.push({ rule: rule.id, error });
      continue;
    }
    for (const f of findings) {
      if (anySuppressed && isSuppressed(f.file === 'main' ? main : master, rule.id, f.start)) continue;
      // The rule's own objects become the diagnostics (a copy per finding is measurable on
      // large files): the same keys, in the same order, as `{ ...f, code, severity }`.
      const d = f as Diagnostic;
      d.code = rule.id;
      d.severity = configured ?? f.severity ?? rule.defaultSeverity;
      if (rule.yieldsTo) {
        yielding.push(diagnostics.length);
        yieldsOf.push(rule.yieldsTo);
      }
      diagnostics.push(d);
    }
  }
  const kept = yielding.length > 0 ? withoutYielded(diagnostics, yielding, yieldsOf) : diagnostics;
  return { diagnostics: byPosition(kept), failures };
}

/**
 * The diagnostics without those of yielding rules (at `yielding`, with their rules' `yieldsTo`)
 * that another diagnostic on exactly the same range takes precedence over. Two findings that
 * would give way to each other both stay. Few findings yield, so only diagnostics starting
 * where one of them starts are compared.
 */
function withoutYielded(diagnostics: Diagnostic[], yielding: number[], yieldsOf: NonNullable<Rule['yieldsTo']>[]): Diagnostic[] {
  const byStart = new Map<number, number[]>();
  const yields = new Map<number, NonNullable<Rule['yieldsTo']>>();
  yielding.forEach((index, k) => {
    yields.set(index, yieldsOf[k]);
    const start = diagnostics[index].start;
    const list = byStart.get(start);
    if (list) list.push(index);
    else byStart.set(start, [index]);
  });
  const dropped = new Set<number>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    const candidates = byStart.get(d.start);
    if (!candidates) continue;
    for (const index of candidates) {
      const y = diagnostics[index];
      if (index === i || y.file !== d.file || y.end !== d.end || y.code === d.code || !yields.get(index)!(d)) continue;
      if (!yields.get(i)?.(y)) dropped.add(index);
    }
  }
  return dropped.size === 0 ? diagnostics : diagnostics.filter((_, i) => !dropped.has(i));
}

const INDEX_BITS = 2 ** 22;
const FILE_BIT = 2 ** 30;

/**
 * The diagnostics in document order, main.cf first, in rule order where they start at the same
 * offset (a stable sort): numeric keys `file, start, index` sort far faster than a comparator.
 */
function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const n = diagnostics.length;
  if (n >= INDEX_BITS) return byComparator(diagnostics);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = diagnostics[i];
    const file = d.file === 'main' ? 0 : d.file === 'master' ? FILE_BIT : -1;
    if (file < 0 || !Number.isInteger(d.start) || d.start < 0 || d.start >= FILE_BIT) return byComparator(diagnostics);
    keys[i] = (file + d.start) * INDEX_BITS + i;
  }
  keys.sort();
  const sorted: Diagnostic[] = [];
  for (let i = 0; i < n; i++) sorted.push(diagnostics[keys[i] % INDEX_BITS]);
  return sorted;
}

function byComparator(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
}
