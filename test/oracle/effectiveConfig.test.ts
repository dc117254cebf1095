/**
 * "Show effective configuration" against the real postconf, through the same code the VS Code
 * client runs for "Compare with local postconf" (client/src/postconf.ts): identical documents
 * for a sample, and on every corpus file identical -n/-P sections, with every -nx/-Px
 * difference explained by a value Postfix computes on the host.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { findPostconf, postconfSections, withoutConfigDirectory } from '../../client/src/postconf';
import { effectiveSections } from '../../server/src/features/effectiveConfig';
import { formatSections, type SectionKey } from '../../server/src/features/effectiveFormat';
import { loadModel } from '../../server/src/model/load';
import { oracleUnavailable, pool } from '../helpers/oracle';
import { corpusGroups } from '../helpers/paths';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP effective configuration against postconf: ${skip}`);

const ALL: SectionKey[] = ['n', 'nx', 'P', 'Px'];

function ours(files: { main?: string; master?: string }, keys: SectionKey[]) {
  // The oracle is Debian's 3.7; an empty file stands for an absent one, as in the copy postconf reads.
  const model = loadModel({ main: files.main ?? '', master: files.master ?? '', version: '3.7' });
  const { sections, unexpanded } = effectiveSections(model, keys);
  return { text: withoutConfigDirectory(formatSections(sections)), unexpanded };
}

async function postconf(): Promise<string> {
  const p = await findPostconf('');
  assert.ok(p, 'postconf is found on PATH or in /usr/sbin');
  return p;
}

const MAIN = [
  'myhostname = mail.example.com',
  'mydomain = example.com',
  'relayhost =',
  'my_custom = x',
  'smtpd_banner = $myhostname   ESMTP $my_custom $mail_name',
  'mynetworks = 127.0.0.0/8,',
  '   # a comment inside the value',
  '   [::1]/128',
  'unused_thing = 1',
  'process_name = x',
  'smtpd_reject_footer = $client_address',
  'mydestination = $myhostname, localhost.${mydomain?{$mydomain}:{nowhere}}, ${empty:fallback}',
  'myorigin = ${{$compatibility_level} <level {3.6} ? {$mydomain} : {$myhostname}}',
  'compatibility_level = 3.6',
  'smtpd_client_event_limit_exceptions = ${smtpd_client_connection_limit_exceptions:$mynetworks}',
  'undefined_ref = $nowhere_defined',
  'alias_maps = hash:/etc/aliases',
  '',
].join('\n');
const MASTER = [
  'smtp inet n - y - - smtpd',
  'submission inet n - y - - smtpd',
  '  -o syslog_name=postfix/$service_name',
  '  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }',
  '  -o smtpd_tls_security_level=encrypt',
  'relay unix - - n - - smtp -o smtp_helo_name=$myhostname -o x=$process_name',
  'smtp inet n - y - - smtpd -o a=b',
  '',
].join('\n');

describe('effective configuration agrees with postconf 3.7', { skip }, () => {
  test('a sample with every expansion form: the same document, section by section', async () => {
    const theirs = await postconfSections(await postconf(), { main: MAIN, master: MASTER }, ALL, '/etc/postfix');
    const mine = ours({ main: MAIN, master: MASTER }, ALL);
    assert.deepEqual(mine.unexpanded, []);
    assert.equal(mine.text, theirs.text);
    assert.deepEqual(theirs.warnings.sort(), [
      'postconf: warning: /etc/postfix/main.cf: read-only parameter assignment: process_name=x',
      'postconf: warning: /etc/postfix/main.cf: undefined parameter: empty',
      'postconf: warning: /etc/postfix/main.cf: undefined parameter: nowhere_defined',
      'postconf: warning: /etc/postfix/main.cf: unused parameter: undefined_ref=$nowhere_defined',
      'postconf: warning: /etc/postfix/main.cf: unused parameter: unused_thing=1',
      'postconf: warning: /etc/postfix/master.cf: unused parameter: a=b',
      'postconf: warning: /etc/postfix/master.cf: unused parameter: x=$process_name',
    ]);
  });

  test('an error in either file: postconf refuses -n and -P alike, and so do we', async () => {
    const bin = await postconf();
    const theirs = await postconfSections(bin, { main: 'broken\n' }, ['n'], '/etc/postfix');
    assert.equal(
      theirs.text,
      "# main.cf: explicit settings (postconf -n)\n#   postconf exited with status 1:\n#   postconf: fatal: /etc/postfix/main.cf, line 1: missing '=' after attribute name: \"broken\"\n",
    );
    assert.match(ours({ main: 'broken\n' }, ['n']).text, /postconf stops with an error/);
    const badMaster = { main: 'myhostname = x\n', master: 'bad tcp n - n - - smtp -o x=1\n' };
    const both = await postconfSections(bin, badMaster, ['n', 'P'], '/etc/postfix');
    assert.equal(both.text.split('\n').filter((l) => l.includes('postconf exited with status 1')).length, 2);
    assert.equal(ours(badMaster, ['n', 'P']).text.split('\n').filter((l) => l.includes('postconf stops with an error')).length, 2);
  });

  for (const { kind, files, group } of corpusGroups()) {
    test(`corpus ${group}: -n and -P identical, every -nx/-Px difference a host-dependent value`, async () => {
      assert.ok(files.length > 0);
      const bin = await postconf();
      const keys: SectionKey[] = kind === 'main' ? ['n', 'nx'] : ['P', 'Px'];
      const problems: string[] = [];
      await pool(files, 2, async (file) => {
        const input = { [kind]: readFileSync(file, 'utf8') };
        const theirs = (await postconfSections(bin, input, keys)).text.split('\n');
        const mine = ours(input, keys);
        const lines = mine.text.split('\n');
        const refused = lines.some((l) => l.includes('postconf stops with an error'));
        if (refused || theirs.some((l) => l.includes('postconf exited with status'))) {
          if (!refused || !theirs.some((l) => l.includes('postconf exited with status'))) problems.push(`${basename(file)}: only one side refuses`);
          return;
        }
        if (lines.length !== theirs.length) return problems.push(`${basename(file)}: ${lines.length} lines, postconf ${theirs.length}`);
        const expandedFrom = lines.indexOf(`# ${kind === 'main' ? 'main.cf: explicit settings, expanded' : 'master.cf: -o settings per service, expanded'} (postconf -${keys[1]})`);
        lines.forEach((l, i) => {
          if (l === theirs[i]) return;
          const explained = i > expandedFrom && mine.unexpanded.some((n) => l.includes(`$${n}`));
          if (!explained) problems.push(`${basename(file)}:\n  ours:     ${l}\n  postconf: ${theirs[i]}`);
        });
      });
      assert.deepEqual(problems, []);
    });
  }

  test('findPostconf: the configured path only when it is executable, else PATH, else a well-known place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfx-find-'));
    const fake = join(dir, 'postconf');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o644);
    assert.equal(await findPostconf(fake), undefined);
    assert.equal(await findPostconf(join(dir, 'missing')), undefined);
    chmodSync(fake, 0o755);
    assert.equal(await findPostconf(fake), fake);
    assert.equal(await findPostconf('', dir), fake);
    const wellKnown = ['/usr/sbin/postconf', '/usr/local/sbin/postconf', '/sbin/postconf'].find((p) => existsSync(p));
    assert.equal(await findPostconf('', '/nonexistent'), wellKnown);
  });
});
