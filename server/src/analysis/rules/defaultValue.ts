import { defaultIn, type ParameterFact } from '../../data/parameters';
import { atLeast, formatVersion, type Version } from '../../data/versions';
import { normalizeWhitespace } from '../../parser/lines';
import { deleteSetting } from '../edits';
import { lineNumberAt, mainSettings, overrideSettings, shown } from '../settings';
import type { Diagnostic, Finding, Rule } from '../types';
import { SECURITY_RULES } from './security';
import { TLS_RULES } from './tls';
import { tlsForwardSecrecy } from './tlsForwardSecrecy';

/**
 * The rules that advise on settings (TLS and security). Where one of them proposes to change
 * the very setting this rule reports (`biff = yes`: set it to no), "the line changes nothing,
 * remove it" would contradict that advice, so this rule gives way. Their findings about another
 * setting that only point at this line (one missing from main.cf) take nothing away.
 */
let advising: Set<string> | undefined;
const isAdvice = (ruleId: string) => (advising ??= new Set([...TLS_RULES, tlsForwardSecrecy, ...SECURITY_RULES].map((r) => r.id))).has(ruleId);

function changesSetting(other: Diagnostic): boolean {
  return (
    isAdvice(other.code) &&
    (other.fixes ?? []).some((f) => f.edits.some((e) => e.file === other.file && (e.start === e.end ? e.start === other.start : e.start < other.end && e.end > other.start)))
  );
}

/** certainDefault per release and parameter, computed once, as `compared` shows it (null: none). */
const certainDefaults = new Map<string, Map<ParameterFact, string | null>>();

function cachedDefault(fact: ParameterFact, target: Version): string | null {
  const release = formatVersion(target);
  let byFact = certainDefaults.get(release);
  if (!byFact) certainDefaults.set(release, (byFact = new Map()));
  let entry = byFact.get(fact);
  if (entry === undefined) {
    const value = certainDefault(fact, target);
    entry = value === undefined ? null : compared(fact.type, value);
    byFact.set(fact, entry);
  }
  return entry;
}

/**
 * The default of `fact` in `target` as text a user would write, or undefined when it is not
 * certain: computed from the host or the build, different between our two fact sources, or
 * with build-dependent alternatives.
 */
function certainDefault(fact: ParameterFact, target: Version): string | undefined {
  if (fact.type === 'path' || /^see |^\(|version dependent|^normal:/i.test(fact.default)) return undefined;
  let entry: string | undefined;
  for (const [since, value] of fact.history ?? []) if (atLeast(target, since)) entry = value;
  // Build-dependent alternatives make the default uncertain.
  if (entry === undefined || entry === '(absent)' || entry.includes(' || ')) return undefined;
  const value = defaultIn(fact, target);
  // Where the documentation states one default for all releases, both sources must agree.
  if (!fact.default.includes('Postfix') && !equal(fact.type, fact.default, value)) return undefined;
  return value;
}

/** Values compare after whitespace normalization, booleans in any case. */
function compared(type: string, value: string): string {
  const x = normalizeWhitespace(value);
  return type === 'boolean' ? x.toLowerCase() : x;
}

function equal(type: string, a: string, b: string): boolean {
  return compared(type, a) === compared(type, b);
}

/** A setting that changes nothing: equal to the default, or a `-o` equal to the main.cf value it shadows. */
export const defaultValue: Rule = {
  id: 'default-value',
  defaultSeverity: 'hint',
  description: 'A main.cf setting equal to the default of the target release, or a `-o` override equal to the main.cf setting it shadows; the line changes nothing.',
  yieldsTo: changesSetting,
  check(ctx) {
    const { model } = ctx;
    const version = formatVersion(model.target);
    const out: Finding[] = [];
    for (const s of mainSettings(model)) {
      const fact = s.fact;
      if (!s.effective || !fact || fact.status !== 'current' || !s.builtin) continue;
      const def = cachedDefault(fact, model.target);
      if (def === null || compared(fact.type, s.value) !== def) continue;
      out.push({
        file: 'main',
        start: s.start,
        end: s.end,
        message: `${s.name} = ${shown(s.value) || '(empty)'} is the default in Postfix ${version}, so this line changes nothing. Remove it to keep main.cf short.`,
        tags: ['unnecessary'],
        fixes: [{ title: `Remove ${s.name} (same as the default)`, edits: [deleteSetting(model, s)], safe: true, preferred: true }],
      });
    }
    // An override equal to main.cf's explicit value is redundant (the service gets that value
    // anyway). One equal to the default is not reported: resetting a parameter for one service
    // (`-o content_filter=`) is a common safeguard against later main.cf changes.
    for (const s of overrideSettings(model)) {
      const fact = s.fact;
      const main = model.effective.get(s.name);
      if (!s.effective || !main || !fact || fact.status !== 'current' || !equal(fact.type, s.value, main.value.text)) continue;
      const line = lineNumberAt(model, 'main', main.start);
      out.push({
        file: 'master',
        start: s.start,
        end: s.end,
        message: `The ${s.service!.name} service gets ${s.name} = ${shown(s.value) || '(empty)'} from main.cf line ${line} anyway, so this override changes nothing now. Remove it, unless it is meant to keep the value should main.cf change.`,
        tags: ['unnecessary'],
        related: [{ file: 'main', start: main.start, end: main.end, message: `main.cf line ${line}: the value the service gets without the override` }],
        fixes: [{ title: `Remove the -o ${s.name} override`, edits: [deleteSetting(model, s)], safe: false, preferred: true }],
      });
    }
    return out;
  },
};
