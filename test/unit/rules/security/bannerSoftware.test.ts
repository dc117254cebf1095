import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bannerSoftware } from '../../../../server/src/analysis/rules/security/bannerSoftware';
import { applyFix, expectFindings, run } from './helpers';

describe('banner-software (SEC041)', () => {
  test('$mail_version and a distribution name: hints', () => {
    const input = { main: 'smtpd_banner = $myhostname ESMTP $mail_name $mail_version\n', master: 'smtp inet n - n - - smtpd -o smtpd_banner=$myhostname_ESMTP_(Debian/GNU)\n' };
    const got = run(bannerSoftware, input);
    expectFindings(input, got, [
      { file: 'main', text: '$myhostname ESMTP $mail_name $mail_version', severity: 'hint' },
      { file: 'master', text: '$myhostname_ESMTP_(Debian/GNU)', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_banner = $myhostname ESMTP $mail_name\n');
  });
  test('no finding for the stock banner', () => {
    assert.deepEqual(run(bannerSoftware, { main: 'smtpd_banner = $myhostname ESMTP $mail_name\n' }), []);
  });
});
