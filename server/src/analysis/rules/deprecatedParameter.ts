import { defaultIn, parameterFact, type ParameterFact } from '../../data/parameters';
import { atLeast } from '../../data/versions';
import type { ConfigModel } from '../../model/config';
import { expandedValue } from '../../model/effective';
import { deleteSetting, replace } from '../edits';
import { valueReferences } from '../references';
import { allSettings, settingInScope, type Setting } from '../settings';
import { deprecationIn, replacementAdvice, replacementParameter } from '../status';
import type { Finding, Fix, Rule } from '../types';

/** The obsolete TLS switches `<prefix>_use_tls` / `<prefix>_enforce_tls`. */
const LEGACY_TLS = /^(.+)_(use|enforce)_tls$/;

const isYesNo = (v: string | undefined): v is string => v !== undefined && /^(yes|no)$/i.test(v.trim());

/**
 * The fix for `<prefix>_use_tls` / `_enforce_tls`: when the security level is already in
 * force the old switch is ignored and goes; otherwise the pair becomes one security level
 * (enforce → encrypt, use → may, neither → none) written in place of this setting.
 */
function legacyTlsFix(model: ConfigModel, s: Setting, level: string, first: boolean): Fix | undefined {
  const m = LEGACY_TLS.exec(s.name)!;
  const sibling = `${m[1]}_${m[2] === 'use' ? 'enforce' : 'use'}_tls`;
  const current = expandedValue(model, level, s.service)?.value.trim();
  if (current) {
    return { title: `Remove ${s.name} (${level} is set, so it has no effect)`, edits: [deleteSetting(model, s)], safe: true, preferred: true };
  }
  if (settingInScope(model, level, s.service)) return undefined; // set, but empty: editing it is not mechanical
  const use = expandedValue(model, `${m[1]}_use_tls`, s.service)?.value;
  const enforce = expandedValue(model, `${m[1]}_enforce_tls`, s.service)?.value;
  if (!isYesNo(use) || !isYesNo(enforce)) return undefined;
  const value = /^yes$/i.test(enforce.trim()) ? 'encrypt' : /^yes$/i.test(use.trim()) ? 'may' : 'none';
  const edits = [replace(s.file, s.nameStart, s.nameEnd, level), replace(s.file, s.valueStart, s.valueEnd, value)];
  const other = settingInScope(model, sibling, s.service);
  if (other && other.file === s.file) edits.push(deleteSetting(model, other));
  // With both switches set, both findings offer the same edit; only the first is safe for fix-all.
  return { title: `Replace with ${level} = ${value}`, edits, safe: first, preferred: true };
}

function renamedFix(model: ConfigModel, s: Setting, fact: ParameterFact, replacement: string): Fix | undefined {
  const referenced = valueReferences(model).has(s.name);
  if (settingInScope(model, replacement, s.service)) {
    return { title: `Remove ${s.name} (${replacement} is set)`, edits: [deleteSetting(model, s)], safe: !referenced, preferred: true };
  }
  // The new name's default is `$old` when the rename kept the meaning of the value.
  const replacementFact = parameterFact(replacement)!;
  const sameMeaning = defaultIn(replacementFact, model.target).includes(s.name) && fact.type === replacementFact.type;
  return { title: `Rename to ${replacement}`, edits: [replace(s.file, s.nameStart, s.nameEnd, replacement)], safe: sameMeaning && !referenced, preferred: true };
}

function message(fact: ParameterFact, name: string, warnFrom: string | undefined): string {
  const replacement = replacementParameter(fact);
  const warns = warnFrom ? ` postconf ${warnFrom} and later warn about it.` : '';
  let advice = replacementAdvice(fact);
  const legacy = LEGACY_TLS.exec(name);
  if (legacy && replacement) advice = `Use ${replacement} instead (${legacy[2] === 'use' ? 'yes means may, no means none' : 'yes means encrypt, no leaves it to ' + legacy[1] + '_use_tls'}).`;
  switch (fact.status) {
    case 'renamed':
      return `${name} is the old name of ${replacement} (renamed in Postfix ${fact.obsoleteSince}).${warns} ${advice}`;
    case 'deprecated':
      return `${name} is deprecated and a future Postfix release will drop it.${warns} ${advice}`;
    case 'removed':
      return `${name} is obsolete since Postfix ${fact.obsoleteSince} and is gone from Postfix ${fact.removedIn} on. ${advice}`;
    default:
      return `${name} is obsolete since Postfix ${fact.obsoleteSince}. ${advice}`;
  }
}

/** A parameter that still works in the target release but is replaced or on its way out. */
export const deprecatedParameter: Rule = {
  id: 'deprecated-parameter',
  defaultSeverity: 'warning',
  description: 'A deprecated, renamed or obsolete parameter (e.g. `smtpd_use_tls`), naming the replacement; a warning where postconf of the target release warns, info before.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    const pairsSeen = new Set<string>();
    for (const s of allSettings(model)) {
      const fact = s.fact;
      const deprecation = fact && deprecationIn(fact, model.target);
      if (!fact || !deprecation) continue;
      const replacement = replacementParameter(fact);
      const fixes: Fix[] = [];
      if (s.effective && replacement) {
        const legacy = LEGACY_TLS.exec(s.name);
        const pairKey = legacy ? `${s.service?.index ?? 'main'}:${legacy[1]}` : '';
        const fix = legacy ? legacyTlsFix(model, s, replacement, !pairsSeen.has(pairKey)) : fact.status === 'renamed' ? renamedFix(model, s, fact, replacement) : undefined;
        if (legacy) pairsSeen.add(pairKey);
        if (fix) fixes.push(fix);
      } else if (s.effective && fact.replacedBy?.startsWith('(do not specify')) {
        fixes.push({ title: `Remove ${s.name}`, edits: [deleteSetting(model, s)], safe: false, preferred: true });
      }
      const warned = deprecation.warnFrom !== undefined && atLeast(model.target, deprecation.warnFrom);
      out.push({
        file: s.file,
        start: s.nameStart,
        end: s.nameEnd,
        severity: warned ? 'warning' : 'info',
        message: message(fact, s.name, deprecation.warnFrom),
        tags: ['deprecated'],
        fixes,
      });
    }
    return out;
  },
};
