/**
 * The server's per-document state: one model per main.cf and master.cf pair, one analysis per
 * model and settings, diagnostics positioned through the editor's open documents, and what
 * was last sent to the client.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis/engine';
import type { Diagnostic, FileKind } from '../../server/src/analysis/types';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/settings';
import { analysisOf, MAX_KEPT_FINDINGS } from '../../server/src/workspace/analysis';
import { diagnose } from '../../server/src/workspace/diagnose';
import { SentState } from '../../server/src/workspace/sent';
import { DocumentStore } from '../../server/src/workspace/store';
import { corpusFiles, ROOT } from '../helpers/paths';

const MAIN = 'file:///etc/postfix/main.cf';
const MASTER = 'file:///etc/postfix/master.cf';

/** The conversion written the plain way, as the specification of the one-pass conversion. */
function plainConversion(diagnostics: Diagnostic[], file: FileKind, docs: Partial<Record<FileKind, TextDocument>>): LspDiagnostic[] {
  const range = (doc: TextDocument, s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const severity = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
  return diagnostics
    .filter((d) => d.file === file)
    .map((d) => {
      const out: LspDiagnostic = { range: range(docs[file]!, d), severity: severity[d.severity], code: d.code, source: 'postfix', message: d.message };
      const related = (d.related ?? []).flatMap((r) => (docs[r.file] ? [{ location: { uri: docs[r.file]!.uri, range: range(docs[r.file]!, r) }, message: r.message }] : []));
      if (related.length) out.relatedInformation = related;
      const tags = (d.tags ?? []).map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
      if (tags.length) out.tags = tags;
      return out;
    });
}

describe('server workspace state', () => {
  test('LSP diagnostics of the corpus equal the plain conversion, key order included', () => {
    const mains = corpusFiles('main');
    const masters = corpusFiles('master');
    assert.ok(mains.length > 0 && masters.length > 0, 'the corpus is there');
    let compared = 0;
    for (let i = 0; i < Math.max(mains.length, masters.length); i++) {
      const store = new DocumentStore();
      // CRLF and lone CR line ends too: positions follow the editor's idea of lines.
      const variant = (t: string) => (i % 3 === 1 ? t.replace(/\n/g, '\r\n') : i % 3 === 2 ? t.replace(/\n/g, '\r') : t);
      const texts = { main: variant(readFileSync(mains[i % mains.length], 'utf8')), master: variant(readFileSync(masters[i % masters.length], 'utf8')) };
      store.update(MAIN, 1, texts.main, 'postfix-main');
      store.update(MASTER, 1, texts.master, 'postfix-master');
      const docs = { main: TextDocument.create(MAIN, 'postfix-main', 1, texts.main), master: TextDocument.create(MASTER, 'postfix-master', 1, texts.master) };
      const { diagnostics } = analyze(store.model(MAIN, '')!);
      for (const kind of ['main', 'master'] as const) {
        const fast = toLspDiagnostics(diagnostics, kind, { main: { doc: docs.main, uri: MAIN }, master: { doc: docs.master, uri: MASTER } });
        assert.equal(JSON.stringify(fast), JSON.stringify(plainConversion(diagnostics, kind, docs)));
        assert.ok(fast.every((d) => d.data === undefined), 'no rule data goes to the client');
        compared += fast.length;
      }
    }
    assert.ok(compared > 1000, `${compared} diagnostics compared`);
  });

  test('diagnose positions through an open document only when it holds the stored version', () => {
    const store = new DocumentStore();
    const text = 'a = 1\r\nmyhostname = x\rfoo = $bar\n';
    store.update(MAIN, 3, text, 'postfix-main');
    const expected = diagnose(store, MAIN, DEFAULT_SETTINGS);
    const same = TextDocument.create(MAIN, 'postfix-main', 3, text);
    assert.deepEqual(diagnose(store, MAIN, DEFAULT_SETTINGS, undefined, () => same), expected);
    // An open document that has moved on (its publish is still pending) must not position the old findings.
    const newer = TextDocument.create(MAIN, 'postfix-main', 4, '\n\n\n' + text);
    assert.deepEqual(diagnose(store, MAIN, DEFAULT_SETTINGS, undefined, () => newer), expected);
    assert.ok(expected.byUri[0].diagnostics.some((d) => d.range.start.line === 2), 'the lone CR ends a line for the editor');
  });

  test('main.cf and master.cf share one model, rebuilt for a new version and dropped with a closed document', () => {
    const store = new DocumentStore();
    store.update(MAIN, 1, 'myhostname = a.example\n', 'postfix-main');
    const alone = store.model(MAIN, '')!;
    assert.equal(alone.master, undefined);
    store.update(MASTER, 1, 'smtp inet n - n - - smtpd\n', 'postfix-master');
    const pair = store.model(MAIN, '')!;
    assert.notEqual(pair, alone);
    assert.equal(store.model(MASTER, ''), pair, 'one model for both documents');
    assert.equal(store.model(MAIN, ''), pair, 'reused while nothing changed');
    assert.notEqual(store.model(MAIN, '3.7'), pair, 'another target release is another model');
    store.update(MAIN, 2, 'myhostname = b.example\n', 'postfix-main');
    const edited = store.model(MASTER, '')!;
    assert.equal(edited.main?.text, 'myhostname = b.example\n');
    store.update(MAIN, 2, 'myhostname = c.example\n', 'postfix-main');
    assert.equal(store.model(MASTER, '')!.main?.text, 'myhostname = c.example\n', 'new text under the same version number');
    store.remove(MASTER);
    const after = store.model(MAIN, '')!;
    assert.equal(after.master, undefined, 'the closed master.cf is gone from the model');
  });

  test('one analysis per model and settings, bounded in size', () => {
    const store = new DocumentStore();
    store.update(MAIN, 1, 'myhostname = a.example\nfoo = 1\n', 'postfix-main');
    const model = store.model(MAIN, '')!;
    const unkept = analysisOf(model, DEFAULT_SETTINGS, undefined, false);
    assert.deepEqual(unkept, analyze(model));
    assert.notEqual(analysisOf(model, DEFAULT_SETTINGS, undefined, false), unkept, 'not kept unless asked');
    const first = analysisOf(model, DEFAULT_SETTINGS, undefined, true);
    assert.equal(analysisOf(model, DEFAULT_SETTINGS, undefined, false), first, 'kept, then reused by any caller');
    assert.deepEqual(first, analyze(model));
    const quiet = normalizeSettings({ rules: { 'unknown-parameter': 'off' } });
    assert.notEqual(analysisOf(model, quiet, undefined, true), first, 'new settings, new analysis');
    assert.ok(!analysisOf(model, quiet, undefined, true).diagnostics.some((d) => d.code === 'unknown-parameter'));
    const many = Array.from({ length: MAX_KEPT_FINDINGS + 1 }, (_, i) => `myhostname = host${i}.example`).join('\n');
    store.update(MAIN, 2, many, 'postfix-main');
    const big = store.model(MAIN, '')!;
    assert.ok(analyze(big).diagnostics.length > MAX_KEPT_FINDINGS, 'a finding per duplicate');
    assert.notEqual(analysisOf(big, DEFAULT_SETTINGS, undefined, true), analysisOf(big, DEFAULT_SETTINGS, undefined, true), 'too many findings to keep');
  });

  test('sent state: unchanged diagnostics of a version and unchanged tokens are recognised', () => {
    const sent = new SentState();
    const d: LspDiagnostic[] = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'm', data: { a: [1] } }];
    assert.equal(sent.diagnosticsChanged(MASTER, 1, d, true), true, 'never sent');
    assert.equal(sent.diagnosticsChanged(MASTER, 1, structuredClone(d), true), false, 'equal content');
    assert.equal(sent.diagnosticsChanged(MASTER, 2, structuredClone(d), true), true, 'another version');
    assert.equal(sent.diagnosticsChanged(MASTER, 2, [{ ...d[0], data: { a: [2] } }], true), true, 'other data');
    assert.equal(sent.diagnosticsChanged(MASTER, 2, [{ ...d[0], data: { a: [2] } }], false), true, 'without a partner: always sent');
    assert.equal(sent.diagnosticsChanged(MASTER, 2, [{ ...d[0], data: { a: [2] } }], true), true, 'and nothing kept');
    assert.equal(sent.hasTokens(MASTER), false);
    assert.equal(sent.tokensChanged(MASTER, [0, 0, 3, 0, 1]), true);
    sent.tokensSent(MASTER, [0, 0, 3, 0, 1]);
    assert.equal(sent.tokensChanged(MASTER, [0, 0, 3, 0, 1]), false);
    assert.equal(sent.tokensChanged(MASTER, [0, 0, 3, 0, 3]), true);
    sent.forget(MASTER);
    assert.equal(sent.hasTokens(MASTER), false);
    sent.diagnosticsChanged(MASTER, 2, d, true);
    sent.forget(MASTER);
    assert.equal(sent.diagnosticsChanged(MASTER, 2, d, true), true, 'forgotten');
  });

  test('random edit sequences: the server state after each edit gives what a fresh start gives', () => {
    const start = { main: readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'), master: readFileSync(join(ROOT, 'examples/master.cf'), 'utf8') };
    const edit = fc.record({
      file: fc.constantFrom('main', 'master'),
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.array(fc.constantFrom('\n', '\r\n', '\r', ' ', '  ', '#', '=', '$', '{', '}', ',', 'smtpd_', 'tls_', 'x', 'myhostname = a', '-o '), { maxLength: 4 }).map((a) => a.join('')),
      version: fc.constantFrom('', '', '', '3.7'),
      whole: fc.boolean(),
      // False: the edit's own publish is still pending while the partner is analysed.
      publish: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const store = new DocumentStore();
        const uris = { main: MAIN, master: MASTER };
        const open = { main: TextDocument.create(MAIN, 'postfix-main', 1, start.main), master: TextDocument.create(MASTER, 'postfix-master', 1, start.master) };
        for (const kind of ['main', 'master'] as const) store.update(uris[kind], 1, start[kind], `postfix-${kind}`);
        const lookup = (uri: string) => (uri === MAIN ? open.main : uri === MASTER ? open.master : undefined);
        for (const e of edits) {
          const doc = open[e.file as 'main' | 'master'];
          const text = doc.getText();
          const from = text.length ? e.at % (text.length + 1) : 0;
          const range = { start: doc.positionAt(from), end: doc.positionAt(Math.min(text.length, from + e.remove)) };
          const change = e.whole ? { text: text.slice(0, from) + e.insert + text.slice(from) } : { range, text: e.insert };
          TextDocument.update(doc, [change], doc.version + 1);
          const uri = uris[e.file as 'main' | 'master'];
          if (!e.publish) continue;
          store.update(uri, doc.version, doc.getText(), `postfix-${e.file}`);
          const settings = e.version ? normalizeSettings({ version: e.version }) : DEFAULT_SETTINGS;
          const served = diagnose(store, uri, settings, undefined, lookup, e.at % 2 === 0);
          const fresh = new DocumentStore();
          for (const kind of ['main', 'master'] as const) {
            const stored = store.get(uris[kind])!;
            fresh.update(stored.uri, stored.version, stored.text, `postfix-${kind}`);
          }
          assert.deepEqual(served, diagnose(fresh, uri, settings));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40), seed: Number(process.env.FUZZ_SEED) || 20240607 },
    );
  });
});
