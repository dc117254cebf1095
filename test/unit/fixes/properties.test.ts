/**
 * Properties of every fix on generated configurations (fast-check): edits stay inside the
 * document and never overlap, inserted text keeps the file's line ending, comment lines
 * survive, the forward-secrecy change and fix-all are idempotent and never break a line.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/engine';
import type { Fix } from '../../../server/src/analysis/types';
import { applyFixes, invalidFix, type Texts } from '../../../server/src/fixes/apply';
import { fixAll } from '../../../server/src/fixes/fixAll';
import { forwardSecrecyFix } from '../../../server/src/fixes/forwardSecrecy';
import { loadModel } from '../../../server/src/model/load';

const MAIN_LINES = [
  'smtpd_tls_cert_file = /etc/postfix/cert.pem',
  'smtpd_tls_chain_files = /etc/postfix/chain.pem',
  'smtpd_tls_security_level = may',
  'smtpd_tls_security_level = none',
  'smtpd_tls_security_level =',
  'smtp_tls_security_level = may',
  'smtp_tls_security_level = dane',
  'smtpd_use_tls = yes',
  'smtpd_enforce_tls = yes',
  'smtp_use_tls = yes',
  'smtpd_tls_eecdh_grade = none',
  'smtpd_tls_eecdh_grade = ultra',
  'tls_eecdh_strong_curve = prime256v1',
  'smtpd_tls_dh1024_param_file = /etc/postfix/dh1024.pem',
  'smtpd_tls_dh512_param_file = /etc/postfix/dh512.pem',
  'smtpd_tls_ciphers = export',
  'smtp_tls_mandatory_ciphers = low',
  'smtpd_tls_protocols = !SSLv2, !SSLv3',
  'smtpd_tls_mandatory_protocols = >=TLSv1.2',
  'smtpd_tls_mandatory_protocols = !SSLv2',
  'smtp_tls_mandatory_protocols = TLSv1.2',
  'smtpd_tls_exclude_ciphers = aNULL, kEECDH, RC4',
  'smtp_tls_exclude_ciphers = kEDH',
  'smtpd_tls_mandatory_exclude_ciphers = aNULL,',
  '  kEECDH, DHE,',
  '  RC4',
  'tls_eecdh_auto_curves = secp384r1',
  'tls_eecdh_auto_curves =',
  'tls_ffdhe_auto_groups =',
  'tls_low_cipherlist = ALL',
  'smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache',
  'inet_interfaces = loopback-only',
  'config_directory = /usr/local/etc/postfix',
  'myhostname = mx.example.com',
  'compatibility_level = 3.11',
  '# a comment',
  '#smtpd_tls_security_level = encrypt',
  '',
  '   ',
  '  continued text',
];

const MASTER_LINES = [
  'smtp      inet  n       -       n       -       -       smtpd',
  'smtp      inet  n       -       n       -       1       postscreen',
  'smtpd     pass  -       -       n       -       -       smtpd',
  'submission inet n       -       n       -       -       smtpd',
  'smtps     inet  n       -       n       -       -       smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_eecdh_grade=none',
  '127.0.0.1:10025 inet n  -       n       -       -       smtpd',
  '  -o smtpd_tls_security_level=none',
  '  -o smtpd_tls_security_level=encrypt',
  '  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3',
  '  -o smtpd_tls_ciphers=low',
  '  -o { smtpd_tls_exclude_ciphers = aNULL, kEECDH }',
  '  -o smtpd_tls_dh1024_param_file=${config_directory}/dh.pem',
  '  -o smtpd_tls_eecdh_grade=ultra',
  '# comment',
  '',
];

const VERSIONS = ['2.2', '2.6', '2.7', '2.11.5', '2.11', '3.1', '3.4', '3.6', '3.7', '3.8', '3.10', '3.11'];

const file = (pool: string[]) =>
  fc.record({ lines: fc.array(fc.constantFrom(...pool), { maxLength: 14 }), crlf: fc.boolean(), finalBreak: fc.boolean() }).map(({ lines, crlf, finalBreak }) => {
    const eol = crlf ? '\r\n' : '\n';
    return lines.join(eol) + (finalBreak && lines.length > 0 ? eol : '');
  });

const config = fc.record({
  main: fc.option(file(MAIN_LINES), { nil: undefined }),
  master: fc.option(file(MASTER_LINES), { nil: undefined }),
  version: fc.constantFrom(...VERSIONS),
});

/** Line breaks of a text: CRLF and bare LF counted apart. */
function breaks(text: string): { crlf: number; lf: number } {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return { crlf, lf: (text.match(/\n/g) ?? []).length - crlf };
}

