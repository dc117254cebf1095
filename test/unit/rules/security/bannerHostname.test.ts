import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bannerHostname } from '../../../../server/src/analysis/rules/security/bannerHostname';
import { applyFix, expectFindings, run } from './helpers';

describe('banner-hostname (SEC040)', () => {
  test('a banner without the host name: warning, fix puts $myhostname first', () => {
    const input = { main: 'smtpd_banner = ESMTP ready\n' };
    const got = run(bannerHostname, input);
    expectFindings(input, got, [{ file: 'main', text: 'ESMTP ready', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_banner = $myhostname ESMTP ready\n');
  });
  test('no finding: $myhostname, ${myhostname}, a literal FQDN', () => {
    for (const b of ['$myhostname ESMTP', '${myhostname} ESMTP $mail_name', 'mx.example.com ESMTP']) assert.deepEqual(run(bannerHostname, { main: `smtpd_banner = ${b}\n` }), []);
  });
});
