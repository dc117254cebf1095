/**
 * Obsolete or replaced parameters, logging and headers: TLS072 tls-legacy-cert-files, TLS073
 * tls-chain-and-legacy-files, TLS074 tls-dsa-certificate, TLS075 tls-fingerprint-digest, TLS076
 * tls-server-session-cache, TLS078 tls-session-cache-type, TLS079 tls-random-source, TLS080
 * tls-ssl-options-mask, TLS081 tls-config-file, TLS090 tls-loglevel-debug, TLS091
 * tls-received-header.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

describe('TLS072 tls-legacy-cert-files', () => {
  test('cert and key files on 3.4+: info at the cert line with the key line related', () => {
    const main = 'smtpd_tls_cert_file = /etc/ssl/mail.crt\nsmtpd_tls_key_file = /etc/ssl/mail.key\n';
    const found = run('tls-legacy-cert-files', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_cert_file = /etc/ssl/mail.crt', 'info', /Since Postfix 3\.4, smtpd_tls_chain_files/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_key_file = /etc/ssl/mail.key'), message: 'the matching key file' }]);
  });

  test('quiet before 3.4, with chain files, and for none', () => {
    const main = 'smtpd_tls_cert_file = /etc/ssl/mail.crt\n';
    assert.deepEqual(run('tls-legacy-cert-files', { main, version: '3.3' }), []);
    assert.deepEqual(run('tls-legacy-cert-files', { main: main + 'smtpd_tls_chain_files = /etc/ssl/mail.pem\n' }), []);
    assert.deepEqual(run('tls-legacy-cert-files', { main: 'smtpd_tls_cert_file = none\n' }), []);
  });
});

describe('TLS073 tls-chain-and-legacy-files', () => {
  test('both set: the legacy lines are ignored; safe fix deletes cert and key', () => {
    const main = 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_cert_file = /etc/ssl/mail.crt\nsmtpd_tls_key_file = /etc/ssl/mail.key\n';
    const found = run('tls-chain-and-legacy-files', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_cert_file = /etc/ssl/mail.crt', 'warning', /is ignored: smtpd_tls_chain_files is set too/)]);
    assert.deepEqual(found[0].tags, ['unnecessary']);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_chain_files = /etc/ssl/mail.pem\n');
    assert.equal(fixed.safe, true);
  });

  test('quiet when a service without chain files still reads the legacy line', () => {
    const main = 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_cert_file = /etc/ssl/mail.crt\n';
    const master = 'smtp inet n - y - - smtpd\nold inet n - y - - smtpd\n  -o smtpd_tls_chain_files=\n';
    assert.deepEqual(run('tls-chain-and-legacy-files', { main, master }), []);
    assert.deepEqual(run('tls-chain-and-legacy-files', { main: 'smtpd_tls_cert_file = /etc/ssl/mail.crt\n' }), []);
  });
});

describe('TLS074 tls-dsa-certificate', () => {
  test('a DSA pair is reported once, at the certificate; a lone key at the key', () => {
    const main = 'smtpd_tls_dcert_file = /etc/ssl/dsa.crt\nsmtpd_tls_dkey_file = /etc/ssl/dsa.key\nsmtp_tls_dkey_file = /etc/ssl/c.key\n';
    const found = run('tls-dsa-certificate', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_dcert_file = /etc/ssl/dsa.crt', 'info', /configures a DSA certificate\. DSA is obsolete/),
      at('main', main, 'smtp_tls_dkey_file = /etc/ssl/c.key', 'info', /configures a DSA key/),
    ]);
    assert.deepEqual(found[0].tags, ['deprecated']);
    assert.deepEqual(run('tls-dsa-certificate', { main: 'smtpd_tls_dcert_file =\n' }), []);
  });
});

describe('TLS075 tls-fingerprint-digest', () => {
  test('explicit md5; the md5 default while check_ccert_access is used; the fingerprint level', () => {
    const main = 'smtp_tls_fingerprint_digest = md5\n';
    expectFindings(run('tls-fingerprint-digest', { main }), [at('main', main, 'smtp_tls_fingerprint_digest = md5', 'info', /MD5 and SHA-1 fingerprints are deprecated/)]);
    const used = 'smtpd_client_restrictions = check_ccert_access hash:/etc/postfix/ccerts, reject\n';
    expectFindings(run('tls-fingerprint-digest', { main: used }), [at('main', used, used.trimEnd(), 'info', /smtpd_tls_fingerprint_digest defaults to md5/)]);
    const level = 'smtp_tls_security_level = fingerprint\n';
    expectFindings(run('tls-fingerprint-digest', { main: level, version: '3.5' }), [at('main', level, level.trimEnd(), 'info', /The fingerprint level/)]);
  });

  test('quiet at compatibility_level 3.6, with sha256, without fingerprints', () => {
    const used = 'smtpd_client_restrictions = check_ccert_access hash:/etc/postfix/ccerts, reject\n';
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'compatibility_level = 3.6\n' + used }), []);
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'smtpd_tls_fingerprint_digest = sha256\n' + used }), []);
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'smtpd_tls_security_level = may\n' }), []);
  });
});

describe('TLS076 tls-server-session-cache', () => {
  test('a server cache on 2.11+: info, unnecessary, safe delete', () => {
    const main = 'smtpd_tls_session_cache_database = btree:${data_directory}/smtpd_scache\nsmtpd_tls_security_level = may\n';
    const found = run('tls-server-session-cache', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_session_cache_database = btree:${data_directory}/smtpd_scache', 'info', /session tickets/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\n');
    assert.deepEqual(run('tls-server-session-cache', { main, version: '2.10' }), []);
  });
});

describe('TLS078 tls-session-cache-type', () => {
  test('dbm and cdb: error, fix switches to btree', () => {
    const main = 'smtp_tls_session_cache_database = dbm:/var/lib/postfix/smtp_scache\nsmtpd_tls_session_cache_database = cdb:/var/lib/postfix/x\n';
    const found = run('tls-session-cache-type', { main });
    expectFindings(found, [
      at('main', main, 'smtp_tls_session_cache_database = dbm:/var/lib/postfix/smtp_scache', 'error', /dbm records are too small/),
      at('main', main, 'smtpd_tls_session_cache_database = cdb:/var/lib/postfix/x', 'error', /cannot update and walk through a cdb table/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main.replace('dbm:', 'btree:'));
  });

  test('quiet for btree, lmdb, hash, sdbm', () => {
    assert.deepEqual(run('tls-session-cache-type', { main: 'smtp_tls_session_cache_database = lmdb:${data_directory}/smtp_scache\nsmtpd_tls_session_cache_database = btree:/x\n' }), []);
  });
});

describe('TLS079 tls-random-source', () => {
  test('a device without dev:, the blocking device, the default spelled out', () => {
    const bare = 'tls_random_source = /dev/urandom\n';
    const f1 = run('tls-random-source', { main: bare });
    expectFindings(f1, [at('main', bare, bare.trimEnd(), 'error', /without the dev: prefix/)]);
    assert.equal(applyFix({ main: bare }, f1[0]).main, 'tls_random_source = dev:/dev/urandom\n');
    const blocking = 'tls_random_source = dev:/dev/random\n';
    expectFindings(run('tls-random-source', { main: blocking }), [at('main', blocking, blocking.trimEnd(), 'warning', /can block/)]);
    const redundant = 'tls_random_source = dev:/dev/urandom\n';
    const f3 = run('tls-random-source', { main: redundant });
    expectFindings(f3, [at('main', redundant, redundant.trimEnd(), 'info', /is the default/)]);
    assert.deepEqual(f3[0].tags, ['unnecessary']);
    assert.equal(applyFix({ main: redundant }, f3[0]).main, '');
  });

  test('quiet for EGD sockets and other files', () => {
    assert.deepEqual(run('tls-random-source', { main: 'tls_random_source = egd:/var/run/egd-pool\n' }), []);
  });
});

describe('TLS080 tls-ssl-options-mask', () => {
  test('hex masks and NO_TICKET', () => {
    const main = 'tls_ssl_options = 0x40000000\ntls_disable_workarounds = 0xFFFFFFFF\n';
    expectFindings(run('tls-ssl-options-mask', { main }), [
      at('main', main, 'tls_ssl_options = 0x40000000', 'warning', /hexadecimal bit mask\. Postfix does not promise/),
      at('main', main, 'tls_disable_workarounds = 0xFFFFFFFF', 'warning', /with every bit set/),
    ]);
    const ticket = 'tls_ssl_options = NO_COMPRESSION, NO_TICKET\n';
    const found = run('tls-ssl-options-mask', { main: ticket });
    expectFindings(found, [at('main', ticket, ticket.trimEnd(), 'warning', /includes NO_TICKET/)]);
    assert.equal(applyFix({ main: ticket }, found[0]).main, 'tls_ssl_options = NO_COMPRESSION\n');
  });

  test('quiet for named options and before the parameter existed', () => {
    assert.deepEqual(run('tls-ssl-options-mask', { main: 'tls_ssl_options = NO_COMPRESSION, NO_RENEGOTIATION\n' }), []);
    assert.deepEqual(run('tls-ssl-options-mask', { main: 'tls_ssl_options = 0x40000000\n', version: '2.10' }), []);
  });
});

describe('TLS081 tls-config-file', () => {
  test('TLS in use on 3.9+ without tls_config_file: hint at the TLS line, fix adds none', () => {
    const main = 'smtpd_tls_security_level = may\n';
    const found = run('tls-config-file', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_security_level = may', 'hint', /tls_config_file is not set.*Postfix recommends tls_config_file = none/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'tls_config_file = none\n');
    const explicit = 'smtp_tls_security_level = may\ntls_config_file = default\n';
    const f2 = run('tls-config-file', { main: explicit, version: '3.7.6' });
    expectFindings(f2, [at('main', explicit, 'tls_config_file = default', 'hint')]);
    assert.equal(applyFix({ main: explicit }, f2[0]).main, 'smtp_tls_security_level = may\ntls_config_file = none\n');
  });

  test('quiet: none, before the parameter existed, no TLS', () => {
    assert.deepEqual(run('tls-config-file', { main: 'smtpd_tls_security_level = may\ntls_config_file = none\n' }), []);
    assert.deepEqual(run('tls-config-file', { main: 'smtpd_tls_security_level = may\n', version: '3.7.5' }), []);
    assert.deepEqual(run('tls-config-file', { main: 'myhostname = a.example\n', version: '3.10' }), []);
  });
});

describe('TLS090 tls-loglevel-debug', () => {
  test('4 is a warning, 2 is info; the fix sets 1 (safe)', () => {
    const main = 'smtpd_tls_loglevel = 4\nsmtp_tls_loglevel = 2\n';
    const found = run('tls-loglevel-debug', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_loglevel = 4', 'warning', /dumps whole sessions after STARTTLS/),
      at('main', main, 'smtp_tls_loglevel = 2', 'info', /makes the log much larger/),
    ]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_loglevel = 1\nsmtp_tls_loglevel = 2\n');
    assert.equal(fixed.safe, true);
    const master = 'smtp inet n - y - - smtpd\n  -o smtpd_tls_loglevel=ssl-expert\n';
    expectFindings(run('tls-loglevel-debug', { master }), [at('master', master, '-o smtpd_tls_loglevel=ssl-expert', 'warning', /dumps TLS handshakes/)]);
  });

  test('quiet for 0, 1 and routine', () => {
    assert.deepEqual(run('tls-loglevel-debug', { main: 'smtpd_tls_loglevel = 1\nsmtp_tls_loglevel = routine\nlmtp_tls_loglevel = 0\n' }), []);
  });
});

describe('TLS091 tls-received-header', () => {
  test('yes: a hint on the line that wins; no: quiet', () => {
    const main = 'smtpd_tls_received_header = yes\nsmtpd_tls_received_header = yes\n';
    expectFindings(run('tls-received-header', { main }), [at('main', main, 'smtpd_tls_received_header = yes', 'hint', /readers downstream cannot verify/, 1)]);
    assert.deepEqual(run('tls-received-header', { main: 'smtpd_tls_received_header = no\n' }), []);
  });
});

describe('an override that shadows main.cf', () => {
  test('points at the main.cf line it replaces', () => {
    const main = 'smtpd_tls_loglevel = 1\n';
    const master = 'smtp inet n - y - - smtpd\n  -o smtpd_tls_loglevel=4\n';
    const found = run('tls-loglevel-debug', { main, master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_loglevel=4', 'warning')]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_loglevel = 1'), message: 'main.cf sets smtpd_tls_loglevel = 1; the smtp service overrides it' }]);
  });
});
