/** Hover as a pure function: exact ranges and exact text fragments, per target release. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/features/hover';
import { fixture, offsetOf } from '../../helpers/features';

function hoverText(input: Parameters<typeof fixture>[0], needle: string, delta = 1): string {
  const f = fixture(input);
  const h = hover(f.ctx, offsetOf(f.text, needle, delta));
  assert.ok(h, `a hover at "${needle}"`);
  return (h.contents as MarkupContent).value;
}

/** The paragraphs of a hover (markdown blocks separated by blank lines). */
const paragraphs = (text: string) => text.split('\n\n');

describe('hover on a parameter name', () => {
  test('description, type, default, release and link; the range is the name', () => {
    const f = fixture({ main: 'smtpd_tls_security_level = may\n', file: 'main', version: '3.11' });
    const h = hover(f.ctx, 3)!;
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 24 } });
    const p = paragraphs((h.contents as MarkupContent).value);
    assert.equal(p[0], '**smtpd_tls_security_level** · enum · TLS');
    assert.match(p[1], /^The STARTTLS policy of the SMTP server/);
    assert.ok(p.includes('**Default in Postfix 3.11:** *(empty)*'));
    assert.ok(p.includes('**Since** Postfix 2.3.'));
    assert.ok(p.some((x) => x.includes('- `encrypt`: clients must use TLS before sending mail')));
    assert.ok(p.some((x) => x.startsWith('**Recommendation:** Set may in main.cf')));
    assert.equal(p[p.length - 1], '[postconf(5): smtpd_tls_security_level](https://www.postfix.org/postconf.5.html#smtpd_tls_security_level)');
  });

  const main = 'smtpd_relay_restrictions = x\nsmtp_tls_security_level = x\nsmtpd_tls_protocols = x\nsmtpd_tls_chain_files = x\n';
  const defaults: Record<string, Record<string, string>> = {
    '2.11': {
      smtpd_relay_restrictions: '**Default in Postfix 2.11:** `permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination`',
      smtp_tls_security_level: '**Default in Postfix 2.11:** *(empty)*',
      smtpd_tls_protocols: '**Default in Postfix 2.11:** `!SSLv2, !SSLv3`',
      smtpd_tls_chain_files: '**Default in Postfix 3.4:** *(empty)*',
    },
    '3.4': {
      smtpd_relay_restrictions:
        '**Default in Postfix 3.4:** `${{$compatibility_level} < {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
      smtp_tls_security_level: '**Default in Postfix 3.4:** *(empty)*',
      smtpd_tls_protocols: '**Default in Postfix 3.4:** `!SSLv2, !SSLv3`',
      smtpd_tls_chain_files: '**Default in Postfix 3.4:** *(empty)*',
    },
    '3.7': {
      smtpd_relay_restrictions:
        '**Default in Postfix 3.7:** `${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
      smtp_tls_security_level: '**Default in Postfix 3.7:** *(empty)*',
      smtpd_tls_protocols: '**Default in Postfix 3.7:** `>=TLSv1`',
      smtpd_tls_chain_files: '**Default in Postfix 3.7:** *(empty)*',
    },
    '3.11': {
      smtpd_relay_restrictions:
        '**Default in Postfix 3.11:** `${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
      smtp_tls_security_level: '**Default in Postfix 3.11:** `${{$compatibility_level} <level {3.11} ? {} : {may}}` → here *(empty)*',
      smtpd_tls_protocols: '**Default in Postfix 3.11:** `>=TLSv1`',
      smtpd_tls_chain_files: '**Default in Postfix 3.11:** *(empty)*',
    },
  };
  for (const [version, expected] of Object.entries(defaults)) {
    test(`the default of Postfix ${version}`, () => {
      for (const [name, line] of Object.entries(expected)) {
        assert.ok(paragraphs(hoverText({ main, file: 'main', version }, name)).includes(line), `${name} at ${version}: ${line}`);
      }
    });
  }

  test('compatibility-dependent defaults are evaluated with the configuration compatibility_level', () => {
    const text = hoverText({ main: 'compatibility_level = 3.11\nsmtp_tls_security_level = x\n', file: 'main' }, 'smtp_tls');
    assert.ok(paragraphs(text).includes('**Default in Postfix 3.11:** `${{$compatibility_level} <level {3.11} ? {} : {may}}` → here `may`'));
    const relay = hoverText({ main: 'compatibility_level = 2\nsmtpd_relay_restrictions = x\n', file: 'main', version: '3.4' }, 'smtpd_relay');
    assert.match(relay, /→ here `permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination`/);
  });

  test('how the default changed, including the 2015 patch releases', () => {
    const text = hoverText({ main: 'smtpd_tls_protocols = x\n', file: 'main', version: '3.11' }, 'smtpd');
    assert.ok(
      paragraphs(text).includes(
        '**Default by release:** 2.6: *(empty)* → 3.1: `!SSLv2, !SSLv3` → 3.6: `>=TLSv1`; patch releases 2.9.14, 2.10.8, 2.11.6, 3.0.2 changed it to `!SSLv2, !SSLv3` already',
      ),
    );
  });

  test('availability, deprecation and replacement', () => {
    assert.ok(paragraphs(hoverText({ main: 'smtpd_tls_chain_files = x\n', file: 'main', version: '2.11' }, 'smtpd')).includes(
      '**Since** Postfix 3.4. **Not in Postfix 2.11:** new in 3.4; postconf 2.11 reports it as unused.',
    ));
    assert.ok(paragraphs(hoverText({ main: 'smtpd_tls_eecdh_grade = ultra\n', file: 'main', version: '3.11' }, 'smtpd')).includes(
      '**Since** Postfix 2.6. **Deprecated** since 3.6; do not set it; leave it at the default. postconf 3.9 and later warn about it.',
    ));
    assert.match(hoverText({ main: 'smtpd_use_tls = yes\n', file: 'main', version: '3.11' }, 'smtpd'), /\*\*Deprecated\*\* since 3\.9; use `smtpd_tls_security_level` instead\./);
  });

  test('host-dependent defaults say so instead of showing one machine', () => {
    const text = hoverText({ main: 'myhostname = mail.example.com\n', file: 'main' }, 'myhost');
    assert.ok(paragraphs(text).includes(
      "**Default in Postfix 3.11:** computed on the host: the machine's fully qualified host name, as the system reports it (with mydomain appended when that name has no dot). `postconf -d myhostname` shows it.",
    ));
  });

  test('a misspelt name is unused, with the nearest known name', () => {
    assert.equal(
      hoverText({ main: 'smtpd_tls_dh2048_param_file = /x\n', file: 'main' }, 'smtpd'),
      '**smtpd_tls_dh2048_param_file** · not a parameter of Postfix 3.11, and nothing references it: postconf reports it as unused and Postfix ignores it. Did you mean `smtpd_tls_dh1024_param_file`?',
    );
    assert.equal(
      hoverText({ main: 'my_net = 10.0.0.0/8\nmynetworks = $my_net\n', file: 'main' }, 'my_net'),
      '**my_net** · user-defined parameter: not Postfix\'s own, used through `$my_net` references or as a database client setting.',
    );
  });

  test('per-service parameters are recognised for the services of master.cf', () => {
    const text = hoverText({ main: 'relay_destination_concurrency_limit = 5\n', master: 'relay unix - - n - - smtp\n', file: 'main' }, 'relay');
    const p = paragraphs(text);
    assert.equal(p[0], '**relay_destination_concurrency_limit** · integer · for the master.cf service `relay`');
    assert.ok(p.includes('**Default in Postfix 3.11:** `$default_destination_concurrency_limit` → here `20`'));
    assert.equal(p[p.length - 1], '[postconf(5): transport_destination_concurrency_limit](https://www.postfix.org/postconf.5.html#transport_destination_concurrency_limit)');
  });
});

