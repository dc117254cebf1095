import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expandedValue } from '../../server/src/model/effective';
import { expandValue } from '../../server/src/model/expand';
import { loadModel } from '../../server/src/model/load';

const vars: Record<string, string> = { mydomain: 'example.com', empty: '', ten: '10', nine: '9', loop: '$loop2', loop2: 'x$loop' };
const lookup = (n: string) => (n in vars ? { text: vars[n] } : undefined);
const x = (t: string) => expandValue(t, lookup).value;

describe('expansion as postconf -x', () => {
  test('every form', () => {
    assert.equal(x('h.$mydomain ${mydomain} $(mydomain)'), 'h.example.com example.com example.com');
    assert.equal(x('${mydomain?set}|${empty?set}|${empty:unset}|${mydomain:unset}'), 'set||unset|');
    assert.equal(x('${mydomain?{a b}:{c}}|${empty?{a}:{c d}}'), 'a b|c d');
    assert.equal(x('${{$mydomain} == {example.com} ? {eq} : {ne}}'), 'eq');
    assert.equal(x('${{$ten} < {$nine} ? {lt} : {ge}}'), 'ge');
    assert.equal(x('${{3.10} >level {3.9} ? {newer} : {older}}'), 'newer');
    assert.equal(x('$$literal'), '$literal');
  });
  test('undefined names expand to nothing and are reported; cycles are reported', () => {
    const r = expandValue('a$nothere b', lookup);
    assert.deepEqual([r.value, r.undefinedNames], ['a b', ['nothere']]);
    assert.deepEqual(expandValue('$loop', lookup).cycles, [['loop', 'loop2', 'loop']]);
  });
  test('effective values: override, main.cf, version default', () => {
    const model = loadModel({
      main: 'myhostname = mail.$mydomain\nmydomain = example.org\n',
      master: 'smtp inet n - n - - smtpd -o myhostname=mx.$mydomain\n',
      version: '3.11',
    });
    assert.equal(expandedValue(model, 'myhostname')!.value, 'mail.example.org');
    assert.equal(expandedValue(model, 'myhostname', model.services[0])!.value, 'mx.example.org');
    // smtpd_relay_restrictions' default depends on compatibility_level, itself a default here.
    assert.equal(expandedValue(model, 'compatibility_level')!.value, '0');
    assert.equal(expandedValue(model, 'smtpd_relay_restrictions')!.value, '');
    const level = loadModel({ main: 'compatibility_level = 3.6\n', version: '3.11' });
    assert.equal(expandedValue(level, 'smtpd_relay_restrictions')!.value, 'permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination');
  });
});
