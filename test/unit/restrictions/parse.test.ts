import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachStep, parseList, stepLocation } from '../../../server/src/analysis/restrictions/parse';
import { valueWords } from '../../../server/src/analysis/security/words';
import { loadModel } from '../../../server/src/model/load';

describe('restriction lists as steps', () => {
  test('arguments, the table shorthand, continuation lines and exact document ranges', () => {
    const main = 'smtpd_recipient_restrictions = permit_mynetworks,\n    check_sender_access hash:/etc/postfix/s, hash:/etc/postfix/r\n  reject_rbl_client zen.spamhaus.org, REJECT_UNAUTH_DESTINATION\n';
    const model = loadModel({ main });
    const list = parseList(model, 'smtpd_recipient_restrictions');
    assert.equal(list.source, 'main');
    assert.deepEqual(
      list.steps.map((s) => [s.name, s.arg?.text, s.implicit ?? false]),
      [
        ['permit_mynetworks', undefined, false],
        ['check_sender_access', 'hash:/etc/postfix/s', false],
        ['check_recipient_access', 'hash:/etc/postfix/r', true],
        ['reject_rbl_client', 'zen.spamhaus.org', false],
        ['reject_unauth_destination', undefined, false],
      ],
    );
    const loc = stepLocation(list.steps[1])!;
    assert.equal(main.slice(loc.start, loc.end), 'check_sender_access hash:/etc/postfix/s');
    const gate = list.steps[4].word.loc!;
    assert.equal(main.slice(gate.start, gate.end), 'REJECT_UNAUTH_DESTINATION');
  });
  test('-o override values, $name expansions followed into main.cf, brace groups kept whole', () => {
    const main = 'mua_rcpt = permit_sasl_authenticated, reject\nbase = ${stress?{reject}:{permit_mynetworks}}\n';
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_recipient_restrictions=$mua_rcpt\n  -o smtpd_client_restrictions=check_client_access,{inline:{1.2.3.4=REJECT}},$base\n';
    const model = loadModel({ main, master });
    const service = model.services[0];
    const rcpt = parseList(model, 'smtpd_recipient_restrictions', service);
    assert.deepEqual(rcpt.steps.map((s) => s.name), ['permit_sasl_authenticated', 'reject']);
    const loc = rcpt.steps[1].word.loc!;
    assert.deepEqual([loc.file, main.slice(loc.start, loc.end), rcpt.steps[1].word.exact], ['main', 'reject', true]);
    const client = parseList(model, 'smtpd_client_restrictions', service);
    assert.deepEqual(client.steps.map((s) => [s.name, s.arg?.text]), [['check_client_access', '{inline:{1.2.3.4=REJECT}}'], ['permit_mynetworks', undefined]]);
    const expanded = client.steps[1].word;
    assert.equal(expanded.exact, false);
    // Followed into main.cf: the words come from the conditional written there.
    assert.deepEqual([expanded.loc!.file, main.slice(expanded.loc!.start, expanded.loc!.end)], ['main', '${stress?{reject}:{permit_mynetworks}}']);
  });
  test('restriction classes are followed recursively; a cycle stops', () => {
    const model = loadModel({ main: 'smtpd_restriction_classes = a, b\na = b, permit\nb = a, reject\nsmtpd_recipient_restrictions = a\n' });
    const list = parseList(model, 'smtpd_recipient_restrictions');
    const names: string[] = [];
    forEachStep(list.steps, (s) => names.push(s.cycle ? `${s.name}(cycle)` : s.name));
    assert.deepEqual(names, ['a', 'b', 'a(cycle)', 'reject', 'permit']);
  });
  test('built-in defaults have words without locations', () => {
    const model = loadModel({ main: 'compatibility_level = 3.6\n' });
    const words = valueWords(model, 'smtpd_relay_restrictions').words;
    assert.deepEqual(words.map((w) => [w.text, w.loc, w.exact]), [
      ['permit_mynetworks', undefined, false],
      ['permit_sasl_authenticated', undefined, false],
      ['defer_unauth_destination', undefined, false],
    ]);
  });
});
