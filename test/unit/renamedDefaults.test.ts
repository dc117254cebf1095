import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultIn, parameterFact } from '../../server/src/data/parameters';
import { parseVersion } from '../../server/src/data/versions';
import { expandedValue } from '../../server/src/model/effective';
import { loadModel } from '../../server/src/model/load';

describe('defaults of renamed parameters', () => {
  test('empty once the name left the default tables (postconf -d prints "name ="), the old default before', () => {
    const fact = parameterFact('smtpd_client_connection_limit_exceptions')!;
    assert.equal(defaultIn(fact, parseVersion('3.7')!), '');
    assert.equal(defaultIn(fact, parseVersion('2.1')!), '$mynetworks');
    assert.equal(defaultIn(parameterFact('postscreen_blacklist_action')!, parseVersion('3.11')!), '');
  });

  test('the stock default of the new name falls back to $mynetworks through the empty legacy name', () => {
    const model = loadModel({ main: 'mynetworks = 192.0.2.0/24\n', version: '3.7' });
    assert.equal(expandedValue(model, 'smtpd_client_event_limit_exceptions')!.value, '192.0.2.0/24');
  });
});
