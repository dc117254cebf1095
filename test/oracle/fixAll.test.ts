/**
 * Fix-all verified by the real postconf, over every corpus file and the blog example (target
 * 3.7, Debian's postconf): the fixed file is accepted when the original was, `postconf -n`,
 * `-M` and `-P` change only where the applied fixes say they do, no new warning appears, and
 * a second fix-all changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { fixAll, type FixAllResult } from '../../server/src/fixes/fixAll';
import { oracleUnavailable, pool, type OracleResult } from '../helpers/oracle';
import { corpusGroups, ROOT } from '../helpers/paths';
import { compareFixed, oracleOfTexts } from './fixOracle';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP fix-all postconf tests: ${skip}`);

const VERSION = '3.7';

interface Case {
  label: string;
  texts: { main?: string; master?: string };
}

async function verify(c: Case): Promise<{ problems: string[]; result: FixAllResult; after?: OracleResult }> {
  const result = fixAll({ ...c.texts, version: VERSION, describeEffects: true });
  const problems: string[] = [];
  if (result.unstable) problems.push(`fix-all did not settle after ${result.rounds} rounds`);
  const again = fixAll({ ...result.texts, version: VERSION });
  if (again.applied.length > 0) problems.push(`a second fix-all still applies: ${again.applied.map((a) => `${a.rule}: ${a.title}`).join('; ')}`);
  const changed = result.texts.main !== c.texts.main || result.texts.master !== c.texts.master;
  if (!changed) return { problems, result };
  let [before, after] = await Promise.all([oracleOfTexts(c.texts), oracleOfTexts(result.texts)]);
  const allowed = { names: new Set(result.applied.flatMap((a) => a.names)), services: new Set(result.applied.flatMap((a) => a.services)) };
  const kinds = { main: c.texts.main !== undefined, master: c.texts.master !== undefined };
  if (kinds.main && kinds.master && before.sections['-M'].rc !== 0) {
    // postconf refuses the original pair because of its master.cf, so the pair gives no baseline:
    // main.cf is judged against main.cf alone, and the fixed master.cf must simply be accepted.
    before = await oracleOfTexts({ main: c.texts.main });
    kinds.master = false;
    if (after.sections['-M'].rc !== 0) problems.push(`postconf -M still fails: ${after.sections['-M'].stderr.join(' | ')}`);
  }
  problems.push(...compareFixed(before, after, allowed, kinds));
  return { problems, result, after };
}

describe('fix-all checked by postconf 3.7', { skip }, () => {
  for (const { kind, files, group } of corpusGroups()) {
    test(`corpus ${group}: every file`, async () => {
      if (files.length === 0) throw new Error(`no corpus files found for ${kind}`);
      const outcomes = await pool(files, 4, (f) => verify({ label: f, texts: { [kind]: readFileSync(f, 'utf8') } }));
      const failures = outcomes.flatMap((o, i) => o.problems.map((p) => `${files[i]}: ${p}`));
      const fixedFiles = outcomes.filter((o) => o.result.applied.length > 0).length;
      console.log(`fix-all (${kind}): changed ${fixedFiles} of ${files.length} files (${outcomes.reduce((n, o) => n + o.result.applied.length, 0)} fixes)`);
      assert.deepEqual(failures, []);
    });
  }

  test('hand-written configurations with safe fixes: verified the same way', async () => {
    const cases: Case[] = [
      {
        label: 'weak grades, excluded key exchanges, a curve list without X25519',
        texts: {
          main: 'smtpd_tls_cert_file = /etc/postfix/cert.pem\nsmtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_ciphers = low\nsmtp_tls_ciphers = export\nsmtpd_tls_exclude_ciphers = aNULL, kEECDH,\n# why\n  kEDH, RC4\ntls_eecdh_auto_curves = secp384r1 secp521r1\n',
        },
      },
      { label: 'master.cf -o settings', texts: { master: 'smtp inet n - n - - smtpd\n  -o smtpd_tls_ciphers=export\n  -o { smtpd_tls_exclude_ciphers = aNULL, EECDH }\n' } },
    ];
    for (const c of cases) {
      const { problems, result } = await verify(c);
      assert.deepEqual(problems, [], c.label);
      assert.ok(result.applied.length > 0, `${c.label}: something was fixed`);
    }
  });

  test('the check itself: an undeclared change and a new warning are caught', async () => {
    const before = await oracleOfTexts({ main: 'a_b = 1\nmyhostname = mx.example.com\n' });
    const after = await oracleOfTexts({ main: 'a_b = 1\nmyhostname = other.example.com\nsmtpd_tls_eecdh_grade = none\n' });
    assert.deepEqual(compareFixed(before, after, { names: new Set(['smtpd_tls_eecdh_grade']), services: new Set() }, { main: true, master: false }), [
      'postconf -n differs in parameters no fix declared: myhostname',
    ]);
    const warned = await oracleOfTexts({ main: 'a_b = 1\nmyhostname = mx.example.com\nmyhostname = mx2.example.com\n' });
    assert.deepEqual(compareFixed(before, warned, { names: new Set(['myhostname']), services: new Set() }, { main: true, master: false }), [
      'new postconf warnings: postconf: warning: main.cf: overriding earlier entry: myhostname=mx.example.com',
    ]);
  });

  const example = { main: readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'), master: readFileSync(join(ROOT, 'examples/master.cf'), 'utf8') };

  test('the blog example: changes only what the fixes declare, no new warning, stable', async () => {
    const { problems } = await verify({ label: 'example', texts: example });
    assert.deepEqual(problems, []);
  });

  // postconf rejects the example master.cf (typographic dashes, non-breaking spaces, unindented
  // -o lines). The fixes for those come with the rules non-ascii-character and
  // unindented-continuation (branch diagnostics); until they are registered this is a TODO,
  // reported as such, and it becomes a hard requirement as soon as they are.
  const needed = ['non-ascii-character', 'unindented-continuation'];
  const missing = needed.filter((id) => !RULES.some((r) => r.id === id));
  const todo = missing.length > 0 ? `needs the fixes of ${missing.join(' and ')}` : undefined;
  test('the blog example: postconf accepts both files after fix-all', { todo }, async () => {
    const result = fixAll({ ...example, version: VERSION });
    const after = await oracleOfTexts(result.texts);
    for (const section of ['-n', '-M', '-P']) assert.equal(after.sections[section].rc, 0, `${section}: ${after.sections[section].stderr.join(' | ')}`);
  });
});
