import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { myhostnameNotFqdn } from '../../../../server/src/analysis/rules/security/myhostnameNotFqdn';
import { expectFindings, run } from './helpers';

describe('myhostname-not-fqdn (SEC081)', () => {
  test('no dot: warning; localhost.localdomain: warning', () => {
    const input = { main: 'myhostname = mailserver\n' };
    expectFindings(input, run(myhostnameNotFqdn, input), [{ file: 'main', text: 'mailserver', severity: 'warning' }]);
    const local = { main: 'myhostname = localhost.localdomain\n' };
    expectFindings(local, run(myhostnameNotFqdn, local), [{ file: 'main', text: 'localhost.localdomain', severity: 'warning' }]);
  });
  test('myhostname in no address class: hint', () => {
    const input = { main: 'myhostname = mx.example.com\nmydestination = localhost\n' };
    expectFindings(input, run(myhostnameNotFqdn, input), [{ file: 'main', text: 'mx.example.com', severity: 'hint' }]);
  });
  test('no finding: an FQDN in mydestination, a null client, a template placeholder, the default', () => {
    assert.deepEqual(run(myhostnameNotFqdn, { main: 'myhostname = mx.example.com\n' }), []);
    assert.deepEqual(run(myhostnameNotFqdn, { main: 'myhostname = mx.example.com\nmydestination =\n' }), []);
    assert.deepEqual(run(myhostnameNotFqdn, { main: 'myhostname = $ENV_HOSTNAME\n' }), []);
    assert.deepEqual(run(myhostnameNotFqdn, { main: 'myhostname = HOST_NAME\n' }), []);
    assert.deepEqual(run(myhostnameNotFqdn, { main: 'biff = no\n' }), []);
  });
});
