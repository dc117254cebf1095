/** Cipher grades, OpenSSL cipher strings and exclusion word lists. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cipherGrade, weakCipherElements, withoutWords } from '../../../server/src/analysis/tls/ciphers';

describe('cipher helpers', () => {
  test('grades in any case', () => {
    assert.equal(cipherGrade(' Export '), 'export');
    assert.equal(cipherGrade('medium'), 'medium');
    assert.equal(cipherGrade('strong'), undefined);
  });

  test('weak elements of a cipher string', () => {
    assert.deepEqual(weakCipherElements('aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH'), [], '+RC4 only reorders');
    assert.deepEqual(weakCipherElements('HIGH:MEDIUM:RC4:!aNULL'), ['RC4']);
    assert.deepEqual(weakCipherElements('RC4:HIGH:!RC4'), [], '!RC4 anywhere removes RC4 for good');
    assert.deepEqual(weakCipherElements('RC4:HIGH:-RC4'), [], 'a later -RC4 removes it');
    assert.deepEqual(weakCipherElements('-RC4:RC4:HIGH'), ['RC4'], 'an earlier -RC4 does not');
    assert.deepEqual(weakCipherElements('ALL'), ['ALL']);
    assert.deepEqual(weakCipherElements('ALL:!EXPORT:!LOW'), []);
    assert.deepEqual(weakCipherElements('kRSA+RC4, EXP-DES-CBC-SHA DES-CBC3-SHA'), ['kRSA+RC4', 'EXP-DES-CBC-SHA'], '3DES is not single DES');
    assert.deepEqual(weakCipherElements('ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256'), []);
    assert.deepEqual(weakCipherElements('eNULL:!aNULL', true), [], 'NULL suites are what the null list is for');
    assert.deepEqual(weakCipherElements('eNULL:!aNULL'), ['eNULL']);
  });

  test('dropping words keeps the other separators', () => {
    assert.equal(withoutWords('aNULL, kEECDH, MD5', (w) => w === 'kEECDH'), 'aNULL, MD5');
    assert.equal(withoutWords('aNULL, MD5, kEDH', (w) => w === 'kEDH'), 'aNULL, MD5');
    assert.equal(withoutWords('kEDH:aNULL', (w) => w === 'kEDH'), 'aNULL');
    assert.equal(withoutWords('kEDH', (w) => w === 'kEDH'), '');
    assert.equal(withoutWords('a b', () => false), 'a b');
  });
});
