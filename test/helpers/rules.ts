/** A `rules` setting that turns off every registered rule except the ones named. */
import { RULES } from '../../server/src/analysis/rules';
import type { SeveritySetting } from '../../server/src/analysis/types';

export function onlyRules(...ids: string[]): Record<string, SeveritySetting> {
  for (const id of ids) if (!RULES.some((r) => r.id === id)) throw new Error(`no rule ${id}`);
  return Object.fromEntries(RULES.filter((r) => !ids.includes(r.id)).map((r) => [r.id, 'off' as const]));
}
