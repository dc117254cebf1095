/** Diagnostics of the example, as the editor shows them, and live re-analysis after an edit. */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { brief, codeOf, openFile, revert, SYNTAX_RULES, waitForDiagnostics } from './editor';

/** The findings of today's rules, in document order. */
const syntaxFindings = (ds: vscode.Diagnostic[]) =>
  ds.filter((d) => SYNTAX_RULES.includes(codeOf(d) ?? '')).sort((a, b) => a.range.start.compareTo(b.range.start));

describe('diagnostics', () => {
  afterEach(async () => {
    for (const doc of vscode.workspace.textDocuments) await revert(doc);
  });

  it('master.cf: the pasted service line and the unindented -o lines, with codes and exact ranges', async () => {
    const { doc } = await openFile('master.cf');
    const diags = await waitForDiagnostics(doc.uri, (ds) => syntaxFindings(ds).length > 0, 'syntax findings in master.cf');
    assert.deepEqual(syntaxFindings(diags).map(brief), [
      // "n" followed by six no-break spaces, where Postfix expects y, n or -
      ['master-field', 'Error', 0, 16, 0, 23],
      // each "-o ..." line starts a new service entry with too few fields: postconf's error,
      // given by the rule that explains it (and indents the line)
      ['unindented-continuation', 'Error', 1, 0, 1, 35],
      ['unindented-continuation', 'Error', 2, 0, 2, 29],
      ['unindented-continuation', 'Error', 3, 0, 3, 26],
      ['unindented-continuation', 'Error', 4, 0, 4, 31],
      ['unindented-continuation', 'Error', 5, 0, 5, 42],
    ]);
    assert.ok(diags.every((d) => d.source === 'postfix'));
    const [field, ...fieldCounts] = syntaxFindings(diags);
    assert.match(field.message, /^invalid private field "n\u00a0{6}" in "submission inet n/);
    assert.ok(fieldCounts.every((d) => d.message.startsWith('bad field count')));
  });

  it('main.cf: no syntax finding; removing an "=" is reported at that line, and undoing it clears it', async () => {
    const { doc } = await openFile('main.cf');
    // Clean text publishes no syntax finding, and no finding fires no event: the check after the
    // revert below is the one that proves the analysis ran.
    assert.deepEqual(syntaxFindings(vscode.languages.getDiagnostics(doc.uri)).map(brief), []);
    assert.equal(doc.lineAt(2).text, 'smtpd_tls_security_level = may');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(2, 25, 2, 26));
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const broken = await waitForDiagnostics(doc.uri, (ds) => syntaxFindings(ds).length > 0, 'a syntax error after the edit');
    assert.deepEqual(syntaxFindings(broken).map(brief), [['syntax-error', 'Error', 2, 0, 2, 29]]);
    assert.match(syntaxFindings(broken)[0].message, /^missing '=' after attribute name: "smtpd_tls_security_level  may"/);
    await revert(doc);
    await waitForDiagnostics(doc.uri, (ds) => syntaxFindings(ds).length === 0, 'the syntax error to go away after the revert');
  });
});
