/**
 * "Insert forward-secrecy settings": the exact text before and after, per release range of
 * ../shared/design/tls-rules.md section 3, for main.cf and master.cf.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { AnalysisSettings } from '../../../server/src/analysis/types';
import { applyFixes } from '../../../server/src/fixes/apply';
import { forwardSecrecyFix } from '../../../server/src/fixes/forwardSecrecy';
import { loadModel } from '../../../server/src/model/load';
import { ROOT } from '../../helpers/paths';

interface Result {
  main?: string;
  master?: string;
  changes: string[];
}

/** Applies the forward-secrecy fix; checks that a second run has nothing left to do. */
function fs(texts: { main?: string; master?: string }, version: string, settings: AnalysisSettings = { rules: {} }): Result | undefined {
  const fix = forwardSecrecyFix(loadModel({ ...texts, version }), settings);
  if (!fix) return undefined;
  assert.equal(fix.safe, false);
  const out = applyFixes(texts, [fix]);
  assert.equal(forwardSecrecyFix(loadModel({ ...out, version }), settings), undefined, `a second run on ${version} changes nothing`);
  return { main: out.main, master: out.master, changes: fix.changes! };
}

const example = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
const CERT = 'smtpd_tls_cert_file = /etc/postfix/cert.pem\nsmtpd_tls_key_file = /etc/postfix/key.pem\n';

describe('the blog example', () => {
  for (const version of ['2.11', '3.4', '3.7', '3.11']) {
    test(`target ${version}: the recommended block for that release`, () => {
      const expected = readFileSync(join(ROOT, `test/fixtures/forward-secrecy/example-${version}.main.cf`), 'utf8');
      assert.equal(fs({ main: example }, version)!.main, expected);
    });
  }

  test('3.7: the names it declares', () => {
    assert.deepEqual(fs({ main: example }, '3.7')!.changes, [
      'smtp_tls_mandatory_protocols',
      'smtp_tls_session_cache_database',
      'smtpd_tls_eecdh_grade',
      'smtpd_tls_mandatory_protocols',
      'tls_eecdh_strong_curve',
      'tls_eecdh_ultra_curve',
    ]);
  });
});

describe('Postfix 2.x to 3.5', () => {
  test('2.7: ECDHE grade, DH file with the command that creates it, protocols and grades', () => {
    const main = `${CERT}smtpd_tls_security_level = may\n`;
    assert.equal(
      fs({ main }, '2.7')!.main,
      `${main}
# Forward secrecy for Postfix 2.7
# Use TLS for outgoing mail whenever the receiving server offers it
smtp_tls_security_level = may
# Never SSLv2 or SSLv3 (Postfix before 3.6 has no ">=" syntax)
smtpd_tls_protocols = !SSLv2, !SSLv3
smtp_tls_protocols = !SSLv2, !SSLv3
# Where TLS is required (submission), accept TLS 1.2 or newer only
smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1
# No export or low-grade ciphers
smtpd_tls_ciphers = medium
smtp_tls_ciphers = medium
# Postfix 2.6 and 2.7 leave ECDHE off unless a grade is set
smtpd_tls_eecdh_grade = strong
# A 2048-bit DH prime (the built-in one of this release has 1024 bits); create the file first:
#   openssl dhparam -out /etc/postfix/dh2048.pem 2048
smtpd_tls_dh1024_param_file = \${config_directory}/dh2048.pem
# Reuse TLS sessions with servers contacted before (fewer full handshakes)
smtp_tls_session_cache_database = btree:\${data_directory}/smtp_scache
`,
    );
  });

  test('2.11.5 predates the July 2015 defaults; 2.11 (the newest 2.11 patch release) has them', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:/var/lib/postfix/smtp_scache\n`;
    const old = fs({ main }, '2.11.5')!.main!;
    assert.match(old, /\nsmtpd_tls_ciphers = medium\n/);
    assert.match(old, /\nsmtpd_tls_dh1024_param_file = \$\{config_directory\}\/dh2048\.pem\n/);
    assert.doesNotMatch(old, /eecdh/);
    assert.equal(fs({ main }, '2.11')!.main, `${main}\n# Forward secrecy for Postfix 2.11\n# Where TLS is required (submission), accept TLS 1.2 or newer only\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n`);
  });

  test('the DH command names the configured config_directory', () => {
    const main = `config_directory = /usr/local/etc/postfix\n${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\n`;
    assert.match(fs({ main }, '2.8')!.main!, /\n#   openssl dhparam -out \/usr\/local\/etc\/postfix\/dh2048\.pem 2048\n/);
  });

  test('3.2 to 3.5: an explicit ECDHE grade and its curves go; exclusion syntax for the floor', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_eecdh_grade = strong\ntls_eecdh_strong_curve = prime256v1\nsmtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:x\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n`;
    assert.equal(
      fs({ main }, '3.5')!.main,
      `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:x\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n`,
    );
  });

  test('2.8 to 3.1: only "none" goes, a strong grade stays', () => {
    const settings = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\nsmtp_tls_session_cache_database = btree:x\n`;
    assert.equal(fs({ main: `${settings}smtpd_tls_eecdh_grade = none\n` }, '3.1')!.main, settings);
    assert.equal(fs({ main: `${settings}smtpd_tls_eecdh_grade = ultra\n` }, '3.1'), undefined);
  });
});

