/**
 * PENDING (enable "completion" in scripts/e2e/run.mjs once completion is merged): parameter
 * names are offered where a setting can start.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openFile } from '../suite/editor';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const insertOf = (i: vscode.CompletionItem) =>
  i.insertText === undefined ? labelOf(i) : typeof i.insertText === 'string' ? i.insertText : i.insertText.value;

describe('completion', () => {
  it('at the start of an empty line of main.cf: smtpd_tls_security_level among the parameter names', async () => {
    const { doc } = await openFile('main.cf');
    const line = doc.lineCount - 1;
    assert.equal(doc.lineAt(line).text, '', 'the example ends with a newline: its last line is empty');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 0));
    const item = list.items.find((i) => labelOf(i) === 'smtpd_tls_security_level');
    assert.ok(item, `smtpd_tls_security_level offered; got ${list.items.length} items, first: ${list.items.slice(0, 10).map(labelOf).join(', ')}`);
    // The editor's own word completion also offers words of the file, as plain Text items: the
    // item must be ours, and so must a name the example does not contain.
    assert.notEqual(item.kind, vscode.CompletionItemKind.Text, 'offered by the language server, not by word completion');
    assert.ok(insertOf(item).startsWith('smtpd_tls_security_level'), `inserts the name: ${insertOf(item)}`);
    assert.ok(!doc.getText().includes('myhostname'));
    assert.ok(list.items.some((i) => labelOf(i) === 'myhostname'), 'a parameter absent from the file is offered too');
  });
});
