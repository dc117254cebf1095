import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenNoSmtpd } from '../../../../server/src/analysis/rules/security/postscreenNoSmtpd';
import { applyFix, expectFindings, run } from './helpers';

describe('postscreen-no-smtpd (SEC070)', () => {
  test('postscreen without the pass service: error, fix adds it after postscreen', () => {
    const input = { master: 'smtp      inet  n       -       n       -       1       postscreen\npickup    unix  n       -       n       60      1       pickup\n' };
    const got = run(postscreenNoSmtpd, input);
    expectFindings(input, got, [{ file: 'master', text: 'postscreen', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).master, 'smtp      inet  n       -       n       -       1       postscreen\nsmtpd     pass  -       -       n       -       -       smtpd\npickup    unix  n       -       n       60      1       pickup\n');
  });
  test('no finding with the pass service (also under another smtpd_service_name)', () => {
    assert.deepEqual(run(postscreenNoSmtpd, { master: 'smtp inet n - n - 1 postscreen\nsmtpd pass - - n - - smtpd\n' }), []);
    assert.deepEqual(run(postscreenNoSmtpd, { master: 'smtp inet n - n - 1 postscreen -o smtpd_service_name=mx\nmx pass - - n - - smtpd\n' }), []);
  });
});
