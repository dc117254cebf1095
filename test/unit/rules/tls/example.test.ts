/**
 * The TLS findings of the blog example (examples/) for the default target (3.11): main.cf on
 * its own (as the port 25 server and the default client), and main.cf with the example's
 * master.cf, which Postfix rejects (its one service is invalid), so no server is judged then.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../../server/src/analysis/engine';
import { TLS_RULES } from '../../../../server/src/analysis/rules/tls';
import { loadModel } from '../../../../server/src/model/load';
import { ROOT } from '../../../helpers/paths';
import { span } from './helpers';

const main = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
const master = readFileSync(join(ROOT, 'examples/master.cf'), 'utf8');

function findings(input: { main: string; master?: string }) {
  const { diagnostics, failures } = analyze(loadModel(input), { rules: {} }, TLS_RULES);
  assert.deepEqual(failures, []);
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, text: main.slice(d.start, d.end), file: d.file, start: d.start }));
}

const line = (text: string) => ({ text, start: span(main, text).start });

describe('blog example, TLS findings for Postfix 3.11', () => {
  test('main.cf alone', () => {
    assert.deepEqual(findings({ main }), [
      { code: 'tls-opportunistic-protocols-floor', severity: 'hint', file: 'main', ...line('smtpd_tls_security_level = may') },
      { code: 'tls-config-file', severity: 'hint', file: 'main', ...line('smtpd_tls_security_level = may') },
      { code: 'tls-eecdh-grade', severity: 'info', file: 'main', ...line('smtpd_tls_eecdh_grade = ultra') },
      { code: 'tls-legacy-cert-files', severity: 'info', file: 'main', ...line('smtpd_tls_cert_file = /etc/pki/tls/certs/mail.crt') },
      { code: 'tls-server-session-cache', severity: 'info', file: 'main', ...line('smtpd_tls_session_cache_database = btree:${queue_directory}/smtpd_scache') },
      { code: 'tls-ask-ccert-mx', severity: 'hint', file: 'main', ...line('smtpd_tls_ask_ccert = yes') },
      // The second of the two identical lines is the one that takes effect.
      { code: 'tls-received-header', severity: 'hint', file: 'main', text: 'smtpd_tls_received_header = yes', start: span(main, 'smtpd_tls_received_header = yes', 1).start },
      { code: 'tls-random-source', severity: 'info', file: 'main', ...line('tls_random_source = dev:/dev/urandom') },
      { code: 'tls-opportunistic-protocols-floor', severity: 'hint', file: 'main', ...line('smtp_tls_security_level = may') },
      { code: 'tls-client-session-cache', severity: 'info', file: 'main', ...line('smtp_tls_security_level = may') },
    ]);
  });

  test('with the example master.cf: no valid service, so only main.cf-wide and client findings', () => {
    assert.deepEqual(findings({ main, master }), [
      { code: 'tls-eecdh-grade', severity: 'info', file: 'main', ...line('smtpd_tls_eecdh_grade = ultra') },
      { code: 'tls-legacy-cert-files', severity: 'info', file: 'main', ...line('smtpd_tls_cert_file = /etc/pki/tls/certs/mail.crt') },
      { code: 'tls-server-session-cache', severity: 'info', file: 'main', ...line('smtpd_tls_session_cache_database = btree:${queue_directory}/smtpd_scache') },
      { code: 'tls-received-header', severity: 'hint', file: 'main', text: 'smtpd_tls_received_header = yes', start: span(main, 'smtpd_tls_received_header = yes', 1).start },
      { code: 'tls-random-source', severity: 'info', file: 'main', ...line('tls_random_source = dev:/dev/urandom') },
      { code: 'tls-opportunistic-protocols-floor', severity: 'hint', file: 'main', ...line('smtp_tls_security_level = may') },
      { code: 'tls-client-session-cache', severity: 'info', file: 'main', ...line('smtp_tls_security_level = may') },
      { code: 'tls-config-file', severity: 'hint', file: 'main', ...line('smtp_tls_security_level = may') },
    ]);
  });
});