describe('hover on values and references', () => {
  const main = [
    'mydomain = example.com',
    'myhostname = mail.$mydomain',
    'empty =',
    'smtpd_banner = ${myhostname?{$myhostname ESMTP ${empty:{(no extra)}}}:{none}} $undefined_x',
    'a = $b',
    'b = x$a',
    'alias_maps = hash:$config_directory/aliases',
    '',
  ].join('\n');

  test('a value shows its expansion, nested conditionals included, and what is undefined', () => {
    const p = paragraphs(hoverText({ main, file: 'main' }, 'ESMTP'));
    assert.equal(p[0], '**smtpd_banner** = `${myhostname?{$myhostname ESMTP ${empty:{(no extra)}}}:{none}} $undefined_x`');
    assert.equal(p[1], '**Expanded:** `mail.example.com ESMTP (no extra)`');
    assert.equal(p[2], '`$undefined_x` is not set anywhere and has no default: it expands to nothing (postconf warns "undefined parameter").');
  });

  test('a reference: where it is set, its value expanded, the conditional result', () => {
    const p = paragraphs(hoverText({ main, file: 'main' }, '${myhostname?', 3));
    assert.equal(p[0], '**$myhostname** — set in main.cf line 2: `mail.$mydomain`');
    assert.ok(p.includes('**Expanded:** `mail.example.com`'));
    assert.ok(p.includes('This `?` form gives its text when myhostname is non-empty; here it gives `mail.example.com ESMTP (no extra)`.'));
  });

  test('a reference to a default, to nothing, and in a cycle', () => {
    assert.equal(
      paragraphs(hoverText({ main, file: 'main' }, '$config_directory', 2))[0],
      '**$config_directory** — not set; the default of Postfix 3.11: `/etc/postfix`',
    );
    assert.equal(
      paragraphs(hoverText({ main, file: 'main' }, '$undefined_x', 2))[1],
      'Not set anywhere and not a Postfix parameter (postconf warns "undefined parameter"): `$undefined_x` expands to nothing.',
    );
    const legacy = paragraphs(hoverText({ main: 'smtpd_authorized_verp_clients = $authorized_verp_clients\n', file: 'main', version: '3.7' }, '$auth', 2));
    assert.equal(legacy[1], 'Not set, and as a legacy name (now smtpd_authorized_verp_clients) it has no default of its own: `$authorized_verp_clients` expands to nothing.');
    assert.ok(paragraphs(hoverText({ main, file: 'main' }, 'a = $b', 5)).includes('**Circular reference:** $b → $a → $b: Postfix stops with "unreasonable macro call nesting".'));
  });

  test('a host-dependent reference stays as written', () => {
    const p = paragraphs(hoverText({ main: 'smtpd_banner = $myhostname ESMTP\n', file: 'main' }, 'ESMTP'));
    assert.deepEqual(p.slice(1), ['**Expanded:** `$myhostname ESMTP`', '`$myhostname` depends on the host; run `postconf -x` there to see it.']);
    const known = paragraphs(hoverText({ main: 'smtpd_banner = $myhostname ESMTP\n', file: 'main', hostDefaults: new Map([['myhostname', 'mx.example.org']]) }, 'ESMTP'));
    assert.equal(known[1], '**Expanded:** `mx.example.org ESMTP`');
  });

  test('a master.cf override: its expansion in the service and the main.cf value it replaces', () => {
    const master = 'submission inet n - n - - smtpd\n  -o myhostname=sub.$mydomain\n  -o smtpd_tls_security_level=encrypt\n';
    const p = paragraphs(hoverText({ main, master, file: 'master' }, 'sub.'));
    assert.deepEqual(p, ['**-o myhostname** on `submission/inet` = `sub.$mydomain`', '**Expanded:** `sub.example.com`', '**Replaces** main.cf line 2: `mail.$mydomain`']);
    const level = paragraphs(hoverText({ main, master, file: 'master' }, 'encrypt'));
    assert.equal(level[0], '`encrypt` in smtpd_tls_security_level: clients must use TLS before sending mail; also implies smtpd_tls_auth_only');
    assert.equal(level[level.length - 1], '**Replaces** the default of Postfix 3.11: *(empty)*');
  });

  test('an earlier duplicate says it is not in effect', () => {
    const p = paragraphs(hoverText({ main: 'relayhost = [a]\nrelayhost = [b]\n', file: 'main' }, '[a]'));
    assert.deepEqual(p, ['**relayhost** = `[a]`', '**Not in effect:** line 2 sets relayhost again, and the last setting wins.']);
  });
});