function commentLines(text: string | undefined): string[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#')).sort();
}

function assertFixShape(fix: Fix, texts: Texts, label: string): void {
  assert.equal(invalidFix(fix, texts), undefined, `${label}: ${fix.title}`);
  for (const e of fix.edits) {
    const eol = /\r\n/.test(texts[e.file]!.slice(0, texts[e.file]!.indexOf('\n') + 1)) ? 'crlf' : 'lf';
    const b = breaks(e.newText);
    if (eol === 'crlf') assert.equal(b.lf, 0, `${label}: ${fix.title} inserts a bare LF into a CRLF file`);
    else assert.equal(b.crlf, 0, `${label}: ${fix.title} inserts CRLF into an LF file`);
  }
}

/** Every comment line of `before` is still in `after`. */
function assertCommentsKept(before: string | undefined, after: string | undefined, label: string): void {
  const left = [...commentLines(after)];
  for (const c of commentLines(before)) {
    const i = left.indexOf(c);
    assert.ok(i >= 0, `${label}: comment "${c}" lost`);
    left.splice(i, 1);
  }
}

const structural = (texts: Texts, version: string) =>
  analyze(loadModel({ ...texts, version }), { rules: {} }).diagnostics.filter((d) => ['syntax-error', 'leading-whitespace', 'master-field', 'master-syntax', 'unindented-continuation'].includes(d.code)).length;

describe('fix properties on generated configurations', () => {
  test('every fix of every finding: inside the document, no overlap, the file\'s line ending', () => {
    fc.assert(
      fc.property(config, ({ main, master, version }) => {
        const texts = { main, master };
        const { diagnostics } = analyze(loadModel({ ...texts, version }), { rules: {} });
        for (const d of diagnostics) for (const f of d.fixes ?? []) assertFixShape(f, texts, `${d.code} on ${version}`);
      }),
      { numRuns: 300 },
    );
  });

  test('forward secrecy: applied once, nothing left to do; comments and line endings kept; no line broken', () => {
    fc.assert(
      fc.property(config, ({ main, master, version }) => {
        const texts = { main, master };
        const fix = forwardSecrecyFix(loadModel({ ...texts, version }));
        if (!fix) return;
        assertFixShape(fix, texts, version);
        const out = applyFixes(texts, [fix]);
        assert.equal(forwardSecrecyFix(loadModel({ ...out, version })), undefined, `second run on ${version}:\n${JSON.stringify(out)}`);
        for (const f of ['main', 'master'] as const) {
          assertCommentsKept(texts[f], out[f], `${f} ${version}`);
          if (texts[f] && breaks(texts[f]!).lf === 0 && breaks(texts[f]!).crlf > 0) assert.equal(breaks(out[f]!).lf, 0, 'CRLF file keeps CRLF');
          if (texts[f] && breaks(texts[f]!).crlf === 0) assert.equal(breaks(out[f]!).crlf, 0, 'LF file keeps LF');
        }
        assert.ok(structural(out, version) <= structural(texts, version), 'no new syntax problem');
      }),
      { numRuns: 300 },
    );
  });

  test('fix-all: stable, and a second run changes nothing', () => {
    fc.assert(
      fc.property(config, ({ main, master, version }) => {
        const once = fixAll({ main, master, version });
        assert.equal(once.unstable, false);
        const twice = fixAll({ ...once.texts, version });
        assert.deepEqual(twice.texts, once.texts);
        assert.deepEqual(twice.applied, []);
        assertCommentsKept(main, once.texts.main, version);
        assertCommentsKept(master, once.texts.master, version);
      }),
      { numRuns: 200 },
    );
  });
});
