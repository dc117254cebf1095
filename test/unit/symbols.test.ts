import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { categoryOf, mainSymbols } from '../../server/src/features/symbols';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { corpusFiles } from '../helpers/paths';

function outline(text: string): DocumentSymbol[] {
  return mainSymbols(TextDocument.create('file:///main.cf', 'postfix-main', 1, text), parseMainCf(text));
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

describe('outline of main.cf', () => {
  test('every category', () => {
    const examples: Record<string, string[]> = {
      Postscreen: ['postscreen_dnsbl_sites', 'postscreen_tls_security_level', 'dnsblog_reply_delay'],
      'TLS server': ['smtpd_tls_cert_file', 'smtpd_use_tls', 'smtpd_starttls_timeout'],
      'TLS client': ['smtp_tls_security_level', 'lmtp_tls_CAfile', 'smtp_enforce_tls'],
      'TLS (shared)': ['tls_high_cipherlist', 'tlsproxy_service_name', 'tlsmgr_service_name', 'openssl_path'],
      SASL: ['smtpd_sasl_auth_enable', 'smtp_sasl_password_maps', 'broken_sasl_auth_clients', 'cyrus_sasl_config_path'],
      Restrictions: ['smtpd_recipient_restrictions', 'smtpd_relay_restrictions', 'smtpd_restriction_classes'],
      Milters: ['smtpd_milters', 'non_smtpd_milters', 'milter_default_action'],
      'Network and addressing': ['myhostname', 'mydomain', 'mynetworks', 'inet_interfaces', 'inet_protocols', 'masquerade_domains', 'smtp_bind_address'],
      'Delivery and transport': ['relayhost', 'transport_maps', 'alias_maps', 'virtual_mailbox_domains', 'smtp_helo_name', 'relay_destination_concurrency_limit', 'mailbox_size_limit'],
      'SMTP server': ['smtpd_banner', 'smtpd_helo_required'],
      Other: ['compatibility_level', 'biff', 'my_own_name'],
    };
    for (const [label, names] of Object.entries(examples)) for (const n of names) assert.equal(categoryOf(n), label, n);
  });

  test('runs of one category are groups spanning their settings; comments do not break a run; a lone setting stays on top', () => {
    const text = 'smtpd_tls_cert_file = /c\n# key\nsmtpd_tls_key_file = /k\nmyhostname = m\nsmtp_tls_security_level = may\n  # continued\nsmtp_tls_loglevel = 1\n';
    const symbols = outline(text);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.detail, s.range, s.selectionRange, s.children?.map((c) => c.name)]),
      [
        ['TLS server', 3, '2 settings', { start: { line: 0, character: 0 }, end: { line: 2, character: 23 } }, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } }, ['smtpd_tls_cert_file', 'smtpd_tls_key_file']],
        ['myhostname', 7, 'm', { start: { line: 3, character: 0 }, end: { line: 3, character: 14 } }, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } }, undefined],
        ['TLS client', 3, '2 settings', { start: { line: 4, character: 0 }, end: { line: 6, character: 21 } }, { start: { line: 4, character: 0 }, end: { line: 4, character: 23 } }, ['smtp_tls_security_level', 'smtp_tls_loglevel']],
      ],
    );
    assert.deepEqual(outline(''), []);
  });

  test('on every corpus file: groups never overlap, hold their settings, and list every setting once in order', () => {
    const files = corpusFiles('main');
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const symbols = outline(text);
      const flat = symbols.flatMap((s) => s.children ?? [s]);
      assert.deepEqual(flat.map((s) => s.name), parseMainCf(text).parameters.map((p) => p.name), file);
      for (let i = 0; i < symbols.length; i++) {
        const s = symbols[i];
        assert.ok(within(s.selectionRange, s.range), file);
        for (const c of s.children ?? []) assert.ok(within(c.range, s.range), `${file}: ${c.name} in ${s.name}`);
        if (i > 0) assert.ok(before(symbols[i - 1].range.end, s.range.start), `${file}: ${symbols[i - 1].name} overlaps ${s.name}`);
      }
    }
  });
});
