import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { duplicateParameter } from '../../../server/src/analysis/rules/duplicateParameter';
import { applyFix, runRule, show } from '../../helpers/rules';

describe('duplicate-parameter', () => {
  test('equal values: info on both lines, the earlier one unnecessary with a safe removal', () => {
    const main = 'smtpd_tls_received_header = yes\nsmtpd_tls_ask_ccert = yes\nsmtpd_tls_received_header = yes\n';
    const { model, diagnostics, shown } = runRule(duplicateParameter, { main });
    assert.deepEqual(shown, ['main:1:1-1:32 info «smtpd_tls_received_header = yes»', 'main:3:1-3:26 info «smtpd_tls_received_header»']);
    const [earlier, later] = diagnostics;
    assert.equal(earlier.message, 'smtpd_tls_received_header is set again with the same value on line 3; this earlier setting has no effect. Remove it.');
    assert.deepEqual(earlier.tags, ['unnecessary']);
    assert.deepEqual(earlier.related!.map((r) => [show(model, { ...r }), r.message]), [['main:3:1-3:26 undefined «smtpd_tls_received_header»', 'line 3: the setting that counts']]);
    assert.equal(later.message, 'smtpd_tls_received_header is also set on line 1 with the same value; one setting is enough.');
    assert.deepEqual(later.related!.map((r) => show(model, r)), ['main:1:1-1:26 undefined «smtpd_tls_received_header»']);
    // postconf stays silent when the values are equal.
    assert.deepEqual(diagnostics.map((d) => d.data), [undefined, undefined]);
    assert.deepEqual(earlier.fixes!.map((f) => [f.title, f.safe, f.preferred]), [['Remove this earlier smtpd_tls_received_header setting', true, true]]);
    assert.equal(applyFix(model, earlier.fixes![0]).main, 'smtpd_tls_ask_ccert = yes\nsmtpd_tls_received_header = yes\n');
  });

  test('different values: warnings (info where a line repeats the value used), postconf\'s warning at each later line', () => {
    const main = 'relayhost = [a]\nrelayhost = [b]\nrelayhost = [a]\n';
    const { diagnostics, shown } = runRule(duplicateParameter, { main });
    assert.deepEqual(shown, ['main:1:1-1:16 info «relayhost = [a]»', 'main:2:1-2:16 warning «relayhost = [b]»', 'main:3:1-3:10 warning «relayhost»']);
    assert.deepEqual(diagnostics.map((d) => d.data), [
      undefined,
      { postconf: 'overriding earlier entry: relayhost=[a]' },
      { postconf: 'overriding earlier entry: relayhost=[b]' },
    ]);
    assert.equal(diagnostics[1].message, 'relayhost is set again on line 3, and only the last setting counts: this value ([b]) has no effect. Remove this line, or move the value you want to the last one.');
    assert.equal(diagnostics[2].message, 'relayhost is also set on line 1, 2 with a different value; this later setting ([a]) is the one Postfix uses. Keep one of them.');
  });

  test('whitespace differences: postconf compares raw values, our severity normalized ones', () => {
    const { diagnostics } = runRule(duplicateParameter, { main: 'mydomain = a  b\nmydomain = a b\n' });
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.data]), [
      ['info', undefined],
      ['info', { postconf: 'overriding earlier entry: mydomain=a  b' }],
    ]);
  });

  test('removing a continued setting takes all its lines, keeps the comment inside and CRLF line endings', () => {
    const main = 'mynetworks = 127.0.0.0/8,\r\n  # loopback\r\n  [::1]/128\r\nmydomain = x\r\nmynetworks = 10.0.0.0/8\r\n';
    const { model, diagnostics, shown } = runRule(duplicateParameter, { main });
    assert.deepEqual(shown[0], 'main:1:1-3:12 warning «mynetworks = 127.0.0.0/8,\r\n  # loopback\r\n  [::1]/128»');
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, '  # loopback\r\nmydomain = x\r\nmynetworks = 10.0.0.0/8\r\n');
  });

  test('the same -o twice on one service; the earlier override is removed with its line', () => {
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_banner=a\n  -o syslog_name=x\n  -o smtpd_banner=b\nother unix - - n - - smtp -o smtpd_banner=a\n';
    const { model, diagnostics, shown } = runRule(duplicateParameter, { main: '', master });
    assert.deepEqual(shown, ['master:2:3-2:20 warning «-o smtpd_banner=a»', 'master:4:6-4:18 warning «smtpd_banner»']);
    assert.match(diagnostics[0].message, /^smtpd_banner is set again on line 4 for the smtp service/);
    assert.equal(diagnostics[0].data, undefined, 'postconf does not warn about -o duplicates');
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master, 'smtp inet n - n - - smtpd\n  -o syslog_name=x\n  -o smtpd_banner=b\nother unix - - n - - smtp -o smtpd_banner=a\n');
  });

  test('an override that shares its line with others is cut out with the blank before it', () => {
    const master = 'smtp inet n - n - - smtpd -o { smtpd_banner = a b } -o smtpd_banner=c\n';
    const { model, diagnostics, shown } = runRule(duplicateParameter, { main: '', master });
    assert.deepEqual(shown[0], 'master:1:27-1:52 warning «-o { smtpd_banner = a b }»');
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master, 'smtp inet n - n - - smtpd -o smtpd_banner=c\n');
  });
});