describe('updating in place', () => {
  test('the last of duplicates is updated, the earlier ones removed; comments stay', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:x\n# old floor\nsmtpd_tls_mandatory_protocols = !SSLv2\nsmtp_tls_mandatory_protocols = >=TLSv1.3\n# later floor\nsmtpd_tls_mandatory_protocols = >=TLSv1\n`;
    const out = fs({ main }, '3.7')!;
    assert.equal(out.main, `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:x\n# old floor\nsmtp_tls_mandatory_protocols = >=TLSv1.3\n# later floor\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n`);
    assert.deepEqual(out.changes, ['smtpd_tls_mandatory_protocols']);
  });

  test('a stronger or equal value is kept: encrypt, dane, >=TLSv1.3', () => {
    const main = `${CERT}smtpd_tls_security_level = encrypt\nsmtp_tls_security_level = dane\nsmtpd_tls_mandatory_protocols = >=TLSv1.3\nsmtp_tls_session_cache_database = btree:x\n`;
    // dane: the client floor stays as it is (DANE peers may need TLS 1.0).
    assert.equal(fs({ main }, '3.11'), undefined);
  });

  test('the pre-2.3 booleans become the level they meant, and go', () => {
    const main = `${CERT}smtpd_use_tls = yes\nsmtpd_enforce_tls = yes\nsmtp_use_tls = yes\nsmtp_enforce_tls = yes\nsmtp_tls_enforce_peername = no\nsmtp_tls_session_cache_database = btree:x\n`;
    assert.equal(
      fs({ main }, '3.7')!.main,
      `${CERT}smtp_tls_enforce_peername = no\nsmtp_tls_session_cache_database = btree:x\n
# Forward secrecy for Postfix 3.7
# Replaces smtpd_use_tls and smtpd_enforce_tls
smtpd_tls_security_level = encrypt
# Replaces smtp_use_tls and smtp_enforce_tls
smtp_tls_security_level = encrypt
# Where TLS is required (submission), accept TLS 1.2 or newer only
smtpd_tls_mandatory_protocols = >=TLSv1.2
# Where delivery requires TLS, accept TLS 1.2 or newer only
smtp_tls_mandatory_protocols = >=TLSv1.2
`,
    );
  });

  test('CRLF files get CRLF lines; a file without a final line break gets one before the block', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_mandatory_protocols = >=TLSv1.2`.replace(/\n/g, '\r\n');
    assert.equal(
      fs({ main }, '3.8')!.main,
      `${main}\r\n\r\n# Forward secrecy for Postfix 3.8\r\n# Reuse TLS sessions with servers contacted before (fewer full handshakes)\r\nsmtp_tls_session_cache_database = btree:\${data_directory}/smtp_scache`,
    );
  });

  test('the block goes after the last TLS setting, not at the end of the file', () => {
    const main = `myhostname = mx.example.com\n${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n\n# Restrictions\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n`;
    const out = fs({ main }, '3.9')!.main!;
    assert.equal(
      out,
      main.replace(
        'smtp_tls_mandatory_protocols = >=TLSv1.2\n',
        'smtp_tls_mandatory_protocols = >=TLSv1.2\n\n# Forward secrecy for Postfix 3.9\n# Where TLS is required (submission), accept TLS 1.2 or newer only\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n# Reuse TLS sessions with servers contacted before (fewer full handshakes)\nsmtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n',
      ),
    );
  });
});

