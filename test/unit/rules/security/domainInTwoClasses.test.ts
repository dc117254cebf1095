import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { domainInTwoClasses } from '../../../../server/src/analysis/rules/security/domainInTwoClasses';
import { expectFindings, run } from './helpers';

describe('domain-in-two-classes (SEC080)', () => {
  test('a domain in mydestination and virtual_mailbox_domains, and $myhostname twice after expansion', () => {
    const input = { main: 'myhostname = mx.example.com\nmydestination = $myhostname, example.com\nvirtual_mailbox_domains = example.com\nvirtual_alias_domains = mx.example.com\n' };
    const got = run(domainInTwoClasses, input);
    expectFindings(input, got, [
      { file: 'main', text: 'example.com', occurrence: 2, severity: 'error' },
      { file: 'main', text: 'mx.example.com', occurrence: 1, severity: 'error' },
    ]);
    assert.equal(got[0].related?.[0].message, 'also in mydestination');
  });
  test('no finding: mydestination with relay_domains (the legacy default), tables, distinct domains', () => {
    assert.deepEqual(run(domainInTwoClasses, { main: 'mydestination = example.com\nrelay_domains = example.com\n' }), []);
    assert.deepEqual(run(domainInTwoClasses, { main: 'virtual_alias_domains = hash:/etc/postfix/v\nvirtual_mailbox_domains = hash:/etc/postfix/v\n' }), []);
    assert.deepEqual(run(domainInTwoClasses, { main: 'mydestination = localhost\nvirtual_mailbox_domains = example.com\n' }), []);
  });
});
