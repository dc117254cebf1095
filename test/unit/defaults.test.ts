/** Built-in defaults per release and the values only the host knows. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultHistory, defaultIn, parameterFact } from '../../server/src/data/parameters';
import { parseVersion } from '../../server/src/data/versions';
import { effectiveValue, expandedValue } from '../../server/src/model/effective';
import { loadModel } from '../../server/src/model/load';

const fact = (name: string) => parameterFact(name)!;
const v = (text: string) => parseVersion(text)!;

describe('defaults by release', () => {
  test('booleans read as yes/no, and the usual build among build alternatives', () => {
    assert.equal(defaultIn(fact('biff'), v('3.7')), 'yes');
    assert.equal(defaultIn(fact('smtpd_tls_auth_only'), v('3.7')), 'no');
    assert.equal(defaultIn(fact('smtp_always_send_ehlo'), v('3.7')), 'yes');
    assert.equal(defaultIn(fact('in_flow_delay'), v('3.7')), '1s');
  });

  test('the 3.12 development snapshot does not leak into stable releases', () => {
    assert.equal(defaultIn(fact('mail_release_date'), v('3.7')), '20240304');
    assert.ok(!defaultIn(fact('proxy_read_maps'), v('3.7')).includes('$smtpd_tls_loglevel_maps'));
  });

  test('patch releases of an older line', () => {
    assert.equal(defaultIn(fact('smtpd_tls_protocols'), v('2.11.5')), '');
    assert.equal(defaultIn(fact('smtpd_tls_protocols'), v('2.11.6')), '!SSLv2, !SSLv3');
    assert.equal(defaultIn(fact('smtpd_tls_protocols'), v('2.11')), '!SSLv2, !SSLv3');
    assert.equal(defaultIn(fact('smtp_tls_ciphers'), v('3.0.1')), 'export');
    assert.equal(defaultIn(fact('smtp_tls_ciphers'), v('3.0')), 'medium');
  });

  test('history keeps only the changes', () => {
    assert.deepEqual(defaultHistory(fact('smtpd_tls_protocols')), [
      { since: '2.6', value: '' },
      { since: '3.1', value: '!SSLv2, !SSLv3' },
      { since: '3.6', value: '>=TLSv1' },
    ]);
    assert.deepEqual(defaultHistory(fact('authorized_verp_clients')), [
      { since: '2.0', value: '$mynetworks' },
      { since: '2.1', value: undefined },
    ]);
  });
});

describe('values only the host knows', () => {
  test('a legacy name has no default: a reference to it expands to nothing', () => {
    const model = loadModel({ main: 'smtpd_authorized_verp_clients = $authorized_verp_clients\n', version: '3.7' });
    assert.equal(effectiveValue(model, 'authorized_verp_clients'), undefined);
    assert.equal(expandedValue(model, 'smtpd_authorized_verp_clients')!.value, '');
    assert.equal(expandedValue(model, 'smtpd_client_event_limit_exceptions')!.value, '$mynetworks');
  });

  test('host names stay references unless known; mydomain follows a configured myhostname', () => {
    const unknown = loadModel({ main: 'smtpd_banner = $myhostname ESMTP\n' });
    const r = expandedValue(unknown, 'smtpd_banner')!;
    assert.deepEqual([r.value, r.unknownNames], ['$myhostname ESMTP', ['myhostname']]);
    const host = new Map([['myhostname', 'vm.localdomain'], ['mydomain', 'localdomain']]);
    assert.equal(expandedValue(unknown, 'smtpd_banner', undefined, host)!.value, 'vm.localdomain ESMTP');
    const set = loadModel({ main: 'myhostname = smtp.example.com\nmyorigin = $mydomain\n' });
    assert.equal(expandedValue(set, 'myorigin', undefined, host)!.value, 'example.com');
    const dotless = loadModel({ main: 'myhostname = mailhost\nmyorigin = $mydomain\n' });
    assert.equal(expandedValue(dotless, 'myorigin')!.value, 'localdomain');
  });

  test("a host's mynetworks no longer applies once the configuration changes its inputs", () => {
    const host = new Map([['mynetworks', '127.0.0.0/8 192.0.2.0/24']]);
    const plain = loadModel({ main: 'x = $mynetworks\n' });
    assert.equal(expandedValue(plain, 'x', undefined, host)!.value, '127.0.0.0/8 192.0.2.0/24');
    const styled = loadModel({ main: 'mynetworks_style = host\nx = $mynetworks\n' });
    assert.deepEqual(expandedValue(styled, 'x', undefined, host)!.unknownNames, ['mynetworks']);
  });

  test('service_name and process_name are known inside a service', () => {
    const model = loadModel({ master: 'relay unix - - n - - smtp\n  -o syslog_name=postfix/$service_name-$process_name\n' });
    assert.equal(expandedValue(model, 'syslog_name', model.services[0])!.value, 'postfix/relay-smtp');
  });

  test('build paths use the usual build', () => {
    const model = loadModel({ main: 'x = $config_directory/y $daemon_directory\n' });
    assert.equal(expandedValue(model, 'x')!.value, '/etc/postfix/y /usr/libexec/postfix');
  });
});
