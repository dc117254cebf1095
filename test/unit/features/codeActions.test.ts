/**
 * Code actions as pure functions: quick fixes of the findings in range, "Suppress RULE-ID for
 * this line", source.fixAll.postfix, WorkspaceEdits over both files, and the command's edit.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic as LspDiagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis/engine';
import type { FileKind } from '../../../server/src/analysis/types';
import { codeActions, FIX_ALL_KIND, kindRequested, type ActionDoc } from '../../../server/src/features/codeActions';
import { suppressionFix } from '../../../server/src/features/suppress';
import { applyToText } from '../../../server/src/fixes/apply';
import { forwardSecrecyFix } from '../../../server/src/fixes/forwardSecrecy';
import { loadModel } from '../../../server/src/model/load';
import { parseMainCf } from '../../../server/src/parser/mainCf';
import { parseMasterCf } from '../../../server/src/parser/masterCf';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { onlyRules } from '../../helpers/rules';
import { forwardSecrecyCommand } from '../../../server/src/workspace/actions';
import { DocumentStore } from '../../../server/src/workspace/store';

const MAIN_URI = 'file:///etc/postfix/main.cf';
const MASTER_URI = 'file:///etc/postfix/master.cf';

function docsOf(texts: { main?: string; master?: string }): Partial<Record<FileKind, ActionDoc>> {
  const docs: Partial<Record<FileKind, ActionDoc>> = {};
  if (texts.main !== undefined) docs.main = { uri: MAIN_URI, version: 3, text: texts.main, parsed: parseMainCf(texts.main) };
  if (texts.master !== undefined) docs.master = { uri: MASTER_URI, version: 7, text: texts.master, parsed: parseMasterCf(texts.master) };
  return docs;
}

function actionsAt(texts: { main?: string; master?: string }, file: FileKind, line: number, only?: string[], version = '3.4'): CodeAction[] {
  const model = loadModel({ ...texts, version });
  return codeActions({
    file,
    docs: docsOf(texts),
    // The whole line, as a selection of it would be.
    range: { start: { line, character: 0 }, end: { line, character: 1000 } },
    context: { diagnostics: [], only },
    diagnostics: analyze(model, { rules: onlyRules('tls-forward-secrecy') }).diagnostics,
    version,
    settings: { rules: onlyRules('tls-forward-secrecy') },
    documentChanges: true,
  });
}

/** Applies a WorkspaceEdit with documentChanges to the texts, as an editor would. */
function applyWorkspaceEdit(texts: { main?: string; master?: string }, edit: WorkspaceEdit): { main?: string; master?: string } {
  const out = { ...texts };
  for (const change of edit.documentChanges as TextDocumentEdit[]) {
    const file: FileKind = change.textDocument.uri === MAIN_URI ? 'main' : 'master';
    assert.equal(change.textDocument.version, file === 'main' ? 3 : 7);
    const td = TextDocument.create(change.textDocument.uri, 'postfix', 0, out[file]!);
    out[file] = TextDocument.applyEdits(td, change.edits as TextEdit[]);
  }
  return out;
}

