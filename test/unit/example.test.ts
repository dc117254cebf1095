/** The findings on the blog configuration in examples/, for the default target release (3.11). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { loadModel } from '../../server/src/model/load';
import { applyEdits } from '../helpers/edits';
import { ROOT } from '../helpers/paths';
import { show } from '../helpers/rules';
import { generalRulesOnly } from '../helpers/rules';

const main = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
const master = readFileSync(join(ROOT, 'examples/master.cf'), 'utf8');
const model = loadModel({ main, master });
const { diagnostics, failures } = analyze(model, { rules: generalRulesOnly() });

test('the example shows what is wrong with it, line by line', () => {
  assert.deepEqual(failures, []);
  const nbsp6 = '\u00a0'.repeat(6);
  assert.deepEqual(
    diagnostics.map((d) => `${d.code} ${show(model, d)}`),
    [
      'ignored-parameter main:4:1-4:30 info «smtpd_tls_eecdh_grade = ultra»',
      'ignored-parameter main:5:1-5:36 info «tls_eecdh_strong_curve = prime256v1»',
      'ignored-parameter main:6:1-6:34 info «tls_eecdh_ultra_curve = secp384r1»',
      'default-value main:11:1-11:40 hint «smtpd_tls_session_cache_timeout = 3600s»',
      'duplicate-parameter main:13:1-13:32 info «smtpd_tls_received_header = yes»',
      'duplicate-parameter main:15:1-15:26 info «smtpd_tls_received_header»',
      'unknown-parameter main:19:1-19:21 warning «smtp_tls_eecdh_grade»',
      `master-field master:1:17-1:24 error «n${nbsp6}»`,
      `non-ascii-character master:1:18-1:56 error «${nbsp6} \u2013${nbsp6} \u2013${nbsp6} \u2013${nbsp6} \u2013${nbsp6}»`,
      'unindented-continuation master:2:1-2:36 error «-o smtpd_tls_security_level=encrypt»',
      'unindented-continuation master:3:1-3:30 error «-o smtpd_sasl_auth_enable=yes»',
      'unindented-continuation master:4:1-4:27 error «-o smtpd_sasl_type=dovecot»',
      'unindented-continuation master:5:1-5:32 error «-o smtpd_sasl_path=private/auth»',
      'unindented-continuation master:6:1-6:43 error «-o smtpd_sasl_security_options=noanonymous»',
    ],
  );
  const unknown = diagnostics.find((d) => d.code === 'unknown-parameter')!;
  assert.match(unknown.message, /Did you mean smtpd_tls_eecdh_grade \(ignored since Postfix 3\.6\)\?$/);
});

test('its safe master.cf fixes together give a master.cf Postfix accepts', () => {
  const edits = diagnostics.filter((d) => d.file === 'master').flatMap((d) => (d.fixes ?? []).filter((f) => f.safe && f.preferred).flatMap((f) => f.edits));
  const fixed = applyEdits(master, edits);
  assert.equal(
    fixed,
    'submission inet n' + '      ' + ' -' + '      ' + ' -' + '      ' + ' -' + '      ' + ' -' + '      ' + ' smtpd\n' +
      '  -o smtpd_tls_security_level=encrypt\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_sasl_type=dovecot\n  -o smtpd_sasl_path=private/auth\n  -o smtpd_sasl_security_options=noanonymous\n',
  );
  const after = analyze(loadModel({ main, master: fixed }), { rules: generalRulesOnly() }).diagnostics.filter((d) => d.file === 'master');
  assert.deepEqual(after, []);
});
