/**
 * What the status columns of the parameter facts mean for one target release: ignored,
 * deprecated (and from which release postconf warns), replaced by what.
 */
import { existsIn, isBuiltin, parameterFact, type ParameterFact } from '../data/parameters';
import { atLeast, compareVersions, parseVersion, type Version } from '../data/versions';

/**
 * Parameters that still exist but have no effect from some release on although their status
 * says "deprecated": the EECDH grade is not used from 3.6 on (tls-rules.md section 1, and the
 * facts' own allowed-values note "ignored since 3.6: always auto").
 */
const IGNORED_FROM: ReadonlyMap<string, string> = new Map([
  ['smtpd_tls_eecdh_grade', '3.6'],
  ['tlsproxy_tls_eecdh_grade', '3.6'],
]);

/** The release from which Postfix ignores the parameter, or undefined. */
export function ignoredSince(fact: ParameterFact): string | undefined {
  return IGNORED_FROM.get(fact.name) ?? (fact.status === 'ignored' ? fact.obsoleteSince : undefined);
}

export function isIgnoredIn(fact: ParameterFact, target: Version): boolean {
  const since = ignoredSince(fact);
  return since !== undefined && atLeast(target, since) && existsIn(fact, target);
}

function later(a: string, b: string): string {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va && vb && compareVersions(va, vb) < 0 ? b : a;
}

/** The replacement when it is a parameter name the facts know. */
export function replacementParameter(fact: ParameterFact): string | undefined {
  const r = fact.replacedBy;
  return r && parameterFact(r) ? r : undefined;
}

export interface Deprecation {
  /** The release from which postconf warns about the name, if it ever does. */
  warnFrom?: string;
}

const DEPRECATED_STATUSES: ReadonlySet<string> = new Set(['deprecated', 'renamed', 'obsolete', 'removed']);

/**
 * Whether the name counts as deprecated for `target`: a deprecated, renamed or obsolete
 * parameter (or a removed one the target still has) once its replacement exists, or, with no
 * replacement parameter, from the release that made it obsolete. Names Postfix ignores are
 * left to ignored-parameter.
 */
export function deprecationIn(fact: ParameterFact, target: Version): Deprecation | undefined {
  if (!DEPRECATED_STATUSES.has(fact.status)) return undefined;
  if (!existsIn(fact, target) || isIgnoredIn(fact, target)) return undefined;
  const replacement = replacementParameter(fact);
  if (replacement ? !isBuiltin(replacement, target) : !(fact.obsoleteSince && atLeast(target, fact.obsoleteSince))) return undefined;
  // postconf warns about deprecated names from 3.9 on, about renamed (legacy) names from 3.11 on.
  if (fact.status === 'deprecated') return { warnFrom: later(fact.obsoleteSince ?? '3.9', '3.9') };
  if (fact.status === 'renamed') return { warnFrom: '3.11' };
  return {};
}

/** "Use X instead." / "Remove it." from the replaced_by column, in our words. */
export function replacementAdvice(fact: ParameterFact): string {
  const r = fact.replacedBy;
  if (!r) return 'Remove it.';
  if (r.startsWith('(do not specify; leave at default)')) return 'Remove it and let Postfix use its default.';
  if (r.startsWith('(do not specify')) return 'Remove it.';
  return `Use ${r} instead.`;
}
