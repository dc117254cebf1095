/**
 * The forward-secrecy change checked by the real postconf (Debian's 3.7): on the blog example
 * the 3.7 result is accepted with no new warning and `postconf -n` changes exactly in the
 * declared names; over the whole corpus (target 3.7) the same holds for every file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes } from '../../server/src/fixes/apply';
import { forwardSecrecyFix } from '../../server/src/fixes/forwardSecrecy';
import { loadModel } from '../../server/src/model/load';
import { oracleUnavailable, parameterRecord, pool } from '../helpers/oracle';
import { corpusGroups, ROOT } from '../helpers/paths';
import { compareFixed, oracleOfTexts } from './fixOracle';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP forward-secrecy postconf tests: ${skip}`);

async function check(texts: { main?: string; master?: string }): Promise<string[]> {
  const model = loadModel({ ...texts, version: '3.7' });
  const fix = forwardSecrecyFix(model);
  if (!fix) return [];
  const fixed = applyFixes(texts, [fix]);
  const [before, after] = await Promise.all([oracleOfTexts(texts), oracleOfTexts(fixed)]);
  const services = new Set(model.services.map((s) => `${s.name}/${s.type}`));
  return compareFixed(before, after, { names: new Set(fix.changes), services }, { main: texts.main !== undefined, master: texts.master !== undefined });
}

describe('forward secrecy checked by postconf 3.7', { skip }, () => {
  test('the blog example: accepted, exactly the recommended 3.7 settings, no new warning', async () => {
    const main = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
    const expected = readFileSync(join(ROOT, 'test/fixtures/forward-secrecy/example-3.7.main.cf'), 'utf8');
    const [before, after] = await Promise.all([oracleOfTexts({ main }), oracleOfTexts({ main: expected })]);
    assert.equal(after.sections['-n'].rc, 0);
    assert.deepEqual(await check({ main }), []);
    const b = parameterRecord(before.sections['-n'].stdout);
    const a = parameterRecord(after.sections['-n'].stdout);
    const changed = Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort().map((k) => [k, a[k] ?? null]));
    assert.deepEqual(changed, {
      smtp_tls_mandatory_protocols: '>=TLSv1.2',
      smtp_tls_session_cache_database: 'btree:${data_directory}/smtp_scache',
      smtpd_tls_eecdh_grade: null,
      smtpd_tls_mandatory_protocols: '>=TLSv1.2',
      tls_eecdh_strong_curve: null,
      tls_eecdh_ultra_curve: null,
    });
  });

  for (const { kind, files, group } of corpusGroups()) {
    test(`corpus ${group}: every file, target 3.7`, async () => {
      if (files.length === 0) throw new Error(`no corpus files found for ${kind}`);
      const results = await pool(files, 4, (f) => check({ [kind]: readFileSync(f, 'utf8') }));
      const changed = files.filter((f) => forwardSecrecyFix(loadModel({ [kind]: readFileSync(f, 'utf8'), version: '3.7' }))).length;
      console.log(`forward secrecy (${kind}): the change edits ${changed} of ${files.length} files`);
      assert.deepEqual(results.flatMap((r, i) => r.map((p) => `${files[i]}: ${p}`)), []);
    });
  }
});
