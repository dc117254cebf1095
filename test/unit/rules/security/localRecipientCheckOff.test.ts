import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localRecipientCheckOff } from '../../../../server/src/analysis/rules/security/localRecipientCheckOff';
import { applyFix, expectFindings, run } from './helpers';

describe('local-recipient-check-off (SEC049)', () => {
  test('empty local_recipient_maps on an MX: warning, fix removes the line', () => {
    const input = { main: 'mydestination = example.com\nlocal_recipient_maps =\nbiff = no\n', hostRole: 'internet-mx' as const };
    const got = run(localRecipientCheckOff, input);
    expectFindings(input, got, [{ file: 'main', text: 'local_recipient_maps =', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, 'mydestination = example.com\nbiff = no\n');
  });
  test('no finding: luser_relay set, no local domains, null client, the default map', () => {
    assert.deepEqual(run(localRecipientCheckOff, { main: 'local_recipient_maps =\nluser_relay = admin\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(localRecipientCheckOff, { main: 'mydestination =\nlocal_recipient_maps =\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(localRecipientCheckOff, { main: 'local_recipient_maps =\n', hostRole: 'null-client' }), []);
    assert.deepEqual(run(localRecipientCheckOff, { main: 'biff = no\n', hostRole: 'internet-mx' }), []);
  });
});
