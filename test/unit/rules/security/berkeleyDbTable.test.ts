import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { berkeleyDbTable } from '../../../../server/src/analysis/rules/security/berkeleyDbTable';
import { analyze } from '../../../../server/src/analysis/engine';
import { loadModel } from '../../../../server/src/model/load';
import { applyFix, expectFindings, run } from './helpers';

describe('berkeley-db-table (SEC100)', () => {
  test('hash: in main.cf (also across a continuation line) and btree: in a -o: hints, fix switches the type', () => {
    const input = {
      main: 'alias_maps = hash:/etc/aliases\nsmtpd_recipient_restrictions = permit_mynetworks,\n    check_recipient_access proxy:hash:/etc/postfix/rcpt\n',
      master: 'smtp inet n - n - - smtpd -o smtpd_tls_session_cache_database=btree:${data_directory}/smtpd_scache\n',
    };
    const got = run(berkeleyDbTable, input);
    expectFindings(input, got, [
      { file: 'main', text: 'hash:/etc/aliases', severity: 'hint' },
      { file: 'main', text: 'proxy:hash:/etc/postfix/rcpt', severity: 'hint' },
      { file: 'master', text: 'btree:${data_directory}/smtpd_scache', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[1]).main, input.main.replace('proxy:hash:', 'proxy:lmdb:'));
    assert.match(got[0].message, /and rebuild it with newaliases;/);
    assert.match(got[1].message, /and rebuild the table with postmap;/);
    assert.equal(got[1].fixes![0].title, 'Use lmdb: (then run postmap on the table)');
  });

  test('a table named in several places is switched in all of them (alias_maps and alias_database stay one file)', () => {
    const input = { main: 'alias_maps = hash:/etc/aliases\nalias_database = hash:/etc/aliases\nvirtual_alias_maps = hash:/etc/postfix/virtual\n' };
    const got = run(berkeleyDbTable, input);
    assert.equal(got.length, 3);
    assert.deepEqual(got.map((d) => d.fixes![0].title), [
      'Use lmdb: in both places that name it (then run newaliases)',
      'Use lmdb: in both places that name it (then run newaliases)',
      'Use lmdb: (then run postmap on the table)',
    ]);
    const fixed = applyFix(input, got[1]).main!;
    assert.equal(fixed, 'alias_maps = lmdb:/etc/aliases\nalias_database = lmdb:/etc/aliases\nvirtual_alias_maps = hash:/etc/postfix/virtual\n');
    const model = loadModel({ main: fixed });
    assert.deepEqual(analyze(model).diagnostics.filter((d) => d.code === 'alias-database-mismatch'), []);
    const three = { main: 'transport_maps = hash:/etc/postfix/t\nrelay_recipient_maps = hash:/etc/postfix/t\nvirtual_alias_maps = hash:/etc/postfix/t\n' };
    const found = run(berkeleyDbTable, three);
    assert.deepEqual(found.map((d) => d.fixes![0].title), Array(3).fill('Use lmdb: in all 3 places that name it (then run postmap on the table)'));
    assert.equal(applyFix(three, found[0]).main, three.main.replace(/hash:/g, 'lmdb:'));
  });

  test('a table named in n places makes its n edits once, not once per finding (n * n on a large file)', () => {
    const n = 400;
    const input = { main: Array.from({ length: n }, (_, i) => `p${i}_maps = hash:/etc/postfix/same\n`).join('') };
    const found = run(berkeleyDbTable, input);
    assert.equal(found.length, n);
    const edits = found[0].fixes![0].edits;
    assert.equal(edits.length, n);
    assert.ok(found.every((d) => d.fixes![0].edits === edits), 'every finding of the group shares one list of edits');
    assert.equal(found[n - 1].fixes![0].title, `Use lmdb: in all ${n} places that name it (then run postmap on the table)`);
    assert.equal(applyFix(input, found[n - 1]).main, input.main.replace(/hash:/g, 'lmdb:'));
  });

  test('a cache is written by Postfix itself: no postmap, no cdb; lmdb before 3.11, the build\'s cache type from 3.11', () => {
    const input = { main: 'smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\naddress_verify_map = hash:/var/lib/postfix/verify\n' };
    const old = run(berkeleyDbTable, { ...input, version: '3.10' });
    expectFindings(input, old, [
      { file: 'main', text: 'btree:${data_directory}/smtp_scache', severity: 'hint' },
      { file: 'main', text: 'hash:/var/lib/postfix/verify', severity: 'hint' },
    ]);
    assert.equal(
      old[0].message,
      'btree: needs Berkeley DB, which several distributions are removing; Postfix built without it cannot open the smtp_tls_session_cache_database cache ${data_directory}/smtp_scache ("unsupported dictionary type"). Use lmdb:. Postfix creates the cache itself (no postmap); cdb: cannot hold a cache.',
    );
    assert.equal(applyFix(input, old[0]).main, input.main.replace('btree:', 'lmdb:'));
    const now = run(berkeleyDbTable, input);
    assert.match(now[1].message, /cannot open the address_verify_map cache \/var\/lib\/postfix\/verify .*Use \$\{default_cache_db_type\}:, the build's own cache type\. Postfix creates the cache itself/);
    assert.equal(applyFix(input, now[1]).main, input.main.replace('hash:/var', '${default_cache_db_type}:/var'));
    assert.deepEqual(run(berkeleyDbTable, { main: applyFix(input, now[1]).main! }).length, 1);
  });
  test('no finding for lmdb:, cdb:, $default_database_type:', () => {
    assert.deepEqual(run(berkeleyDbTable, { main: 'alias_maps = lmdb:/etc/aliases\ntransport_maps = cdb:/etc/postfix/transport\nvirtual_alias_maps = $default_database_type:/etc/postfix/virtual\n' }), []);
  });
});
