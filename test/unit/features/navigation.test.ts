/** Definition, references, rename, highlights, document links and inlay hints: exact ranges and edits. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver-types';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { documentLinks } from '../../../server/src/features/links';
import { definition, highlights, prepareRename, references, rename, RenameError } from '../../../server/src/features/navigation';
import { applyEdits } from '../../helpers/edits';
import { fixture, MAIN_URI, MASTER_URI, offsetOf } from '../../helpers/features';

const main = [
  'my_nets = 10.0.0.0/8',
  'mynetworks = 127.0.0.0/8 $my_nets',
  'smtpd_restriction_classes = mua',
  'mua = permit_sasl_authenticated, reject',
  'smtpd_recipient_restrictions = mua, ${my_nets?{reject}}',
  '',
].join('\n');
const master = [
  'submission inet n - n - - smtpd',
  '  -o smtpd_client_restrictions=mua,$my_nets',
  '  -o my_nets=192.168.0.0/16',
  '',
].join('\n');

const inMain = fixture({ main, master, file: 'main' });
const inMaster = fixture({ main, master, file: 'master' });
const short = (l: Location) => [l.uri === MAIN_URI ? 'main' : 'master', l.range.start.line, l.range.start.character, l.range.end.character];

describe('navigation', () => {
  test('definition: from a main.cf reference to the main.cf line, from an -o value to the same service first', () => {
    assert.deepEqual(definition(inMain.ctx, offsetOf(main, '$my_nets', 3)), {
      uri: MAIN_URI,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
    });
    assert.deepEqual(short(definition(inMaster.ctx, offsetOf(master, '$my_nets', 2))!), ['master', 2, 5, 12]);
    assert.deepEqual(short(definition(inMaster.ctx, offsetOf(master, 'mua,', 1))!), ['main', 3, 0, 3]);
    assert.equal(definition(inMain.ctx, offsetOf(main, '127.0')), null, 'no definition for a plain word');
  });

  test('references across both files, nested conditionals included', () => {
    const all = references(inMain.ctx, offsetOf(main, 'my_nets'), true).map(short);
    assert.deepEqual(all, [
      ['main', 0, 0, 7],
      ['main', 1, 26, 33],
      ['main', 4, 38, 45],
      ['master', 1, 36, 43],
      ['master', 2, 5, 12],
    ]);
    assert.deepEqual(references(inMain.ctx, offsetOf(main, 'my_nets'), false).map(short), [
      ['main', 1, 26, 33],
      ['main', 4, 38, 45],
      ['master', 1, 36, 43],
    ]);
    assert.deepEqual(references(inMain.ctx, offsetOf(main, 'mua ='), true).map(short), [
      ['main', 2, 28, 31],
      ['main', 3, 0, 3],
      ['main', 4, 31, 34],
      ['master', 1, 31, 34],
    ]);
  });

  test('highlights in the current file: the assignment written, the references read', () => {
    assert.deepEqual(
      highlights(inMain.ctx, offsetOf(main, '$my_nets', 2)).map((h) => [h.range.start.line, h.range.start.character, h.kind]),
      [
        [0, 0, 3],
        [1, 26, 2],
        [4, 38, 2],
      ],
    );
  });

  test('rename a user-defined parameter across both files', () => {
    const edit = rename(inMain.ctx, offsetOf(main, 'mua ='), 'submitters');
    const mainEdits = edit.changes![MAIN_URI].map((e) => ({ ...e, start: inMain.ctx.docs.main!.doc.offsetAt(e.range.start), end: inMain.ctx.docs.main!.doc.offsetAt(e.range.end) }));
    assert.equal(
      applyEdits(main, mainEdits),
      main.replace('classes = mua', 'classes = submitters').replace('mua = permit', 'submitters = permit').replace('restrictions = mua,', 'restrictions = submitters,'),
    );
    assert.deepEqual(edit.changes![MASTER_URI].map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[1, 31, 'submitters']]);
    assert.deepEqual(prepareRename(inMaster.ctx, offsetOf(master, '$my_nets', 3)), {
      range: { start: { line: 1, character: 36 }, end: { line: 1, character: 43 } },
      placeholder: 'my_nets',
    });
  });

  test('rename refuses Postfix parameters, unusable names and merges', () => {
    assert.throws(() => prepareRename(inMain.ctx, offsetOf(main, 'mynetworks')), new RenameError('mynetworks is a Postfix parameter; only names of your own can be renamed.'));
    assert.throws(() => rename(inMain.ctx, 0, 'my-nets'), /cannot be used in \$name references/);
    assert.throws(() => rename(inMain.ctx, 0, 'mua'), /mua is already a parameter/);
    assert.throws(() => rename(inMain.ctx, 0, 'relayhost'), /relayhost is already a parameter/);
  });
});

describe('document links', () => {
  test('file-backed tables and certificate files, expanded and resolved against config_directory', () => {
    const text = [
      'config_directory = /srv/pf',
      'alias_maps = hash:/etc/aliases, proxy:hash:$config_directory/virtual, ldap:/etc/postfix/ldap.cf, ldap:legacy, unix:passwd.byname',
      'smtpd_tls_chain_files = /etc/ssl/key.pem, certs/chain.pem',
      'smtpd_sasl_path = private/auth',
      'header_checks = pcre:${config_directory}/header_checks',
      'virtual_alias_maps = unionmap:{hash:/a, texthash:/b}, inline:{a=b}',
      'transport_maps = hash:$undefined_dir/transport',
      'smtp_tls_session_cache_database = btree:/var/lib/postfix/smtp_scache',
      '',
    ].join('\n');
    const f = fixture({ main: text, file: 'main' });
    assert.deepEqual(
      documentLinks(f.ctx).map((l) => [l.range.start.line, l.range.start.character, l.range.end.character, l.target]),
      [
        [1, 18, 30, 'file:///etc/aliases'],
        [1, 43, 68, 'file:///srv/pf/virtual'],
        [1, 75, 95, 'file:///etc/postfix/ldap.cf'],
        [2, 24, 40, 'file:///etc/ssl/key.pem'],
        [2, 42, 57, 'file:///srv/pf/certs/chain.pem'],
        [4, 21, 54, 'file:///srv/pf/header_checks'],
        [5, 36, 38, 'file:///a'],
        [5, 49, 51, 'file:///b'],
        // Not the cache: Postfix writes it, there is no text file to open.
      ],
    );
  });

  test('master.cf -o values, expanded in the service', () => {
    const f = fixture({ master: 'smtp inet n - n - - smtpd\n  -o smtpd_tls_cert_file=$config_directory/cert.pem\n  -o syslog_name=postfix/x\n', file: 'master' });
    assert.deepEqual(documentLinks(f.ctx).map((l) => [l.range.start.line, l.range.start.character, l.target]), [[1, 25, 'file:///etc/postfix/cert.pem']]);
  });
});

describe('inlay hints', () => {
  const text = 'my_nets = 10.0.0.0/8\nmynetworks = 127.0.0.0/8 $my_nets\nrelayhost =\nsmtpd_tls_security_level = may\n';
  test('off unless enabled', () => {
    assert.deepEqual(inlayHints(fixture({ main: text, file: 'main' }).ctx, { start: 0, end: text.length }, false), []);
  });

  test('the expanded value after references, "default" after a default value, within the range', () => {
    const f = fixture({ main: text, file: 'main' });
    assert.deepEqual(
      inlayHints(f.ctx, { start: 0, end: text.length }, true).map((h) => [h.position.line, h.position.character, h.label]),
      [
        [1, 33, '→ 127.0.0.0/8 10.0.0.0/8'],
        [2, 11, 'default'],
      ],
    );
    assert.deepEqual(inlayHints(f.ctx, { start: text.indexOf('relayhost'), end: text.length }, true).map((h) => h.label), ['default']);
  });

  test('master.cf -o values expand in their service', () => {
    const f = fixture({ main: 'x = 1\n', master, file: 'master' });
    assert.deepEqual(
      inlayHints(f.ctx, { start: 0, end: master.length }, true).map((h) => [h.position.line, h.position.character, h.label]),
      [[1, 43, '→ mua,192.168.0.0/16']],
    );
  });
});
