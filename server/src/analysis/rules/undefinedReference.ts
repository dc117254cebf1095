import { isBuiltin, serviceTemplateFor } from '../../data/parameters';
import type { ConfigModel, ServiceModel } from '../../model/config';
import { namespaceKey, overrideNamespaces } from '../../model/namespaces';
import { scannedNames } from '../../model/usage';
import { forEachRef } from '../../parser/expression';
import { postconfData } from '../postconf';
import { allSettings, keptByPostconf } from '../settings';
import { closestParameters, describeSuggestions } from '../suggest';
import type { Finding, Rule } from '../types';

/**
 * Whether `$name` has a value where it is expanded, by postconf's rules: a built-in or
 * per-service parameter, a main.cf setting, and in main.cf also a `-o` setting of any service,
 * in a `-o` value also one of the same service (postconf_user.c, "undefined parameter").
 */
function isDefined(model: ConfigModel, name: string, service: ServiceModel | undefined): boolean {
  if (isBuiltin(name, model.target) || serviceTemplateFor(name, model.usage.serviceCommands)) return true;
  if (model.effective.has(name)) return true;
  const namespaces = overrideNamespaces(model);
  if (service) return namespaces.byService.get(namespaceKey(service))?.has(name) ?? false;
  return namespaces.anywhere.has(name);
}

/** A `$name` reference to a name that has no value anywhere: it expands to nothing. */
export const undefinedReference: Rule = {
  id: 'undefined-reference',
  defaultSeverity: 'warning',
  description: 'A `$name` reference to a parameter that is set nowhere and has no default (postconf: undefined parameter); it expands to an empty value.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    // Whether a later analysis will ask about these names again (not for postfix-lint's one).
    const remember = !ctx.settings.once;
    for (const s of allSettings(model)) {
      // postconf scans the values it keeps: the last of each name, not raw or read-only ones.
      const fact = s.fact;
      if (!keptByPostconf(model, s) || fact?.raw || fact?.status === 'read-only') continue;
      // A -o value usually refers to main.cf settings: without main.cf we cannot judge it.
      if ((s.service && !model.main) || s.plain || !s.nodes.some((n) => n.kind === 'ref' || n.kind === 'relational')) continue;
      // postconf's scan stops at an expression problem: it never meets the names after it.
      const reached = s.problems.length > 0 ? new Set(scannedNames(s.value)) : undefined;
      forEachRef(s.nodes, (ref) => {
        if (isDefined(model, ref.name, s.service) || (reached && !reached.has(ref.name))) return;
        const close = closestParameters(ref.name, model.target, 3, remember);
        // The setting's own name would make it refer to itself (relayhost = $RELAY_HOST).
        const own = close.some((x) => x.name === s.name);
        const suggestions = own ? close.filter((x) => x.name !== s.name) : close;
        const hint = suggestions.length ? ` Did you mean $${describeSuggestions(suggestions, ', or $', remember && !own)}?` : ` Set ${ref.name}, or fix the name.`;
        out.push({
          file: s.file,
          start: ref.nameStart,
          end: ref.nameEnd,
          message: `$${ref.name} refers to a parameter that is set nowhere and has no default, so it expands to nothing (postconf: undefined parameter).${hint}`,
          fixes: suggestions.map((x, i) => ({
            title: `Change to $${x.name}`,
            edits: [{ file: s.file, start: ref.nameStart, end: ref.nameEnd, newText: x.name }],
            safe: false,
            preferred: i === 0,
          })),
          data: postconfData(`undefined parameter: ${ref.name}`),
        });
      });
    }
    return out;
  },
};
