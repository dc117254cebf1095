import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { invalidValue } from '../../../server/src/analysis/rules/invalidValue';
import { applyFix, runRule } from '../../helpers/rules';

const check = (main: string, version?: string) => runRule(invalidValue, { main, version });

describe('invalid-value', () => {
  test('booleans: yes or no in any case; a mechanical but unsafe fix for obvious intents', () => {
    const { model, diagnostics, shown } = check('biff = maybe\nsmtpd_tls_ask_ccert = Yes\nsmtpd_sasl_auth_enable = true\n');
    assert.deepEqual(shown, ['main:1:8-1:13 error «maybe»', 'main:3:26-3:30 error «true»']);
    assert.equal(diagnostics[0].message, '"maybe" is not a boolean: Postfix accepts only yes or no (in any case), and the program that reads this setting stops with a fatal error.');
    assert.equal(diagnostics[0].fixes, undefined);
    assert.deepEqual(diagnostics[1].fixes!.map((f) => [f.title, f.safe]), [['Change to yes', false]]);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).main!.split('\n')[2], 'smtpd_sasl_auth_enable = yes');
  });

  test('numbers, sizes and times, with the limits of the facts', () => {
    const main = 'message_size_limit = 10M\ndefault_process_limit = 0\nsmtpd_timeout = 10x\nbounce_queue_lifetime = 101d\nmaximal_queue_lifetime = 5d\nqueue_run_delay = 300\n';
    const { diagnostics, shown } = check(main);
    assert.deepEqual(shown, ['main:1:22-1:25 error «10M»', 'main:2:25-2:26 error «0»', 'main:3:17-3:20 error «10x»', 'main:4:25-4:29 error «101d»']);
    assert.deepEqual(diagnostics.map((d) => d.message), [
      '"10M" is not a whole number: message_size_limit takes a plain decimal number without a unit, and the program that reads it stops with a fatal error.',
      '0 is below the minimum of default_process_limit (1); the program that reads it stops with a fatal error.',
      '"10x" is not a time: smtpd_timeout takes a number with an optional unit s, m, h, d or w (default s), and the program that reads it stops with a fatal error.',
      '101d is above the maximum of bounce_queue_lifetime (8640000 seconds); the program that reads it stops with a fatal error.',
    ]);
  });

  test('enumerations and lists of words; the server treats client-only TLS levels as encrypt', () => {
    const main = 'smtpd_tls_security_level = mayb\ninet_protocols = ipv4, ipv7\nsmtp_tls_security_level = dane\nsmtpd_tls_ciphers =\nsmtp_tls_security_level =\npostscreen_tls_security_level = verify\nsmtpd_tls_loglevel = 9\n';
    const { diagnostics, shown } = check(main);
    assert.deepEqual(shown, ['main:1:28-1:32 error «mayb»', 'main:2:24-2:28 error «ipv7»', 'main:4:20-4:20 error «»', 'main:6:33-6:39 warning «verify»']);
    assert.deepEqual(diagnostics.map((d) => d.message), [
      '"mayb" is not a valid value of smtpd_tls_security_level; use one of none, may, encrypt (or nothing).',
      '"ipv7" is not a valid word in inet_protocols; use any of all, ipv4, ipv6.',
      'smtpd_tls_ciphers must not be empty (the program that reads it stops with a fatal error); use one of high, medium, low, export, null.',
      '"verify" is a client-side TLS level; the server side logs a warning and uses encrypt instead. Write encrypt (or may).',
    ]);
  });

  test('TLS protocol lists: names are case-sensitive, >= needs 3.6', () => {
    const main = 'smtp_tls_protocols = TLSv1.3 TLSV1.2\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nlmtp_tls_protocols = >=0x0303, <=TLSv1.4\n';
    const { model, diagnostics, shown } = check(main);
    assert.deepEqual(shown, ['main:1:30-1:37 error «TLSV1.2»', 'main:4:32-4:41 error «<=TLSv1.4»']);
    assert.match(diagnostics[0].message, /^"TLSV1\.2" is not a TLS protocol name \(the names are case-sensitive: TLSv1\.2\)\. With an invalid protocol list Postfix disables TLS for the session\.$/);
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Change to TLSv1.2', true]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main!.split('\n')[0], 'smtp_tls_protocols = TLSv1.3 TLSv1.2');
    const old = check('smtpd_tls_mandatory_protocols = >=TLSv1.2\n', '3.5');
    assert.deepEqual(old.shown, ['main:1:33-1:42 error «>=TLSv1.2»']);
    assert.match(old.diagnostics[0].message, /the >= form needs Postfix 3\.6/);
  });

  test('lookup tables: type:name, known types, through proxy:', () => {
    const main = 'alias_maps = hash /etc/aliases\nvirtual_alias_maps = hsah:/etc/x, proxy:mysql:/etc/y.cf, inline:{ {a = b} }, $alias_maps\nproxy_read_maps = $local_recipient_maps whatever\n';
    const { diagnostics, shown } = check(main);
    assert.deepEqual(shown, ['main:1:14-1:18 error «hash»', 'main:1:19-1:31 error «/etc/aliases»', 'main:2:22-2:33 warning «hsah:/etc/x»']);
    assert.match(diagnostics[2].message, /^"hsah" is not a Postfix lookup table type; unless a plugin adds it, Postfix stops with "unsupported dictionary type"/);
  });

  test('values with $name: checked when they expand from explicit settings only', () => {
    const { diagnostics, shown } = check('my_level = 7x\nsmtpd_timeout = $my_level\nsmtpd_helo_timeout = ${stress?{10}:{300}}x\nsmtp_helo_timeout = $my_undefined\n');
    assert.deepEqual(shown, ['main:2:17-2:26 error «$my_level»']);
    assert.match(diagnostics[0].message, /\(The value expands to "7x"\.\)$/);
  });

  test('a trailing comment is left to trailing-comment; -o values and per-service names are checked', () => {
    assert.deepEqual(check('smtp_data_xfer_timeout = 1800s   # default: 180s\n').shown, []);
    const master = 'smtp inet n - n - - smtpd -o smtpd_tls_auth_only=sure\nrelay unix - - n - - smtp\n';
    const { shown } = runRule(invalidValue, { main: 'relay_destination_concurrency_limit = many\n', master });
    assert.deepEqual(shown, ['main:1:39-1:43 error «many»', 'master:1:50-1:54 error «sure»']);
  });
});
