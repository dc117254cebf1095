import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPrivsPrivileged } from '../../../../server/src/analysis/rules/security/defaultPrivsPrivileged';
import { applyFix, expectFindings, run } from './helpers';

describe('default-privs-privileged (SEC045)', () => {
  test('root, and the mail_owner: errors, fix restores nobody', () => {
    const input = { main: 'default_privs = root\n' };
    const got = run(defaultPrivsPrivileged, input);
    expectFindings(input, got, [{ file: 'main', text: 'root', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).main, 'default_privs = nobody\n');
    const owner = { main: 'mail_owner = pfx\ndefault_privs = pfx\n' };
    expectFindings(owner, run(defaultPrivsPrivileged, owner), [{ file: 'main', text: 'pfx', occurrence: 1, severity: 'error' }]);
  });
  test('no finding: nobody or a dedicated user', () => {
    assert.deepEqual(run(defaultPrivsPrivileged, { main: 'default_privs = nobody\n' }), []);
    assert.deepEqual(run(defaultPrivsPrivileged, { main: 'default_privs = mailnull\n' }), []);
  });
});
