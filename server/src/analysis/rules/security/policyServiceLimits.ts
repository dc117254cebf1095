/** Catalogue SEC097 (2.8): a spawn policy service with maxproc `-` (connections are refused when smtpd processes grow), or without <service>_time_limit (the default 1000s ends it while smtpd still needs it). */
import { setServiceField } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { allSteps, at, fix } from './common';

export const policyServiceLimits: Rule = {
  id: 'policy-service-limits',
  defaultSeverity: 'hint',
  description: 'A spawn policy service with maxproc - instead of 0, or no <service>_time_limit.',
  check({ model }) {
    const out: Finding[] = [];
    const policies = new Set(allSteps(model).filter((v) => v.step.name === 'check_policy_service' && v.step.arg).map((v) => v.step.arg!.text.replace(/^unix:/, '').replace(/^private\//, '')));
    for (const s of model.services) {
      if (!s.service.valid || s.command !== 'spawn' || !policies.has(s.name)) continue;
      const f = s.service.fields[6];
      if (f.text === '-') {
        out.push(at({ file: 'master', start: f.start, end: f.end }, `Policy service '${s.name}' has maxproc -: once more smtpd processes want it than the default limit allows, they get "connection refused". Use 0 (no limit), as in the policy documentation.`, undefined, fix('Set maxproc to 0', [setServiceField(s, 6, '0')])));
      }
      const limit = `${s.name}_time_limit`;
      if (!model.effective.has(limit) && !s.overrides.has(limit)) {
        const a = s.service.fields[0];
        out.push(at({ file: 'master', start: a.start, end: a.end }, `Policy service '${s.name}' has no ${limit}: spawn ends it after the default 1000s even while smtpd still talks to it. Set ${limit} = 3600 in main.cf.`));
      }
    }
    return out;
  },
};
