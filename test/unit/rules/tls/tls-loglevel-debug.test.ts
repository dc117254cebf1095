/** TLS090 tls-loglevel-debug: tLS debug logging left on (tls_loglevel 2 or more; 3 and 4 dump handshakes or whole sessions). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

describe('TLS090 tls-loglevel-debug', () => {
  test('4 is a warning, 2 is info; the fix sets 1 (safe)', () => {
    const main = 'smtpd_tls_loglevel = 4\nsmtp_tls_loglevel = 2\n';
    const found = run('tls-loglevel-debug', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_loglevel = 4', 'warning', /dumps whole sessions after STARTTLS/),
      at('main', main, 'smtp_tls_loglevel = 2', 'info', /makes the log much larger/),
    ]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_loglevel = 1\nsmtp_tls_loglevel = 2\n');
    assert.equal(fixed.safe, true);
    const master = 'smtp inet n - y - - smtpd\n  -o smtpd_tls_loglevel=ssl-expert\n';
    expectFindings(run('tls-loglevel-debug', { master }), [at('master', master, '-o smtpd_tls_loglevel=ssl-expert', 'warning', /dumps TLS handshakes/)]);
  });

  test('quiet for 0, 1 and routine', () => {
    assert.deepEqual(run('tls-loglevel-debug', { main: 'smtpd_tls_loglevel = 1\nsmtp_tls_loglevel = routine\nlmtp_tls_loglevel = 0\n' }), []);
  });
});

describe('an override that shadows main.cf', () => {
  test('points at the main.cf line it replaces', () => {
    const main = 'smtpd_tls_loglevel = 1\n';
    const master = 'smtp inet n - y - - smtpd\n  -o smtpd_tls_loglevel=4\n';
    const found = run('tls-loglevel-debug', { main, master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_loglevel=4', 'warning')]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_loglevel = 1'), message: 'main.cf sets smtpd_tls_loglevel = 1; the smtp service overrides it' }]);
  });
});