describe('hover on words of a value', () => {
  const main = [
    'smtpd_tls_protocols = >=TLSv1.2, !SSLv3',
    'smtpd_relay_restrictions = permit_mynetworks, check_client_access proxy:hash:/etc/postfix/access, mua, reject_unauth_destination',
    'smtpd_restriction_classes = mua',
    'mua = permit_sasl_authenticated, reject',
    '',
  ].join('\n');
  const first = (needle: string, delta = 1) => paragraphs(hoverText({ main, file: 'main' }, needle, delta))[0];

  test('TLS protocol names, with the syntax in use', () => {
    assert.equal(first('TLSv1.2'), '`TLSv1.2`: TLS 1.2: the sensible floor where TLS is mandatory, such as submission.');
    const ssl = paragraphs(hoverText({ main, file: 'main' }, '!SSLv3'));
    assert.equal(ssl[0], '`SSLv3` (insecure): SSL 3.0: broken (POODLE) and prohibited (RFC 7568); excluded by default since the July 2015 patch releases.');
    assert.match(ssl[1], /^A name after `!` is excluded/);
  });

  test('restrictions, lookup tables (through proxy:) and restriction classes', () => {
    assert.match(first('permit_mynetworks'), /^\*\*permit_mynetworks\*\* · restriction: Accepts clients whose address is listed in mynetworks\.$/);
    assert.match(first('reject_unauth'), /^\*\*reject_unauth_destination\*\* · restriction: Refuses recipients outside the domains/);
    const table = paragraphs(hoverText({ main, file: 'main' }, 'proxy:hash'));
    assert.match(table[0], /^`proxy:` lookup table: Goes through the proxymap service/);
    assert.match(table[1], /^`hash:` lookup table: Indexed Berkeley DB hash table/);
    assert.equal(first(', mua', 3), '**mua** · restriction class (smtpd_restriction_classes), main.cf line 4: `permit_sasl_authenticated, reject`');
  });

  test('a table in a cache parameter: Postfix writes it, no postmap', () => {
    const cache = paragraphs(hoverText({ main: 'smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n', file: 'main' }, 'btree'));
    assert.match(cache[0], /^`btree:` lookup table: Indexed Berkeley DB B-tree/);
    assert.equal(cache[1], 'smtp_tls_session_cache_database is a cache: Postfix creates and updates this table itself, so there is no text file and no postmap.');
    assert.doesNotMatch(hoverText({ main: 'transport_maps = btree:/etc/postfix/transport\n', file: 'main' }, 'btree'), /is a cache/);
  });
});