const CERT = 'smtpd_tls_cert_file = /etc/postfix/cert.pem\n';
const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_eecdh_grade = none\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\nsmtp_tls_session_cache_database = btree:x\n`;

describe('quick fixes', () => {
  test('the targeted fix (preferred), the whole forward-secrecy change, and the suppression, for the finding on the line', () => {
    const actions = actionsAt({ main }, 'main', 3);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, (a.diagnostics ?? []).map((d) => d.code)]),
      [
        ['Remove smtpd_tls_eecdh_grade', 'quickfix', true, ['tls-forward-secrecy']],
        ['Insert forward-secrecy settings for Postfix 3.4', 'quickfix', false, ['tls-forward-secrecy']],
        ['Suppress tls-forward-secrecy for this line', 'quickfix', false, ['tls-forward-secrecy']],
        ['Fix all auto-fixable Postfix problems', FIX_ALL_KIND, false, []],
      ],
    );
    assert.equal(applyWorkspaceEdit({ main }, actions[0].edit!).main, main.replace('smtpd_tls_eecdh_grade = none\n', ''));
    assert.equal(
      applyWorkspaceEdit({ main }, actions[2].edit!).main,
      main.replace('smtpd_tls_eecdh_grade = none\n', '# postfix-lint: disable-next-line tls-forward-secrecy\nsmtpd_tls_eecdh_grade = none\n'),
    );
  });

  test('nothing on a line without findings; only the kinds asked for', () => {
    assert.deepEqual(actionsAt({ main }, 'main', 1), []);
    assert.deepEqual(actionsAt({ main }, 'main', 3, ['source.organizeImports']), []);
    assert.deepEqual(actionsAt({ main }, 'main', 3, ['quickfix']).map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix']);
  });

  test('the context diagnostic is the one the client sent when code and range match', () => {
    const model = loadModel({ main, version: '3.4' });
    const diagnostics = analyze(model, { rules: onlyRules('tls-forward-secrecy') }).diagnostics;
    const sent = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 28 } }, code: 'tls-forward-secrecy', message: 'as shown', source: 'postfix' };
    const actions = codeActions({ file: 'main', docs: docsOf({ main }), range: sent.range, context: { diagnostics: [sent] }, diagnostics, version: '3.4', settings: { rules: onlyRules('tls-forward-secrecy') }, documentChanges: true });
    assert.equal(actions[0].diagnostics![0], sent);
  });

  test('malformed client diagnostics (no range, null) are passed over: the actions come with the server\'s own', () => {
    const model = loadModel({ main, version: '3.4' });
    const diagnostics = analyze(model, { rules: onlyRules('tls-forward-secrecy') }).diagnostics;
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 28 } };
    const junk = [null, { code: 'tls-forward-secrecy', message: 'no range' }, { range: { start: range.start }, code: 'tls-forward-secrecy' }] as unknown as LspDiagnostic[];
    const actions = codeActions({ file: 'main', docs: docsOf({ main }), range, context: { diagnostics: junk }, diagnostics, version: '3.4', settings: { rules: onlyRules('tls-forward-secrecy') }, documentChanges: true });
    assert.ok(actions.length > 0);
    assert.deepEqual(actions[0].diagnostics![0].range, range);
    assert.equal(actions[0].diagnostics![0].code, 'tls-forward-secrecy');
  });

  test('a fix over main.cf and master.cf is one WorkspaceEdit with a versioned edit per file', () => {
    const texts = { main, master: 'smtp inet n - n - - smtpd\n  -o smtpd_tls_eecdh_grade=none\n' };
    const whole = actionsAt(texts, 'master', 1).find((a) => a.title.startsWith('Insert forward-secrecy'))!;
    const edits = whole.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(edits.map((e) => [e.textDocument.uri, e.textDocument.version]), [
      [MAIN_URI, 3],
      [MASTER_URI, 7],
    ]);
    const out = applyWorkspaceEdit(texts, whole.edit!);
    assert.equal(out.master, 'smtp inet n - n - - smtpd\n');
    assert.equal(out.main, main.replace('smtpd_tls_eecdh_grade = none\n', ''));
  });

  test('clients without documentChanges get the changes map', () => {
    const model = loadModel({ main, version: '3.4' });
    const [first] = codeActions({
      file: 'main',
      docs: docsOf({ main }),
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } },
      context: { diagnostics: [] },
      diagnostics: analyze(model, { rules: onlyRules('tls-forward-secrecy') }).diagnostics,
      version: '3.4',
      settings: { rules: onlyRules('tls-forward-secrecy') },
      documentChanges: false,
    });
    assert.deepEqual(first.edit, { changes: { [MAIN_URI]: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, newText: '' }] } });
  });
});

describe('source.fixAll.postfix', () => {
  test('applies every safe fix at once, as line edits; asked for explicitly or through "source"', () => {
    const text = `${main}smtp_tls_ciphers = low\nsmtp_tls_exclude_ciphers = kEDH, RC4\n`;
    for (const only of [[FIX_ALL_KIND], ['source.fixAll'], ['source']]) {
      const actions = actionsAt({ main: text }, 'main', 0, only);
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable Postfix problems', FIX_ALL_KIND]]);
      assert.equal(
        applyWorkspaceEdit({ main: text }, actions[0].edit!).main,
        `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\nsmtp_tls_session_cache_database = btree:x\nsmtp_tls_ciphers = medium\nsmtp_tls_exclude_ciphers = RC4\n`,
      );
    }
  });

  test('no action when nothing is safely fixable', () => {
    assert.deepEqual(actionsAt({ main: 'myhostname = mx.example.com\n' }, 'main', 0, [FIX_ALL_KIND]), []);
  });

  test('kind matching', () => {
    assert.equal(kindRequested(undefined, 'quickfix'), true);
    assert.equal(kindRequested(['source'], FIX_ALL_KIND), true);
    assert.equal(kindRequested(['source.fixAll.eslint'], FIX_ALL_KIND), false);
    assert.equal(kindRequested(['quickfix'], FIX_ALL_KIND), false);
  });
});

describe('suppression comments', () => {
  const apply = (text: string, fix: ReturnType<typeof suppressionFix>) => applyToText(text, fix!.edits);

  test('main.cf, a finding on a continuation line: above the first line, CRLF kept', () => {
    const text = 'a = 1\r\nsmtpd_tls_exclude_ciphers = aNULL,\r\n  kEECDH\r\n';
    const doc = parseMainCf(text);
    assert.equal(apply(text, suppressionFix('main', doc, 'tls-forward-secrecy', text.indexOf('kEECDH'))), 'a = 1\r\n# postfix-lint: disable-next-line tls-forward-secrecy\r\nsmtpd_tls_exclude_ciphers = aNULL,\r\n  kEECDH\r\n');
  });

  test('master.cf, a finding on an -o line: above the service entry', () => {
    const text = 'pickup unix n - y 60 1 pickup\nsmtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\n';
    const doc = parseMasterCf(text);
    assert.equal(
      apply(text, suppressionFix('master', doc, 'tls-forward-secrecy', text.indexOf('-o'))),
      'pickup unix n - y 60 1 pickup\n# postfix-lint: disable-next-line tls-forward-secrecy\nsmtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\n',
    );
  });

  test('an indented line keeps its indentation; an existing comment above gets the id added', () => {
    const orphan = '  stray = 1\n';
    assert.equal(apply(orphan, suppressionFix('main', parseMainCf(orphan), 'leading-whitespace', 2)), '  # postfix-lint: disable-next-line leading-whitespace\n  stray = 1\n');
    const text = '# postfix-lint: disable-next-line syntax-error  \nsmtpd_tls_eecdh_grade = none\n';
    assert.equal(apply(text, suppressionFix('main', parseMainCf(text), 'tls-forward-secrecy', 50)), '# postfix-lint: disable-next-line syntax-error, tls-forward-secrecy  \nsmtpd_tls_eecdh_grade = none\n');
    const reasoned = '# postfix-lint: disable-next-line syntax-error -- why\nsmtpd_tls_eecdh_grade = none\n';
    assert.equal(apply(reasoned, suppressionFix('main', parseMainCf(reasoned), 'tls-forward-secrecy', 55)), '# postfix-lint: disable-next-line syntax-error, tls-forward-secrecy -- why\nsmtpd_tls_eecdh_grade = none\n', 'before the reason');
    const all = '# postfix-lint: disable-next-line\nx = 1\n';
    assert.equal(suppressionFix('main', parseMainCf(all), 'tls-forward-secrecy', 35), undefined, 'already silenced');
  });

  test('the inserted comment really silences the finding', () => {
    const text = `${main}`;
    const [d] = analyze(loadModel({ main: text, version: '3.4' }), { rules: onlyRules('tls-forward-secrecy') }).diagnostics.filter((x) => text.slice(x.start, x.end).startsWith('smtpd_tls_eecdh_grade'));
    const silenced = apply(text, suppressionFix('main', parseMainCf(text), d.code, d.start));
    const after = analyze(loadModel({ main: silenced, version: '3.4' }), { rules: onlyRules('tls-forward-secrecy') }).diagnostics;
    assert.equal(after.some((x) => silenced.slice(x.start, x.end).startsWith('smtpd_tls_eecdh_grade')), false);
  });
});

describe('the forward-secrecy command', () => {
  test('gives the same edit as the quick fix of the diagnostic, for the main.cf and its open master.cf', () => {
    const store = new DocumentStore();
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_eecdh_grade=none\n';
    store.update(MAIN_URI, 3, main, 'postfix-main');
    store.update(MASTER_URI, 7, master, 'postfix-master');
    const settings = { ...DEFAULT_SETTINGS, version: '3.4' };
    const outcome = forwardSecrecyCommand(store, MAIN_URI, settings, true);
    const quick = actionsAt({ main, master }, 'main', 3).find((a) => a.title.startsWith('Insert forward-secrecy'))!;
    assert.equal(outcome.title, 'Insert forward-secrecy settings for Postfix 3.4');
    assert.deepEqual(outcome.edit, quick.edit);
    const fix = forwardSecrecyFix(loadModel({ main, master, version: '3.4' }))!;
    assert.equal(applyWorkspaceEdit({ main, master }, outcome.edit!).main, applyToText(main, fix.edits.filter((e) => e.file === 'main')));
  });

  test('a master.cf, or a main.cf with nothing to change, gets a message and no edit', () => {
    const store = new DocumentStore();
    store.update(MASTER_URI, 1, 'smtp inet n - n - - smtpd\n', 'postfix-master');
    assert.deepEqual(forwardSecrecyCommand(store, MASTER_URI, DEFAULT_SETTINGS, true), {
      title: 'Insert forward-secrecy settings',
      message: 'Insert forward-secrecy settings works on a main.cf; open the main.cf of this directory.',
    });
    const done = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_session_cache_database = btree:x\n`;
    store.update(MAIN_URI, 1, done, 'postfix-main');
    assert.deepEqual(forwardSecrecyCommand(store, MAIN_URI, { ...DEFAULT_SETTINGS, version: '3.7' }, true), {
      title: 'Insert forward-secrecy settings',
      message: 'main.cf already has the forward-secrecy settings recommended for Postfix 3.7.',
    });
  });
});
