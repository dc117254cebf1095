/**
 * Runs every rule over a configuration model and applies the user's severity settings and
 * suppression comments. A rule that throws loses its own findings only.
 */
import type { ConfigModel } from '../model/config';
import { RULES, ruleIds } from './rules';
import { commentsOf, findSuppressions, isSuppressed, type Suppression } from './suppressions';
import type { AnalysisSettings, Diagnostic, Finding, Rule } from './types';

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  /** Rules that threw, with the error, so the caller can log them. */
  failures: { rule: string; error: unknown }[];
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { rules: {} };


export function analyze(model: ConfigModel, settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS, rules: readonly Rule[] = RULES): AnalysisResult {
  const main: Suppression[] = model.main ? findSuppressions(model.main.text, model.main.lines, model.main.logical, commentsOf(model, 'main')) : [];
  const master: Suppression[] = model.master ? findSuppressions(model.master.text, model.master.lines, model.master.logical, commentsOf(model, 'master')) : [];
  const anySuppressed = main.length > 0 || master.length > 0;
  const diagnostics: Diagnostic[] = [];
  const failures: AnalysisResult['failures'] = [];
  // Most users configure no rule: then no rule needs a lookup by its id in the settings (a
  // miss on an object keyed by 154 different ids is V8's slowest kind of property load).
  const configuredRules = Object.keys(settings.rules).length > 0 ? settings.rules : undefined;
  // The rules that give way to others (see Rule.yieldsTo) and found something, by id.
  const yieldsOf = new Map<string, NonNullable<Rule['yieldsTo']>>();
  for (const rule of rules) {
    const configured = configuredRules?.[rule.id];
    if (configured === 'off') continue;
    let findings: Finding[];
    try {
      // Every rule's id, whichever rules this analysis runs: a suppression may name any of them.
      findings = rule.check({ model, settings, ruleIds: ruleIds() });
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
      diagnostics.push(d);
    }
    if (rule.yieldsTo && findings.length > 0) yieldsOf.set(rule.id, rule.yieldsTo);
  }
  const sorted = byPosition(diagnostics);
  return { diagnostics: yieldsOf.size > 0 ? withoutYielded(sorted, yieldsOf) : sorted, failures };
}

/**
 * The diagnostics (in document order) without the findings of yielding rules that another
 * diagnostic on exactly the same range takes precedence over. Two findings that would give way
 * to each other both stay. Diagnostics that start at the same place are neighbours here, so
 * only those runs need a closer look.
 */
function withoutYielded(sorted: Diagnostic[], yieldsOf: ReadonlyMap<string, NonNullable<Rule['yieldsTo']>>): Diagnostic[] {
  const dropped: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i];
    let end = i + 1;
    while (end < sorted.length && sorted[end].start === first.start && sorted[end].file === first.file) end++;
    for (let k = i; k < end && end - i > 1; k++) {
      const y = sorted[k];
      const yields = yieldsOf.get(y.code);
      if (!yields) continue;
      for (let m = i; m < end; m++) {
        const d = sorted[m];
        if (m === k || d.end !== y.end || d.code === y.code || !yields(d) || yieldsOf.get(d.code)?.(y)) continue;
        dropped.push(k);
        break;
      }
    }
    i = end;
  }
  if (dropped.length === 0) return sorted;
  const gone = new Set(dropped);
  return sorted.filter((_, i) => !gone.has(i));
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
