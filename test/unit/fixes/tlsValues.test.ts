/** Reading TLS values: protocol ranges as OpenSSL applies them, grades, group lists, exclusions, DH files. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyToText } from '../../../server/src/fixes/apply';
import { dhPrimeBits } from '../../../server/src/fixes/tls/dhParams';
import { dropTokenEdits } from '../../../server/src/fixes/tls/tokenEdits';
import { enabledProtocols, excludedKeyExchanges, isWeakGrade, missingCurves, protocolFloorValue, protocolsAtLeast, TLS1, TLS12 } from '../../../server/src/fixes/tls/tlsValues';
import { hasJuly2015Defaults, releaseDefault } from '../../../server/src/fixes/tls/versions';
import { parseVersion } from '../../../server/src/data/versions';
import { parseMainCf } from '../../../server/src/parser/mainCf';
import { ROOT } from '../../helpers/paths';

const v = (s: string) => parseVersion(s)!;

describe('protocol lists', () => {
  test('enabled range: exclusions, inclusions, bounds, and a gap that cuts off the newer versions', () => {
    assert.deepEqual(enabledProtocols('!SSLv2, !SSLv3', v('3.4')), { low: 2, high: 5 });
    assert.deepEqual(enabledProtocols('>=TLSv1.2', v('3.6')), { low: 4, high: 5 });
    assert.equal(enabledProtocols('>=TLSv1.2', v('3.5')), undefined, 'no range syntax before 3.6');
    assert.deepEqual(enabledProtocols('!SSLv2:!SSLv3:!TLSv1.1', v('3.4')), { low: 2, high: 2 });
    assert.deepEqual(enabledProtocols('TLSv1.2 TLSv1.3', v('3.4')), { low: 4, high: 5 });
    assert.deepEqual(enabledProtocols('>=TLSv1 <=0x0303', v('3.6')), { low: 2, high: 4 });
    assert.deepEqual(enabledProtocols('', v('3.6')), { low: 0, high: 5 });
    assert.equal(enabledProtocols('TLSv9', v('3.6')), undefined);
  });

  test('a floor is met only when every version from it up to TLS 1.3 is on', () => {
    assert.equal(protocolsAtLeast('>=TLSv1.2', TLS12, v('3.7')), true);
    assert.equal(protocolsAtLeast('>=TLSv1.3', TLS12, v('3.7')), true);
    assert.equal(protocolsAtLeast('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1', TLS12, v('3.4')), true);
    assert.equal(protocolsAtLeast('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1, !TLSv1.3', TLS12, v('3.4')), false);
    assert.equal(protocolsAtLeast('>=TLSv1', TLS12, v('3.7')), false);
    assert.equal(protocolsAtLeast('!SSLv2, !SSLv3, !TLSv1.1', TLS1, v('3.4')), false);
  });

  test('the recommended value in the syntax of the release', () => {
    assert.equal(protocolFloorValue(TLS12, v('3.6')), '>=TLSv1.2');
    assert.equal(protocolFloorValue(TLS12, v('3.5')), '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
    assert.equal(protocolFloorValue(TLS12, v('3.5'), ','), '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1');
    assert.equal(protocolFloorValue(TLS1, v('2.11')), '!SSLv2, !SSLv3');
  });
});

describe('grades, groups, exclusions', () => {
  test('weak grades', () => {
    assert.deepEqual(['export', 'LOW', 'medium', 'high', 'null'].map(isWeakGrade), [true, true, false, false, false]);
  });

  test('EC group lists must name X25519 and P-256 (DEFAULT covers both)', () => {
    assert.deepEqual(missingCurves('X25519, prime256v1, secp384r1'), []);
    assert.deepEqual(missingCurves('x25519 P-256'), []);
    assert.deepEqual(missingCurves('?X25519MLKEM768:DEFAULT'), []);
    assert.deepEqual(missingCurves('secp384r1 secp521r1'), ['X25519', 'P-256 (prime256v1)']);
    assert.deepEqual(missingCurves('X448 X25519'), ['P-256 (prime256v1)']);
    assert.deepEqual(missingCurves('prime256v1', false), [], 'X25519 not required before OpenSSL 1.1');
  });

  test('only stand-alone forward-secret key exchanges count', () => {
    assert.deepEqual(excludedKeyExchanges('aNULL, kEECDH, EDH-RSA-DES-CBC3-SHA, kDH, kEECDH+aNULL, DHE').map((t) => t.text), ['kEECDH', 'DHE']);
  });

  test('token removal keeps lines, comments and the list readable', () => {
    const cases: [string, string][] = [
      ['x = aNULL, kEECDH, kEDH,\n# note\n  RC4, EDH\n', 'x = aNULL\n# note\n  RC4\n'],
      ['x = kEECDH, aNULL\n', 'x = aNULL\n'],
      ['x = aNULL kEDH RC4\n', 'x = aNULL RC4\n'],
      ['x = kEDH,\n  aNULL\n', 'x =\n  aNULL\n'],
      ['x = aNULL,\n  kEDH,\n  RC4\n', 'x = aNULL,\n  RC4\n'],
      ['x = a:kEDH:b\r\n', 'x = a:b\r\n'],
      ['x = kEDH\n# c\n  kEECDH, DHE,\n  RC4', 'x =\n# c\n  RC4'],
    ];
    for (const [before, after] of cases) {
      const d = parseMainCf(before);
      assert.equal(applyToText(before, dropTokenEdits(d, d.parameters[0])), after, JSON.stringify(before));
    }
  });
});

describe('release facts', () => {
  test('the July 2015 patch releases', () => {
    assert.deepEqual(['2.8', '2.9.13', '2.9', '2.10.7', '2.10.8', '2.11.5', '2.11', '3.0.1', '3.0', '3.1'].map((x) => hasJuly2015Defaults(v(x))), [false, false, true, false, true, false, true, false, true, true]);
  });

  test('defaults of the protocol lists and grades by release', () => {
    assert.equal(releaseDefault('smtpd_tls_mandatory_protocols', v('2.9.13')), 'SSLv3, TLSv1');
    assert.equal(releaseDefault('smtpd_tls_mandatory_protocols', v('2.10.3')), '!SSLv2');
    assert.equal(releaseDefault('smtpd_tls_mandatory_protocols', v('2.11')), '!SSLv2, !SSLv3');
    assert.equal(releaseDefault('smtp_tls_protocols', v('2.8')), '!SSLv2');
    assert.equal(releaseDefault('smtpd_tls_ciphers', v('3.0.1')), 'export');
    assert.equal(releaseDefault('smtpd_tls_ciphers', v('3.0')), 'medium');
    assert.equal(releaseDefault('smtpd_tls_eecdh_grade', v('2.7')), 'none');
    assert.equal(releaseDefault('smtpd_tls_eecdh_grade', v('3.1')), 'strong');
  });
});

describe('DH parameter files', () => {
  const dh1024 = readFileSync(join(ROOT, 'test/fixtures/dh/dh1024.pem'), 'utf8');
  const ffdhe2048 = readFileSync(join(ROOT, 'test/fixtures/dh/ffdhe2048.pem'), 'utf8');

  test('the prime size of openssl dhparam output', () => {
    assert.equal(dhPrimeBits(dh1024), 1024);
    assert.equal(dhPrimeBits(ffdhe2048), 2048);
    assert.equal(dhPrimeBits('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'), undefined);
    assert.equal(dhPrimeBits('-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----\n'), undefined);
  });

  test('agrees with openssl itself on the fixtures', (t) => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      if (process.env.CI) throw new Error('openssl is needed in CI');
      t.skip('openssl is not installed');
      return;
    }
    for (const [file, bits] of [
      ['dh1024.pem', 1024],
      ['ffdhe2048.pem', 2048],
    ] as const) {
      const out = execFileSync('openssl', ['dhparam', '-in', join(ROOT, 'test/fixtures/dh', file), '-noout', '-text'], { encoding: 'utf8' });
      assert.match(out, new RegExp(`\\(${bits} bit\\)`));
    }
  });
});
