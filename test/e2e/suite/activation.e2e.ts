/** The packaged extension activates on the Postfix files and gives them the right languages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFile, waitForDiagnostics } from './editor';

const repoPackage = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { version: string };

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('activation', () => {
  it('the extension under test is the installed .vsix, not the source tree', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(basename(ext.extensionPath), `${EXTENSION_ID}-${repoPackage.version}`);
    assert.equal(ext.packageJSON.version, repoPackage.version);
    assert.equal(await exists(vscode.Uri.joinPath(ext.extensionUri, 'dist/server.js')), true, 'the bundled server is packaged');
    assert.equal(await exists(vscode.Uri.joinPath(ext.extensionUri, 'server/src')), false, 'sources are not packaged');
  });

  it('opening main.cf and master.cf activates it with the languages postfix-main and postfix-master', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(ext.isActive, false, 'nothing activates the extension before a Postfix file is opened');
    const main = await openFile('main.cf');
    assert.equal(main.doc.languageId, 'postfix-main');
    const master = await openFile('master.cf');
    assert.equal(master.doc.languageId, 'postfix-master');
    // Diagnostics from our server are what activation leads to; only then is isActive checked.
    await waitForDiagnostics(master.doc.uri, (ds) => ds.some((d) => d.source === 'postfix'), 'the first diagnostics of master.cf');
    assert.equal(ext.isActive, true);
  });
});
