import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayHoverLine } from '../../../server/src/analysis/restrictions/hover';
import { loadModel } from '../../../server/src/model/load';

describe('relay verdict line for the hover', () => {
  const main = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\nmyhostname = mx.example.com\n';
  const master = 'smtp inet n - n - - smtpd\n2525 inet n - n - - smtpd\n  -o smtpd_relay_restrictions=permit\n  -o smtpd_recipient_restrictions=permit,reject_unauth_destination\n';
  const model = loadModel({ main, master });
  test('a main.cf list: the services that use it', () => {
    assert.equal(
      relayHoverLine(model, 'main', main.indexOf('permit_mynetworks')),
      'smtp: Does not relay for strangers: `reject_unauth_destination` in smtpd_relay_restrictions stops them.',
    );
  });
  test('a -o list: that service', () => {
    assert.equal(relayHoverLine(model, 'master', master.indexOf('smtpd_relay_restrictions=permit')), '2525: No relay gate in smtpd_relay_restrictions or smtpd_recipient_restrictions: smtpd refuses to start.');
  });
  test('nothing for other settings', () => {
    assert.equal(relayHoverLine(model, 'main', main.indexOf('myhostname')), undefined);
    assert.equal(relayHoverLine(model, 'master', master.indexOf('smtp inet')), undefined);
  });
});
