/**
 * Hover text for a name Postfix does not know: a restriction class, a user-defined parameter
 * that other values reference, or a name postconf reports as unused (with the nearest known
 * name, for typos).
 */
import { distance } from 'fastest-levenshtein';
import { allParameters, isBuiltin } from '../data/parameters';
import { formatVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { code } from './markdown';
import { isRestrictionClass } from './valueDocs';

/** The known parameter closest to `name` within a few edits, if any. */
export function nearestParameter(model: ConfigModel, name: string): string | undefined {
  // A few edits, more for longer names: a typo, not a different parameter.
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 6)));
  let best: { name: string; d: number } | undefined;
  for (const p of allParameters()) {
    if (!isBuiltin(p.name, model.target) || Math.abs(p.name.length - name.length) > limit) continue;
    const d = distance(name, p.name);
    if (d <= limit && (!best || d < best.d)) best = { name: p.name, d };
  }
  return best?.name;
}

function unusedText(model: ConfigModel, name: string): string {
  const near = nearestParameter(model, name);
  const hint = near ? ` Did you mean ${code(near)}?` : '';
  return `**${name}** · not a parameter of Postfix ${formatVersion(model.target)}, and nothing references it: postconf reports it as unused and Postfix ignores it.${hint}`;
}

export function unknownName(model: ConfigModel, name: string): string {
  if (isRestrictionClass(model, name)) return `**${name}** · restriction class: listed in smtpd_restriction_classes, usable by name in any smtpd_*_restrictions list.`;
  if (model.usage.usedInMain(name)) return `**${name}** · user-defined parameter: not Postfix's own, used through ${code('$' + name)} references or as a database client setting.`;
  return unusedText(model, name);
}

export function masterUnknownName(model: ConfigModel, name: string, service: ServiceModel): string {
  if (model.usage.usedInService(service.index, name)) return `**${name}** · user-defined parameter of this service: used through ${code('$' + name)} references.`;
  return unusedText(model, name);
}
