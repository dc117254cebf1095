/**
 * Typing faster than the server analyses (a file of thousands of lines): the changes that
 * arrive during an analysis are not each analysed in turn. Only the newest version is, so its
 * diagnostics come one analysis after the typing stops, not one per keystroke. A change that
 * never applies holds nothing back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from '../helpers/lspClient';
import { generalRulesOnly } from '../helpers/rules';

const dir = 'file:///srv/bursts/postfix';

/** A main.cf whose analysis takes a while: thousands of settings, each a finding. */
function largeMain(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `p${i}_maps = hash:/etc/postfix/table${i}\n`).join('');
}

describe('bursts of edits during a long analysis', () => {
  let server: TestServer;
  before(async () => {
    // The general rules only: the TLS and security catalogue would add findings on every version.
    server = await startServer({ settings: { rules: generalRulesOnly() } }, {}, { published: 'all' });
  });
  after(async () => {
    await server.close();
  });

  test('only the newest version read is analysed and published', async () => {
    const uri = `${dir}/typing/main.cf`;
    server.open(uri, 'postfix-main', largeMain(6000));
    // Sent at once, while the server analyses the opened text: they wait in its queue.
    for (let version = 2; version <= 21; version++) {
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: version === 21 ? 'broken line\n' : '#' }],
      });
    }
    const last = await server.diagnostics(uri, 21, 60000);
    assert.deepEqual(
      last.diagnostics.filter((d) => d.code === 'syntax-error').map((d) => d.range.start.line),
      [0],
    );
    const versions = server.published().filter((p) => p.uri === uri).map((p) => p.version);
    // The opened version, or one read with it, may be analysed before the rest arrive; never one per edit.
    assert.ok(versions.length <= 2, `published versions ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], 21);
  });

  test('a change that never applies does not hold back the version before it', async () => {
    const uri = `${dir}/malformed/main.cf`;
    server.open(uri, 'postfix-main', 'myhostname = mail.example.com\n');
    await server.diagnostics(uri, 1);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'myhostname = mail.example.com\nbroken line\n' }] });
    // Read right after version 2, but the library cannot apply it (no list of changes).
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: null });
    const second = await server.diagnostics(uri, 2, 10000);
    assert.deepEqual(
      second.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['syntax-error', 1]],
    );
    // And the document goes on: the next change is analysed as usual.
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: 'myhostname = mail.example.com\n' }] });
    assert.deepEqual((await server.diagnostics(uri, 4)).diagnostics, []);
  });
});
