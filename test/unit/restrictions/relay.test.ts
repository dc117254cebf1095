import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findGate, relayLists, relayVerdict } from '../../../server/src/analysis/restrictions/relay';
import { loadModel } from '../../../server/src/model/load';

const verdict = (main: string, version?: string, master?: string, index?: number) => {
  const model = loadModel({ main, version, master });
  return relayVerdict(model, index === undefined ? undefined : model.services[index]);
};

describe('relay evaluation as smtpd does it', () => {
  test('defaults by release and compatibility_level', () => {
    assert.equal(verdict('myhostname = mx.example.com\n', '3.2').status, 'no');
    assert.equal(verdict('myhostname = mx.example.com\n', '3.3').status, 'fatal');
    assert.equal(verdict('compatibility_level = 1\n', '3.3').status, 'no');
    assert.equal(verdict('myhostname = mx.example.com\n', '2.9').status, 'no');
    const r = verdict('compatibility_level = 3.6\n');
    assert.equal(r.summary, 'Does not relay for strangers: `defer_unauth_destination` in smtpd_relay_restrictions stops them.');
    assert.equal(r.decidedBy, undefined, 'a built-in default has no place in the files');
  });
  test('the gate check: warn_if_reject hides the next gate; a plain permit stops the search; classes count', () => {
    const model = loadModel({ main: 'smtpd_restriction_classes = g\ng = reject_unauth_destination\nsmtpd_recipient_restrictions = warn_if_reject reject_unauth_destination, g\nsmtpd_relay_restrictions = permit, reject_unauth_destination\n' });
    const lists = relayLists(model);
    assert.equal(findGate(model, lists.recipient.steps).gate?.name, 'reject_unauth_destination', 'found inside the class, not behind warn_if_reject');
    const relay = findGate(model, lists.relay!.steps);
    assert.deepEqual([relay.found, relay.stoppedAt?.name], [false, 'permit']);
  });
  test('the stranger: a permit in one list does not skip the other; the first REJECT ends it', () => {
    const main = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\nsmtpd_recipient_restrictions = permit\n';
    const r = verdict(main);
    assert.equal(r.status, 'no');
    assert.equal(main.slice(r.decidedBy!.start, r.decidedBy!.end), 'reject_unauth_destination');
  });
  test('open relays: a class that permits before the gate; mynetworks covering the Internet', () => {
    const cls = 'compatibility_level = 3.6\nsmtpd_restriction_classes = all\nall = permit\nsmtpd_relay_restrictions = all, reject_unauth_destination\n';
    const r = verdict(cls);
    assert.deepEqual([r.status, r.relaysForStrangers], ['yes', true]);
    assert.equal(cls.slice(r.decidedBy!.start, r.decidedBy!.end), 'all');
    assert.equal(verdict('compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\n').status, 'yes');
  });
  test('depends: a client-chosen check or a policy service before the gate', () => {
    const r = verdict('compatibility_level = 3.6\nsmtpd_relay_restrictions = check_sender_access hash:/etc/postfix/s, reject_unauth_destination\n');
    assert.equal(r.status, 'depends');
    assert.match(r.summary, /check_sender_access/);
  });
  test('per service: -o overrides decide', () => {
    const master = 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_relay_restrictions=permit_sasl_authenticated,reject -o smtpd_recipient_restrictions=\n';
    assert.equal(verdict('compatibility_level = 3.6\n', undefined, master, 1).status, 'no');
    const open = 'relay inet n - n - - smtpd -o smtpd_relay_restrictions=permit -o smtpd_recipient_restrictions=permit,reject_unauth_destination\n';
    assert.equal(verdict('compatibility_level = 3.6\n', undefined, open, 0).status, 'fatal');
  });
});