describe('when the server is not a TLS server', () => {
  const clientOnly = `\n# Forward secrecy for Postfix 3.7\n# Use TLS for outgoing mail whenever the receiving server offers it\nsmtp_tls_security_level = may\n# Where delivery requires TLS, accept TLS 1.2 or newer only\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n# Reuse TLS sessions with servers contacted before (fewer full handshakes)\nsmtp_tls_session_cache_database = btree:\${data_directory}/smtp_scache\n`;

  test('a relay host on loopback: no client settings either', () => {
    assert.equal(fs({ main: 'relayhost = [127.0.0.1]:10026\n' }, '3.7'), undefined);
  });

  test('no certificate: client settings only', () => {
    assert.equal(fs({ main: 'relayhost = [smtp.example.com]:587\n' }, '3.7')!.main, `relayhost = [smtp.example.com]:587\n${clientOnly}`);
  });

  test('loopback only, or a null client: client settings only', () => {
    const main = `inet_interfaces = loopback-only\n${CERT}`;
    assert.equal(fs({ main }, '3.7')!.main, `${main}${clientOnly}`);
    assert.equal(fs({ main: CERT }, '3.7', { rules: {}, hostRole: 'null-client' })!.main, `${CERT}${clientOnly}`);
  });

  test('an empty main.cf', () => {
    assert.equal(fs({ main: '' }, '3.7')!.main, clientOnly.slice(1));
  });

  test('releases before 2.3 have no security levels: nothing to do', () => {
    assert.equal(forwardSecrecyFix(loadModel({ main: CERT, version: '2.2' })), undefined);
  });
});

describe('ciphers, groups and DH files', () => {
  const base = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_session_cache_database = btree:x\n`;

  test('forward-secret key exchanges leave the exclusion lists; a list left empty goes', () => {
    const main = `${base}smtpd_tls_exclude_ciphers = aNULL, kEECDH, kEDH,\n# keep this note\n  RC4, EDH\nsmtp_tls_exclude_ciphers = EECDH\nsmtpd_tls_mandatory_exclude_ciphers = EDH-RSA-DES-CBC3-SHA, kDH\n`;
    assert.equal(fs({ main }, '3.7')!.main, `${base}smtpd_tls_exclude_ciphers = aNULL\n# keep this note\n  RC4\nsmtpd_tls_mandatory_exclude_ciphers = EDH-RSA-DES-CBC3-SHA, kDH\n`);
  });

  test('export and low grades: medium before 3.8, removed from 3.8 (treated as medium)', () => {
    const main = `${base}smtpd_tls_mandatory_ciphers = low\nlmtp_tls_ciphers = export\n`;
    assert.equal(fs({ main }, '3.7')!.main, `${base}smtpd_tls_mandatory_ciphers = medium\nlmtp_tls_ciphers = medium\n`);
    assert.equal(fs({ main: `${main}tls_low_cipherlist = ALL\n` }, '3.8')!.main, base);
  });

  test('EC group lists: a list without X25519 goes before 3.11; on 3.11 any explicit list goes; an OpenSSL hand-off stays', () => {
    assert.equal(fs({ main: `${base}tls_eecdh_auto_curves = prime256v1 secp384r1\n` }, '3.7')!.main, base);
    assert.equal(fs({ main: `${base}tls_eecdh_auto_curves = X25519 prime256v1\n` }, '3.7'), undefined);
    assert.equal(fs({ main: `${base}tls_eecdh_auto_curves = X25519 prime256v1\ntls_ffdhe_auto_groups = ffdhe3072\n` }, '3.11')!.main, base);
    const handoff = `${base}tls_eecdh_auto_curves =\ntls_ffdhe_auto_groups =\ntls_config_name = postfix\n`;
    assert.equal(fs({ main: handoff }, '3.11'), undefined);
    assert.equal(fs({ main: `${base}tls_eecdh_auto_curves =\n` }, '3.10')!.main, base);
  });

  test('DH files: removed from 3.7; a readable file below 2048 bits is removed (3.1-3.6) or replaced (older)', () => {
    assert.equal(fs({ main: `${base}smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\nsmtpd_tls_dh512_param_file = /etc/postfix/dh512.pem\n` }, '3.7')!.main, base);
    const small = readFileSync(join(ROOT, 'test/fixtures/dh/dh1024.pem'));
    const big = readFileSync(join(ROOT, 'test/fixtures/dh/ffdhe2048.pem'));
    const files: AnalysisSettings = { rules: {}, readFile: (p) => (p === '/etc/postfix/dh1024.pem' ? small : p === '/etc/postfix/dh2048.pem' ? big : undefined) };
    const legacy = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\nsmtp_tls_session_cache_database = btree:x\n`;
    assert.equal(fs({ main: `${legacy}smtpd_tls_dh1024_param_file = /etc/postfix/dh1024.pem\n` }, '3.4', files)!.main, legacy);
    assert.equal(fs({ main: `${legacy}smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n` }, '3.4', files), undefined);
    assert.equal(fs({ main: `${legacy}smtpd_tls_dh1024_param_file = /etc/postfix/unreadable.pem\n` }, '3.4', files), undefined);
    const old = `${legacy}smtpd_tls_protocols = !SSLv2, !SSLv3\nsmtp_tls_protocols = !SSLv2, !SSLv3\nsmtpd_tls_ciphers = medium\nsmtp_tls_ciphers = medium\nsmtpd_tls_eecdh_grade = strong\n`;
    assert.equal(
      fs({ main: `${old}smtpd_tls_dh1024_param_file = /etc/postfix/dh1024.pem\n` }, '2.7', files)!.main,
      `${old}# A 2048-bit DH prime (the built-in one of this release has 1024 bits); create the file first:\n#   openssl dhparam -out /etc/postfix/dh2048.pem 2048\nsmtpd_tls_dh1024_param_file = \${config_directory}/dh2048.pem\n`,
    );
  });
});

