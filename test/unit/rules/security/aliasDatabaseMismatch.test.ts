import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aliasDatabaseMismatch } from '../../../../server/src/analysis/rules/security/aliasDatabaseMismatch';
import { expectFindings, run } from './helpers';

describe('alias-database-mismatch (SEC083)', () => {
  test('the same path with another type: warning', () => {
    const input = { main: 'alias_maps = lmdb:/etc/aliases\nalias_database = hash:/etc/aliases\n' };
    const got = run(aliasDatabaseMismatch, input);
    expectFindings(input, got, [{ file: 'main', text: 'hash:/etc/aliases', severity: 'warning' }]);
    assert.match(got[0].message, /lmdb:\/etc\/aliases/);
  });
  test('no finding: identical, $default_database_type, a table another setting reads, only one of them set', () => {
    assert.deepEqual(run(aliasDatabaseMismatch, { main: 'alias_maps = hash:/etc/aliases\nalias_database = hash:/etc/aliases\n' }), []);
    assert.deepEqual(run(aliasDatabaseMismatch, { main: 'default_database_type = lmdb\nalias_maps = lmdb:/etc/aliases\nalias_database = $default_database_type:/etc/aliases\n' }), []);
    assert.deepEqual(run(aliasDatabaseMismatch, { main: 'alias_maps = hash:/etc/aliases\nalias_database = hash:/etc/aliases, hash:/etc/postfix/virtual\nvirtual_alias_maps = hash:/etc/postfix/virtual\n' }), []);
    assert.deepEqual(run(aliasDatabaseMismatch, { main: 'alias_maps = hash:/etc/aliases\n' }), []);
  });
});
