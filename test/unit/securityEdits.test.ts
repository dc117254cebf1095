/** The text edits behind the security rules' quick fixes that add a -o setting to a service. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setServiceOverride } from '../../server/src/analysis/security/edits';
import { fixAll } from '../../server/src/fixes/fixAll';
import { loadModel } from '../../server/src/model/load';
import { applyEdits } from '../helpers/edits';

describe('security fix edits: -o settings', () => {
  test('a new -o is a line after the entry, or first when other arguments end the options', () => {
    const set = (text: string) => {
      const m = loadModel({ master: text });
      const e = setServiceOverride(m, m.services[0], 'smtpd_recipient_restrictions', 'permit_sasl_authenticated,reject');
      return e && applyEdits(text, [e]);
    };
    const plain = 'submission inet n - n - - smtpd\n\t-o syslog_name=s\n';
    assert.equal(set(plain), plain + '\t-o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n');
    const stray = 'submission inet n - n - - smtpd -o syslog_name=s -\u043e x\n';
    assert.equal(set(stray), 'submission inet n - n - - smtpd -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject -o syslog_name=s -\u043e x\n');
    assert.equal(set('submission inet n - n - - smtpd x -o syslog_name=s\n'), undefined);
  });

  test('fix-all on a service whose options end early: each setting added once, where Postfix reads it', () => {
    const master = 'smtps inet n - n - - smtpd\n  -o syslog_name=postfix/smtps\n  -\u043e smtpd_tls_wrappermode=yes\n  -o smtpd_sasl_auth_enable=yes\n';
    const once = fixAll({ main: 'myhostname = mail.example.com\n', master });
    assert.equal(once.unstable, false);
    assert.equal(
      once.texts.master,
      'smtps inet n - n - - smtpd\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n  -o smtpd_tls_wrappermode=yes\n  -o syslog_name=postfix/smtps\n  -\u043e smtpd_tls_wrappermode=yes\n  -o smtpd_sasl_auth_enable=yes\n',
    );
    const overrides = loadModel({ master: once.texts.master }).services[0].overrides;
    assert.deepEqual([...overrides.keys()].sort(), ['smtpd_tls_mandatory_protocols', 'smtpd_tls_wrappermode', 'syslog_name']);
    const twice = fixAll({ main: once.texts.main, master: once.texts.master });
    assert.deepEqual(twice.applied, []);
  });
});
