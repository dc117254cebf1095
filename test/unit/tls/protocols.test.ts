/** TLS protocol lists read as Postfix's tls_proto_mask_lims() reads them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  findGap,
  floorValue,
  intendedFloor,
  knowsTls13,
  parseProtocolList,
} from '../../../server/src/analysis/tls/protocols';
import { parseVersion } from '../../../server/src/data/versions';

const v = (s: string) => parseVersion(s)!;
const enabled = (value: string, target = '3.11') => [...parseProtocolList(value, v(target)).enabled].join(' ');

describe('protocol lists', () => {
  test('exclusions, inclusions and bounds', () => {
    assert.equal(enabled('!SSLv2, !SSLv3'), 'TLSv1 TLSv1.1 TLSv1.2 TLSv1.3');
    assert.equal(enabled('!SSLv2'), 'SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3');
    assert.equal(enabled('SSLv3, TLSv1'), 'SSLv3 TLSv1', 'naming protocols excludes all others');
    assert.equal(enabled('>=TLSv1.2'), 'TLSv1.2 TLSv1.3');
    assert.equal(enabled('>=TLSv1 <=TLSv1.2'), 'TLSv1 TLSv1.1 TLSv1.2');
    assert.equal(enabled('>=0x0303'), 'TLSv1.2 TLSv1.3', 'hex after >=');
    assert.equal(enabled('>=SSLv3'), 'SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3');
    assert.equal(enabled(''), 'SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3', 'empty allows everything');
    assert.equal(enabled('!sslv2:!sslv3'), 'TLSv1 TLSv1.1 TLSv1.2 TLSv1.3', 'names in any case, colons separate');
  });

  test('Postfix rejects unknown names, hex outside bounds, and bounds before 3.6', () => {
    const bad = parseProtocolList('!SSLv2, !TLS1.0', v('3.11'));
    assert.equal(bad.invalid, true);
    assert.deepEqual(bad.problems.map((p) => p.kind), ['unknown-name']);
    assert.match(bad.problems[0].message, /'TLS1\.0' is not a protocol name/);
    const hex = parseProtocolList('!0x0301', v('3.11'));
    assert.match(hex.problems[0].message, /hexadecimal versions are only allowed after '>=' or '<='/);
    const old = parseProtocolList('>=TLSv1.2', v('3.5'));
    assert.equal(old.invalid, true);
    assert.deepEqual(old.problems.map((p) => p.kind), ['range-too-old']);
    assert.equal(parseProtocolList('!TLSv1.3', v('3.3.1')).problems[0].kind, 'tls13-too-old');
    assert.equal(parseProtocolList('!TLSv1.3', v('3.3.2')).invalid, false, '3.3.2 gained TLSv1.3');
  });

  test('a blank after >= leaves no floor and includes the next name alone', () => {
    const list = parseProtocolList('>= TLSv1.2', v('3.11'));
    assert.equal(list.invalid, false);
    assert.deepEqual(list.problems.map((p) => p.kind), ['space-after-bound']);
    assert.deepEqual([...list.enabled], ['TLSv1.2']);
  });

  test('holes in the range, and the floor a list meant', () => {
    const gap = findGap(parseProtocolList('!SSLv2, !SSLv3, !TLSv1.1', v('3.11')).enabled);
    assert.deepEqual(gap, { missing: 'TLSv1.1', lost: ['TLSv1.2', 'TLSv1.3'] });
    assert.equal(findGap(parseProtocolList('!SSLv2, !SSLv3, !TLSv1.3', v('3.11')).enabled), undefined, 'nothing above the top is lost');
    assert.equal(intendedFloor(parseProtocolList('!SSLv2, !SSLv3, !TLSv1.1', v('3.11')).enabled), 'TLSv1.2');
    assert.equal(intendedFloor(parseProtocolList('SSLv3, TLSv1', v('3.11')).enabled), 'TLSv1');
    assert.equal(intendedFloor(parseProtocolList('', v('3.11')).enabled), 'TLSv1');
  });

  test('floors written for the target release', () => {
    assert.equal(floorValue('TLSv1.2', v('3.6')), '>=TLSv1.2');
    assert.equal(floorValue('TLSv1.2', v('3.5')), '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
    assert.equal(floorValue('TLSv1', v('2.11')), '!SSLv2, !SSLv3');
    assert.equal(floorValue('TLSv1.2', v('3.5'), true), '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1');
    assert.equal(knowsTls13(v('3.2.6')), false);
    assert.equal(knowsTls13(v('3.2')), true, 'X.Y means its newest patch release');
    assert.equal(knowsTls13(v('3.2.7')), true);
  });
});
