/**
 * catalogue | rule
 * TLS079    | tls-random-source
 *
 * tls_random_source naming a device without the dev: prefix (Postfix then reads it as a plain
 * file: error), a blocking device (dev:/dev/random: warning; older kernels and some systems
 * block on it), or the default dev:/dev/urandom spelled out (info, unnecessary, safe delete).
 */
import { explicitSettings } from '../../tls/context';
import { deleteSetting, fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['tls_random_source'];

export const tlsRandomSource: Rule = {
  id: 'tls-random-source',
  defaultSeverity: 'error',
  description: 'tls_random_source: a device without the dev: prefix, a blocking device, or the default spelled out.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      const v = s.value.trim();
      if (/^\/dev\//.test(v)) {
        found.addAt(s, {
          message: `${s.name} = ${v} names a device without the dev: prefix, so Postfix treats it as a regular file. Write dev:${v}.`,
          fixes: fix(`Write dev:${v}`, [replaceValue(s, `dev:${v}`)], false, true),
        });
      } else if (v === 'dev:/dev/random') {
        found.addAt(s, {
          severity: 'warning',
          message: `${s.name} = ${v} can block while the kernel gathers entropy (on older kernels and some systems), stalling TLS processes. Use dev:/dev/urandom (the default).`,
          fixes: fix('Use dev:/dev/urandom', [replaceValue(s, 'dev:/dev/urandom')], false, true),
        });
      } else if (v === 'dev:/dev/urandom') {
        found.addAt(s, {
          severity: 'info',
          tags: ['unnecessary'],
          message: `${s.name} = ${v} is the default on most systems; the line can go.`,
          fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], true, true),
        });
      }
    }
    return found.list();
  },
};
