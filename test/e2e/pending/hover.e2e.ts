/**
 * PENDING (enable "hover" in scripts/e2e/run.mjs once hover is merged): the hover on a
 * parameter name shows our documentation of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { parameterDoc } from '../../../server/src/data/parameters';
import { lineIndex, openFile } from '../suite/editor';

/** Hover markdown as plain text: markdown escapes removed, whitespace runs collapsed. */
export function plain(contents: (vscode.MarkdownString | vscode.MarkedString)[]): string {
  return contents
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ');
}

describe('hover', () => {
  it('on smtpd_tls_security_level in main.cf: its documentation summary, over the name', async () => {
    const { doc } = await openFile('main.cf');
    const line = lineIndex(doc, 'smtpd_tls_security_level = may');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 5));
    assert.equal(hovers.length, 1, 'one hover, from our server');
    const summary = parameterDoc('smtpd_tls_security_level')!.summary.replace(/\s+/g, ' ');
    assert.ok(plain(hovers[0].contents).includes(summary), `hover text:\n${plain(hovers[0].contents)}\nlacks the summary:\n${summary}`);
    const r = hovers[0].range!;
    assert.deepEqual([r.start.line, r.start.character, r.end.line, r.end.character], [line, 0, line, 'smtpd_tls_security_level'.length]);
  });
});
