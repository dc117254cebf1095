/**
 * A model lives as long as its document version, and its usage answers (is this name used?)
 * with it: they must not keep the list of assignments they were computed from, which is as
 * long as the file (1.3 MB of a 100,000-line model's 11 MB before this was found).
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import { parseVersion } from '../../server/src/data/versions';
import { parseExpression } from '../../server/src/parser/expression';
import { computeUsage, type Usage } from '../../server/src/model/usage';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The usage of a few settings, and a weak reference to the input it was computed from. */
function usageOf(): { usage: Usage; input: WeakRef<object>; assignments: WeakRef<object> } {
  // As the model makes them: nodes only for a value with `$`.
  const assignment = (name: string, value: string, expanded?: string) => ({ name, value, nodes: value.includes('$') ? parseExpression(value).nodes : undefined, expanded });
  const main = [assignment('my_domain', 'example.com'), assignment('myhostname', 'mail.$my_domain', 'mail.example.com'), assignment('alias_maps', 'proxy:ldap:myldap', 'proxy:ldap:myldap')];
  const overrides = [assignment('smtpd_tls_security_level', 'encrypt', 'encrypt'), assignment('my_level', 'may')];
  const input = { target: parseVersion('3.8')!, main, services: [{ name: 'submission', type: 'inet', command: 'smtpd', overrides }] };
  return { usage: computeUsage(input), input: new WeakRef(input), assignments: new WeakRef(main) };
}

describe('usage', () => {
  test('the answers keep nothing of the input alive, and still answer', async () => {
    const { usage, input, assignments } = usageOf();
    // A weak reference's target stays until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(input.deref(), undefined, 'the input is collected');
    assert.equal(assignments.deref(), undefined, 'the assignments are collected');
    assert.equal(usage.usedInMain('my_domain'), true, 'referenced as $my_domain');
    assert.equal(usage.usedInMain('myldap_server_host'), true, 'a key of the ldap table named myldap');
    assert.equal(usage.usedInMain('my_other'), false);
    assert.equal(usage.usedInService(0, 'smtpd_tls_security_level'), true, 'built-in');
    assert.equal(usage.usedInService(0, 'my_level'), false);
  });
});
