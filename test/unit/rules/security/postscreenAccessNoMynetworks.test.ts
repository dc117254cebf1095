import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenAccessNoMynetworks } from '../../../../server/src/analysis/rules/security/postscreenAccessNoMynetworks';
import { applyFix, expectFindings, run } from './helpers';

describe('postscreen-access-no-mynetworks (SEC077)', () => {
  test('an access list without permit_mynetworks: hint, fix puts it first', () => {
    const input = { main: 'postscreen_access_list = cidr:/etc/postfix/postscreen_access.cidr\n', master: 'smtp inet n - n - 1 postscreen\n' };
    const got = run(postscreenAccessNoMynetworks, input);
    expectFindings(input, got, [{ file: 'main', text: 'cidr:/etc/postfix/postscreen_access.cidr', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr\n');
  });
  test('no finding: the default, or permit_mynetworks present', () => {
    assert.deepEqual(run(postscreenAccessNoMynetworks, { main: 'biff = no\n', master: 'smtp inet n - n - 1 postscreen\n' }), []);
    assert.deepEqual(run(postscreenAccessNoMynetworks, { main: 'postscreen_access_list = permit_mynetworks cidr:/x\n', master: 'smtp inet n - n - 1 postscreen\n' }), []);
  });
});
