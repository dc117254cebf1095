import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checksIndexedTable } from '../../../../server/src/analysis/rules/security/checksIndexedTable';
import { expectFindings, run } from './helpers';

describe('checks-indexed-table (SEC101)', () => {
  test('header_checks with hash: and smtp_body_checks with lmdb: as -o: warnings', () => {
    const input = { main: 'header_checks = hash:/etc/postfix/header_checks\n', master: 'smtp unix - - n - - smtp -o smtp_body_checks=lmdb:/etc/postfix/body\n' };
    expectFindings(input, run(checksIndexedTable, input), [
      { file: 'main', text: 'hash:/etc/postfix/header_checks', severity: 'warning' },
      { file: 'master', text: 'lmdb:/etc/postfix/body', severity: 'warning' },
    ]);
  });
  test('no finding for regexp:/pcre:', () => {
    assert.deepEqual(run(checksIndexedTable, { main: 'header_checks = regexp:/etc/postfix/header_checks\nbody_checks = pcre:/etc/postfix/body\n' }), []);
  });
});