describe('master.cf', () => {
  const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_session_cache_database = btree:x\n`;
  const master = [
    'smtp      inet  n       -       n       -       -       smtpd',
    '  -o smtpd_tls_security_level=none',
    'submission inet n       -       n       -       -       smtpd',
    '  -o smtpd_tls_security_level=encrypt',
    '  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3',
    '  -o smtpd_tls_eecdh_grade=ultra',
    '  -o { smtpd_tls_exclude_ciphers = aNULL, kEECDH }',
    'smtps     inet  n       -       n       -       -       smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_dh1024_param_file=/etc/dh.pem',
    '',
  ].join('\n');

  test('3.7: port 25 TLS back on, a weak submission floor raised, ignored and harmful -o settings removed, in one edit with main.cf', () => {
    const out = fs({ main, master }, '3.7')!;
    assert.equal(out.main, main);
    assert.equal(
      out.master,
      [
        'smtp      inet  n       -       n       -       -       smtpd',
        '  -o smtpd_tls_security_level=may',
        'submission inet n       -       n       -       -       smtpd',
        '  -o smtpd_tls_security_level=encrypt',
        '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2',
        '  -o { smtpd_tls_exclude_ciphers = aNULL }',
        'smtps     inet  n       -       n       -       -       smtpd -o smtpd_tls_wrappermode=yes',
        '',
      ].join('\n'),
    );
    assert.deepEqual(out.changes, ['smtpd_tls_dh1024_param_file', 'smtpd_tls_eecdh_grade', 'smtpd_tls_exclude_ciphers', 'smtpd_tls_mandatory_protocols', 'smtpd_tls_security_level']);
  });

  test('3.5: the submission floor in exclusion syntax, commas only (a short-form -o takes no spaces)', () => {
    const out = fs({ main: main.replace(/>=TLSv1\.2/g, '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'), master }, '3.5')!;
    assert.match(out.master!, /\n {2}-o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1\.1\n/);
  });

  test('master.cf alone: only its -o settings', () => {
    const out = fs({ master: 'smtp inet n - n - - smtpd\n  -o smtpd_tls_eecdh_grade=none\n' }, '3.4')!;
    assert.equal(out.master, 'smtp inet n - n - - smtpd\n');
  });
});
