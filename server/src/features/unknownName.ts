/**
 * Hover text for a name Postfix does not know: a restriction class, a user-defined parameter
 * that other values reference, or a name postconf reports as unused (with the nearest known
 * name, for typos).
 */
import { allParameters, isBuiltin } from '../data/parameters';
import { formatVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { code } from './markdown';
import { isRestrictionClass } from './valueDocs';

/** Edit distance, giving up above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The known parameter closest to `name` within a few edits, if any. */
export function nearestParameter(model: ConfigModel, name: string): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 6)));
  let best: { name: string; d: number } | undefined;
  for (const p of allParameters()) {
    if (!isBuiltin(p.name, model.target)) continue;
    const d = distance(name, p.name, limit);
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
