/** No rule throws, whatever the input: seeded random damage to real configurations. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { loadModel } from '../../server/src/model/load';
import { ROOT } from '../helpers/paths';
import { fuzzSeed } from '../helpers/seed';

test('rules survive damaged input', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = ['$', '${', '}', '{', '-o ', '\n', '\n  ', '=', ' ', '#', '\u00a0', '\u2013', '$(', ')', '?', ':', '\r\n', ',', 'smtpd_use_tls = yes\n', 'x = $x\n', '-o a=b c\n', '${{a} == {b} ? {c}'];
  const sources = [
    readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'),
    readFileSync(join(ROOT, 'examples/master.cf'), 'utf8'),
    'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }\nrelay unix - - n - - smtp -o smtp_fallback_relay=\nmaildrop unix - n n - - pipe flags=DRhu user=vmail argv=/usr/bin/maildrop -d ${recipient}\n',
    'myhostname = mail.$mydomain\nmydomain = example.com\nsmtpd_recipient_restrictions = permit_mynetworks,\n  reject_unauth_destination\nalias_maps = hash:/etc/aliases\nsmtpd_tls_protocols = >=TLSv1.2\n',
  ];
  let runs = 0;
  for (const source of sources) {
    for (let k = 0; k < 40; k++) {
      let text = source;
      for (let m = 0; m < 12; m++) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + Math.floor(random() * 3));
      }
      for (const input of [{ main: text, master: text }, { main: text }, { master: text }]) {
        const { failures } = analyze(loadModel({ ...input, version: ['3.7', '2.11', '3.11', ''][k % 4] }));
        assert.deepEqual(failures, [], JSON.stringify(text));
        runs++;
      }
    }
  }
  assert.equal(runs, 480);
});

test('seeds of the generated tests: FUZZ_SEED=N replays, random draws a new one, unset keeps the default', () => {
  const draw = () => 0.5;
  assert.equal(fuzzSeed('12345', undefined, draw), 12345);
  assert.equal(fuzzSeed('12345', 7, draw), 12345);
  assert.equal(fuzzSeed('random', 7, draw), 2 ** 30);
  assert.equal(fuzzSeed(undefined, 7, draw), 7);
  assert.equal(fuzzSeed(undefined, undefined, draw), 2 ** 30);
  assert.equal(fuzzSeed('', undefined, () => 0.25), 2 ** 29);
  assert.equal(fuzzSeed('not a number', 7, draw), 2 ** 30);
});
