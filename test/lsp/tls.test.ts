/**
 * TLS diagnostics through the real language server: the blog example's findings with tags and
 * related information, the host role from the settings, and file checks only in a trusted
 * workspace (initializationOptions.trusted).
 */
import assert from 'node:assert/strict';
import { getDiffieHellman } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol';
import { messageOf, startServer, type TestServer } from '../helpers/lspClient';
import { ROOT } from '../helpers/paths';

/** A PEM DH PARAMETERS block holding the 1024-bit MODP group 2 prime (generator 2). */
function dh1024Pem(): string {
  const p = getDiffieHellman('modp2').getPrime();
  const int = Buffer.concat([Buffer.from([0x02, 0x81, p.length + 1, 0x00]), p]);
  const g = Buffer.from([0x02, 0x01, 0x02]);
  const body = Buffer.concat([int, g]);
  const der = Buffer.concat([Buffer.from([0x30, 0x81, body.length]), body]);
  return `-----BEGIN DH PARAMETERS-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END DH PARAMETERS-----\n`;
}

describe('TLS diagnostics over stdio', () => {
  let dir: string;
  let dhMain: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'postfix-lsp-tls-'));
    const dh = join(dir, 'dh1024.pem');
    writeFileSync(dh, dh1024Pem());
    dhMain = `smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\nsmtpd_tls_dh1024_param_file = ${dh}\n`;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('untrusted workspace (initializationOptions.trusted: false)', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ trusted: false });
    });
    after(async () => {
      await server.close();
    });

    test('blog example main.cf: TLS codes, tags and related information', async () => {
      const uri = 'file:///srv/blog/postfix/main.cf';
      const text = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
      server.open(uri, 'postfix-main', text);
      const { diagnostics } = await server.diagnostics(uri, 1);
      const tls = diagnostics.filter((d) => String(d.code).startsWith('tls-'));
      assert.deepEqual(
        tls.map((d) => [d.code, d.range.start.line]),
        [
          ['tls-opportunistic-protocols-floor', 2],
          ['tls-config-file', 2],
          ['tls-eecdh-grade', 3],
          ['tls-legacy-cert-files', 7],
          ['tls-server-session-cache', 11],
          ['tls-ask-ccert-mx', 13],
          ['tls-received-header', 14],
          ['tls-random-source', 15],
          ['tls-opportunistic-protocols-floor', 17],
          ['tls-client-session-cache', 17],
        ],
      );
      const grade = tls.find((d) => d.code === 'tls-eecdh-grade')!;
      assert.equal(grade.severity, DiagnosticSeverity.Information);
      assert.deepEqual(grade.tags, [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated]);
      assert.deepEqual(grade.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 29 } });
      assert.match(messageOf(grade), /ignored since Postfix 3\.6/);
      const legacy = tls.find((d) => d.code === 'tls-legacy-cert-files')!;
      assert.deepEqual(legacy.relatedInformation, [
        { location: { uri, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 50 } } }, message: 'the matching key file' },
      ]);
    });

    test('no file checks: the 1024-bit DH file is not read', async () => {
      const uri = `file://${dir}/untrusted/main.cf`;
      server.open(uri, 'postfix-main', dhMain);
      const { diagnostics } = await server.diagnostics(uri, 1);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'tls-dh-params-small'), []);
      assert.ok(diagnostics.some((d) => d.code === 'tls-dh-params-custom'), 'the other rules still run');
    });
  });

  describe('trusted workspace, public MX', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ trusted: true, settings: { hostRole: 'internet-mx' } });
    });
    after(async () => {
      await server.close();
    });

    test('the DH file is read and its 1024-bit prime reported', async () => {
      const uri = `file://${dir}/trusted/main.cf`;
      server.open(uri, 'postfix-main', dhMain);
      const { diagnostics } = await server.diagnostics(uri, 1);
      const small = diagnostics.filter((d) => d.code === 'tls-dh-params-small');
      assert.equal(small.length, 1);
      assert.equal(small[0].severity, DiagnosticSeverity.Error);
      assert.deepEqual(small[0].range.start, { line: 2, character: 0 });
      assert.match(messageOf(small[0]), /whose DH prime has only 1024 bits/);
    });

    test('a file the configuration names that changes on disk is read again without an edit', async () => {
      const dh = join(dir, 'changing-dh.pem');
      writeFileSync(dh, dh1024Pem());
      const uri = `file://${dir}/changing/main.cf`;
      server.open(uri, 'postfix-main', `smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\nsmtpd_tls_dh1024_param_file = ${dh}\n`);
      const small = (p: { diagnostics: { code?: number | string }[] }) => p.diagnostics.filter((d) => d.code === 'tls-dh-params-small').length;
      assert.equal(small(await server.diagnostics(uri, 1)), 1);
      let next = server.nextDiagnostics(uri);
      rmSync(dh);
      const gone = await next;
      assert.deepEqual([gone.version, small(gone)], [1, 0], 'the same version, published again without the finding');
      next = server.nextDiagnostics(uri);
      writeFileSync(dh, dh1024Pem());
      assert.equal(small(await next), 1, 'and back when the file is');
    });

    test('the host role raises mandatory TLS on port 25 to an error', async () => {
      const uri = 'file:///srv/mx/postfix/main.cf';
      server.open(uri, 'postfix-main', 'smtpd_tls_security_level = encrypt\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\n');
      const { diagnostics } = await server.diagnostics(uri, 1);
      const mx = diagnostics.find((d) => d.code === 'tls-mx-requires-tls');
      assert.equal(mx?.severity, DiagnosticSeverity.Error);
    });
  });
  describe('trusted workspace, postfix.fileRoot', () => {
    let server: TestServer;
    let root: string;
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\nsmtpd_tls_dh1024_param_file = /etc/postfix/dh1024.pem\n';
    const small = (p: { diagnostics: { code?: number | string }[] }) => p.diagnostics.filter((d) => d.code === 'tls-dh-params-small').length;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'postfix-lsp-root-'));
      mkdirSync(join(root, 'etc', 'postfix'), { recursive: true });
      writeFileSync(join(root, 'etc', 'postfix', 'dh1024.pem'), dh1024Pem());
      server = await startServer({ trusted: true, settings: { fileRoot: root } });
    });
    after(async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    });

    test('files are read under the root; none reads nothing; a relative root without a workspace folder reads nothing and says why', async () => {
      const uri = 'file:///srv/repo/etc/postfix/main.cf';
      server.open(uri, 'postfix-main', main);
      assert.equal(small(await server.diagnostics(uri, 1)), 1, '/etc/postfix/dh1024.pem read as ROOT/etc/postfix/dh1024.pem');
      let next = server.nextDiagnostics(uri);
      server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { fileRoot: 'none' } } });
      assert.equal(small(await next), 0);
      next = server.nextDiagnostics(uri);
      server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { fileRoot: root } } });
      assert.equal(small(await next), 1);
      next = server.nextDiagnostics(uri);
      server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { fileRoot: 'etc-tree' } } });
      assert.equal(small(await next), 0);
      assert.match(await server.logMessage(/fileRoot/), /postfix\.fileRoot 'etc-tree' is relative, and there is no workspace folder to resolve it against: no file is read/);
      // A rule id that names no rule is said once, and the rules that exist still apply.
      next = server.nextDiagnostics(uri);
      server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { rules: { 'tls-dh-params-customm': 'off', 'tls-dh-params-custom': 'off' } } } });
      assert.equal((await next).diagnostics.filter((d) => d.code === 'tls-dh-params-custom').length, 0);
      assert.equal(await server.logMessage(/postfix\.rules/), 'postfix.rules names no rule tls-dh-params-customm: ignored (postfix-lint --list-rules lists them)');
    });
  });
});
