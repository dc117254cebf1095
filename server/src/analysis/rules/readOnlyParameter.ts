import { existsIn } from '../../data/parameters';
import { deleteSetting } from '../edits';
import { postconfData } from '../postconf';
import { allSettings, keptByPostconf } from '../settings';
import type { Finding, Rule } from '../types';

/** An assignment to a parameter Postfix sets itself (process_name, process_id, service_name). */
export const readOnlyParameter: Rule = {
  id: 'read-only-parameter',
  defaultSeverity: 'warning',
  description: 'An assignment to a read-only parameter (`process_name`, `process_id`, `service_name`): Postfix drops it with a warning.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of allSettings(model)) {
      const fact = s.fact;
      if (fact?.status !== 'read-only' || !existsIn(fact, model.target)) continue;
      out.push({
        file: s.file,
        start: s.nameStart,
        end: s.nameEnd,
        message: `${s.name} is set by Postfix itself for each process; postconf drops this assignment with a warning (read-only parameter assignment). Remove it.`,
        fixes: [{ title: `Remove the ${s.name} assignment`, edits: [deleteSetting(model, s)], safe: true, preferred: true }],
        data: keptByPostconf(model, s) ? postconfData(`read-only parameter assignment: ${s.name}=${s.value}`) : undefined,
      });
    }
    return out;
  },
};
