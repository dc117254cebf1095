/**
 * Differential test of `$name` expansion: for every corpus main.cf that postconf accepts, our
 * expanded value of each setting `postconf -n` prints equals what `postconf -nx` prints.
 *
 * Defaults that depend on the machine or the distribution's build (host name, networks,
 * paths; data/hostDefaults.ts lists them) come from this machine's `postconf -d`, so that the
 * comparison is exact. Values that depend on one of them after the configuration changed an
 * input (mynetworks after `mynetworks_style = host`) are unknown to us by design; they are
 * listed, not compared.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HOST_DEPENDENT_DEFAULTS } from '../../server/src/data/hostDefaults';
import { dumpMain } from '../../server/src/model/dump';
import { expandedValue, type HostDefaults } from '../../server/src/model/effective';
import { loadModel } from '../../server/src/model/load';
import { normalizeWhitespace } from '../../server/src/parser/lines';
import { oracleUnavailable, parameterRecord, pool, runOracle } from '../helpers/oracle';
import { corpusFiles, templatedCorpusFiles } from '../helpers/paths';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP expansion differential test: ${skip}`);

/** oracle.sh runs postconf -c on a temporary copy; that directory shows up in expanded paths. */
const ORACLE_DIR = /\/[^\s,]*\/pfx-oracle\.[A-Za-z0-9]+/g;
const PID = '@PID@';

function hostDefaults(): HostDefaults {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-d-'));
  writeFileSync(join(dir, 'main.cf'), '');
  writeFileSync(join(dir, 'master.cf'), '');
  const out = execFileSync('postconf', ['-c', dir, '-d'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` } });
  const all = parameterRecord(out.split('\n'));
  const host = new Map<string, string>();
  for (const name of Object.keys(HOST_DEPENDENT_DEFAULTS)) if (name in all) host.set(name, all[name]);
  host.set('config_directory', '@CONFIG_DIR@');
  // Each postconf run has its own process id.
  host.set('process_id', PID);
  return host;
}

function matches(ours: string, theirs: string | undefined): boolean {
  if (theirs === undefined) return false;
  if (!ours.includes(PID)) return ours === theirs;
  const pattern = ours.split(PID).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\d+');
  return new RegExp(`^${pattern}$`).test(theirs);
}

/** Our own cases for every expression form, with the whitespace and comparison details that matter. */
const FORMS = [
  'mydomain = example.com',
  'empty =',
  'myhostname = mail.$mydomain',
  'a1 = ${mydomain?{x ${empty:{inner $mydomain}} y}:{no}}',
  'a2 = ${empty?{yes}:{ no $(mydomain) }}',
  'a3 = ${{ $mydomain } == { example.com } ? { same } : { different }}',
  'a4 = ${{10}<={9}?{le}:{gt}}',
  'a5 = ${{3.10} <level {3.9} ? {older} : {newer}}',
  'a6 = ${{abc} < {abd} ? {lt} : {ge}}',
  'a7 = ${mydomain:fallback}${empty:fallback}',
  'a8 = $a1/$a7',
  'a9 = ${undefined_x?{set}:{unset}} $undefined_y',
  'b1 = ${{$compatibility_level} <level {3.6} ? {old} : {new}}',
  'b2 = ${{ x } != {x} ? {ne} : {eq}}',
  'b3 = ${{010} == {10} ? {numeq} : {numne}}',
  'b4 = ${{} < {0} ? {lt} : {ge}}',
  'b5 = $$mydomain ${mydomain?$$}',
  'b6 = ${mydomain? spaced value }',
  'b7 = ${empty?{a}:no braces $mydomain}',
  'b8 = ${{-1} < {2} ? {neg} : {nonneg}}',
  'b9 = x${mydomain?{ a }:{ b }}y${mydomain:{ c }}z${{1} == {1} ? {t}}',
  'smtpd_banner = $myhostname ESMTP $mail_name ($mail_version) $b6',
  'relay_domains = $a1, $a2, $a3, $a4, $a5, $a6, $a7, $a8, $a9, $b1, $b2, $b3, $b4, $b5, $b7, $b8, $b9',
  'proxy_interfaces = ${{$compatibility_level} <level {2} ? {$relay_domains} : {}}',
].join('\n');

describe('expansion agrees with postconf -nx 3.7', { skip }, () => {
  test('every expression form, nested, with whitespace inside braces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfx-forms-'));
    writeFileSync(join(dir, 'main.cf'), FORMS + '\n');
    const oracle = await runOracle(join(dir, 'main.cf'), undefined);
    assert.equal(oracle.sections['-nx'].rc, 0);
    const theirs = parameterRecord(oracle.sections['-nx'].stdout);
    const model = loadModel({ main: FORMS, version: '3.7' });
    const host = hostDefaults();
    const ours: Record<string, string> = {};
    for (const name of Object.keys(theirs)) ours[name] = normalizeWhitespace(expandedValue(model, name, undefined, host)!.value);
    assert.equal(Object.keys(theirs).length, 24);
    assert.deepEqual(ours, theirs);
  });

  test('every explicit setting of every corpus main.cf (the templated ones too)', async () => {
    const files = [...corpusFiles('main'), ...templatedCorpusFiles('main')];
    if (files.length === 0) throw new Error('no corpus main.cf files found');
    const host = hostDefaults();
    const oracles = await pool(files, 4, (f) => runOracle(f, undefined));
    const failures: string[] = [];
    const unknown: string[] = [];
    let compared = 0;
    files.forEach((file, i) => {
      const nx = oracles[i].sections['-nx'];
      if (!nx || nx.rc !== 0) return;
      const theirs = parameterRecord(nx.stdout.map((l) => l.replace(ORACLE_DIR, '@CONFIG_DIR@')));
      const model = loadModel({ main: readFileSync(file, 'utf8'), version: '3.7' });
      for (const name of Object.keys(dumpMain(model, file).parameters)) {
        // postconf -c replaces the file's own config_directory with the copy's directory.
        if (name === 'config_directory') continue;
        const result = expandedValue(model, name, undefined, host)!;
        if (result.unknownNames.length > 0) {
          unknown.push(`${file}: ${name} (depends on ${result.unknownNames.join(', ')})`);
          continue;
        }
        compared++;
        const ours = normalizeWhitespace(result.value);
        if (!matches(ours, theirs[name])) failures.push(`${file}: ${name}\n  ours:     ${ours}\n  postconf: ${theirs[name] ?? '(not printed)'}`);
      }
    });
    if (unknown.length) console.log(`# ${unknown.length} values depend on host settings the configuration changed:\n# ${unknown.join('\n# ')}`);
    assert.ok(compared > 1000, `only ${compared} values compared`);
    if (failures.length) throw new Error(`${failures.length} of ${compared} expanded values differ:\n${failures.join('\n')}`);
  });
});
