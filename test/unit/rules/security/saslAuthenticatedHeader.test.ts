import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saslAuthenticatedHeader } from '../../../../server/src/analysis/rules/security/saslAuthenticatedHeader';
import { expectFindings, run } from './helpers';

describe('sasl-authenticated-header (SEC037)', () => {
  test('yes in main.cf: hint at the value', () => {
    const input = { main: 'smtpd_sasl_authenticated_header = yes\n' };
    expectFindings(input, run(saslAuthenticatedHeader, input), [{ file: 'main', text: 'yes', severity: 'hint' }]);
  });
  test('no finding for no', () => {
    assert.deepEqual(run(saslAuthenticatedHeader, { main: 'smtpd_sasl_authenticated_header = no\n' }), []);
  });
});
