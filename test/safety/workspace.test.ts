/**
 * Safety of the language server and of the extension's settings:
 * - the server opens no network connection, starts no process and reads no file besides its
 *   own program, whatever the documents and settings say (untrusted workspace, `trusted: false`:
 *   never; trusted, or no trust information as from editors without that notion: only files
 *   the configuration names, read-only);
 * - `postfix.postconfPath` is machine-scoped, so a workspace's settings cannot point it at a
 *   program of the repository (VS Code ignores a machine-scoped setting in workspace settings).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { startServer } from '../helpers/lspClient';
import { ROOT } from '../helpers/paths';

interface Access {
  kind: 'file' | 'process' | 'network';
  what: string;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

async function accessesOf(initializationOptions: unknown, files: Record<string, string>): Promise<{ accesses: Access[]; named: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-safety-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const table = join(dir, 'access');
  for (const f of [cert, key, table]) writeFileSync(f, 'not really a certificate\n');
  const log = join(dir, 'spy.log');
  writeFileSync(log, '');
  const server = await startServer(initializationOptions, {}, {
    execArgv: ['--require', join(ROOT, 'out/test/safety/spy.js')],
    env: { ...process.env, POSTFIX_SPY_LOG: log },
  });
  // Skip what Node itself reads while starting: only what happens from here on counts.
  const startedAt = readFileSync(log, 'utf8').length;
  const uri = (name: string) => `file://${dir}/${name}`;
  const main = (files.main ?? '').replaceAll('@DIR@', dir);
  const master = (files.master ?? '').replaceAll('@DIR@', dir);
  server.open(uri('main.cf'), 'postfix-main', main);
  server.open(uri('master.cf'), 'postfix-master', master);
  await server.diagnostics(uri('main.cf'), 1);
  await server.diagnostics(uri('master.cf'), 1);
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('main.cf') } });
  await server.connection.sendRequest('workspace/executeCommand', { command: 'postfix.compareWithPostconf', arguments: [] }).catch(() => undefined);
  await server.close();
  const accesses = readFileSync(log, 'utf8')
    .slice(startedAt)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Access);
  return { accesses, named: [cert, key, table] };
}

const CONFIG = {
  main: 'smtpd_tls_cert_file = @DIR@/cert.pem\nsmtpd_tls_key_file = @DIR@/key.pem\nsmtpd_client_restrictions = check_client_access hash:@DIR@/access\nsmtpd_tls_dh1024_param_file = /etc/shadow\n',
  master: 'smtp inet n - n - - smtpd -o smtpd_tls_cert_file=@DIR@/cert.pem\n',
};

describe('language server: no network, no processes, no files outside the documents', () => {
  /** No network, no process, nothing written; files read only when the configuration names them. */
  const assertNamedReadsOnly = ({ accesses, named }: { accesses: Access[]; named: string[] }) => {
    assert.deepEqual(accesses.filter((a) => a.kind !== 'file'), []);
    const allowed = new Set([...named, '/etc/shadow']);
    const reads = accesses.map((a) => a.what.replace(/^\w+ /, ''));
    assert.deepEqual(reads.filter((p) => !allowed.has(p)), [], 'only paths named by the configuration are read');
    assert.ok(accesses.every((a) => !/^(writeFile|createWriteStream)/.test(a.what)), 'nothing is written');
  };
  test('untrusted workspace (trusted: false): nothing at all, even with postconfPath set', async () => {
    const { accesses } = await accessesOf({ trusted: false, settings: { postconfPath: '/bin/sh' } }, CONFIG);
    assert.deepEqual(accesses, []);
  });
  test('no trust information (another editor): trusted, so files the configuration names may be read', async () => {
    const result = await accessesOf(undefined, CONFIG);
    assertNamedReadsOnly(result);
    assert.ok(result.accesses.length > 0, 'without trust information the named certificate and key files are checked');
  });
  test('trusted workspace: no network, no process; files read only when the configuration names them', async () => {
    assertNamedReadsOnly(await accessesOf({ trusted: true }, CONFIG));
  });
});

describe('settings that run programs are machine-scoped', () => {
  const props = pkg.contributes.configuration.properties;
  test('postfix.postconfPath has scope "machine" (a workspace setting for it is ignored by VS Code)', () => {
    assert.equal(props['postfix.postconfPath'].scope, 'machine');
  });
  test('no other setting names a program or a path to run', () => {
    const runnable = Object.keys(props).filter((k) => /path|command|program|executable/i.test(k));
    assert.deepEqual(runnable, ['postfix.postconfPath']);
  });
  test('restricted mode: when the extension declares untrustedWorkspaces support, postconfPath is restricted', (t) => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    if (!untrusted) {
      t.diagnostic('package.json does not declare capabilities.untrustedWorkspaces yet (the editor branch adds it)');
      return;
    }
    assert.notEqual(untrusted.supported, true, 'restricted mode must limit the extension');
    assert.ok((untrusted.restrictedConfigurations ?? []).includes('postfix.postconfPath'));
  });
});
