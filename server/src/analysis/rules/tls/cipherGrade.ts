/**
 * catalogue | rule
 * TLS010    | tls-cipher-grade-weak
 *
 * A cipher grade of `export` or `low` (server, client, tlsproxy, postscreen; opportunistic or
 * mandatory). Before Postfix 3.8 these grades admit suites short enough to brute-force (where
 * the OpenSSL library still has them): error. From 3.8 Postfix reads both as `medium`, so the
 * setting is dead: info, tagged unnecessary. Only explicit settings are judged.
 */
import { atLeast } from '../../../data/versions';
import { cipherGrade } from '../../tls/ciphers';
import { explicitSettings, onSubmissionService, prefixedNames } from '../../tls/context';
import { deleteSetting, fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const CIPHER_GRADES = prefixedNames(['tls_ciphers', 'tls_mandatory_ciphers']);

export const tlsCipherGradeWeak: Rule = {
  id: 'tls-cipher-grade-weak',
  defaultSeverity: 'error',
  description: 'A cipher grade of `export` or `low`: weak suites before Postfix 3.8, ignored (read as `medium`) from 3.8.',
  check({ model }) {
    const found = new FindingSet(model);
    const ignored = atLeast(model.target, '3.8');
    for (const s of explicitSettings(model, CIPHER_GRADES)) {
      const grade = cipherGrade(s.value);
      if (grade !== 'export' && grade !== 'low') continue;
      if (ignored) {
        found.addAt(s, {
          severity: 'info',
          tags: ['unnecessary'],
          message: `${s.name} = ${s.value} has no effect: Postfix 3.8 and later read the '${grade}' grade as 'medium'. Delete the line.`,
          fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], true, true),
        });
        continue;
      }
      found.addAt(s, {
        message:
          `${s.name} = ${s.value} admits ${grade === 'export' ? '40- and 56-bit export' : 'low-strength (56-bit and single-DES)'} cipher suites wherever the OpenSSL library still offers them; ` +
          `such suites can be broken by brute force. Use 'medium' (Postfix's default${s.name.includes('mandatory') ? '' : ' for opportunistic TLS since 3.1'}).`,
        fixes: fix(`Set ${s.name} to medium`, [replaceValue(s, 'medium')], onSubmissionService(s), true),
      });
    }
    return found.list();
  },
};