describe('hover on master.cf columns', () => {
  const master = [
    'smtp      inet  n       -       -       -       1       postscreen',
    'pickup    unix  n       -       y       60      1       pickup',
    'flush     unix  n       -       n       1000?   0       flush',
    'relay     unix  -       -       n       -       -       smtp',
    'x         unix  -       n       n       -       -       custom-daemon',
    '',
  ].join('\n');
  const column = (needle: string, delta: number, main = 'default_process_limit = 50\n', version?: string) => {
    const f = fixture({ main, master, file: 'master', version });
    const h = hover(f.ctx, offsetOf(f.text, needle, delta))!;
    return { range: h.range, p: paragraphs((h.contents as MarkupContent).value) };
  };

  test('the column, its meaning and the range of the field', () => {
    const { range, p } = column('smtp      inet', 10);
    assert.deepEqual(range, { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } });
    assert.equal(p[0], '**Column 2: service type** · service `smtp/inet`');
    assert.equal(p[2], '`inet`: A TCP listener; the service name is the port, optionally with the address to bind to (`127.0.0.1:10025`).');
    assert.equal(column('smtp ', 0).p[2], '`smtp`: listens on TCP port 25: the postscreen gate in front of smtpd.');
  });

  test('what - stands for, in this configuration and release', () => {
    assert.equal(column('inet  n       -', 14).p[2], '`-`: the default, y.');
    assert.equal(column('n       -       -       -       1', 16).p[2], '`-`: the default, `y` (compatibility_level 0 keeps the pre-3.0 default; from level 1 it is n).');
    assert.equal(column('n       -       -       -       1', 16, 'compatibility_level = 3.6\n').p[2], '`-`: the default, `n` (Postfix 3.0 and later at compatibility_level 3.6).');
    assert.equal(column('n       -       -       -       1', 16, '', '2.11').p[2], '`-`: the default, `y` (before Postfix 3.0).');
    assert.equal(column('relay     unix  -       -       n       -       -', 48).p[2], '`-`: the default, default_process_limit (here `50`).');
    assert.equal(column('relay     unix  -       -       n       -', 40).p[2], '`-`: the default, 0 (no wake-up events).');
  });

  test('y/n, wakeup with ?, maxproc 0, and the command', () => {
    assert.equal(column('pickup    unix  n', 16).p[2], '`n`: public: the socket lives in public/ and local users may connect (inet services must be public).');
    assert.equal(column('1000?', 1).p[2], '`1000?`: a wake-up event every 1000 seconds, but only after the service was used once.');
    assert.equal(column('60 ', 0).p[2], '`60`: a wake-up event every 60 seconds.');
    assert.equal(column('1000?   0', 8).p[2], '`0`: no process limit.');
    assert.equal(column('postscreen', 2).p[2], '`postscreen`: Screens SMTP clients on port 25 (block lists, protocol tests) before handing them to smtpd. Since Postfix 2.8.');
    assert.equal(column('custom-daemon', 2).p[2], "`custom-daemon`: not one of Postfix's own daemons; it must exist in daemon_directory.");
  });
});
