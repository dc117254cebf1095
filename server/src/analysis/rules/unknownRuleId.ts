/**
 * A `# postfix-lint: disable...` comment that names a rule id no rule has: the comment silences
 * nothing, and the finding it was meant for stays (a typo, or a rule renamed).
 */
import { closest, distance } from 'fastest-levenshtein';
import { commentsOf } from '../suppressions';
import type { Finding, Fix, Rule } from '../types';

/** The rule id a mistyped one most likely meant, when one is close enough to offer. */
export function nearestRuleId(id: string, ids: Iterable<string>): string | undefined {
  const near = closest(id, [...ids]);
  return distance(id, near) <= Math.max(2, Math.floor(id.length / 4)) ? near : undefined;
}

export const unknownRuleId: Rule = {
  id: 'unknown-rule-id',
  defaultSeverity: 'warning',
  description: 'A `# postfix-lint: disable` comment names a rule id that does not exist, so it silences nothing.',
  check({ model, ruleIds: known }) {
    // The engine names every rule; without that list nothing can be judged.
    if (!known) return [];
    const out: Finding[] = [];
    for (const file of ['main', 'master'] as const) {
      for (const { line, comment } of commentsOf(model, file)) {
        for (const { id, start } of comment.ids) {
          if (known.has(id)) continue;
          const near = nearestRuleId(id, known);
          const at = { file, start: line.start + start, end: line.start + start + id.length };
          const fixes: Fix[] | undefined = near ? [{ title: `Change to ${near}`, edits: [{ ...at, newText: near }], safe: false, preferred: true }] : undefined;
          out.push({
            ...at,
            message: near
              ? `No rule is called ${id}, so this comment silences nothing by that name. Did you mean ${near}?`
              : `No rule is called ${id}, so this comment silences nothing by that name. postfix-lint --list-rules lists the rules; a reason for the comment goes after " -- ".`,
            fixes,
          });
        }
      }
    }
    return out;
  },
};
