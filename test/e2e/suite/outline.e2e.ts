/** Outline (document symbols) and folding of the example, through the editor's own commands. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openFile } from './editor';

describe('outline and folding', () => {
  it('main.cf: one symbol per setting, in file order, selecting the parameter name', async () => {
    const { doc } = await openFile('main.cf');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    // Independent of the parser: every "name = value" line of the example, both duplicates included.
    const expected: [string, number, number][] = [];
    for (let i = 0; i < doc.lineCount; i++) {
      const m = /^(\w+) = /.exec(doc.lineAt(i).text);
      if (m) expected.push([m[1], i, m[1].length]);
    }
    assert.equal(expected.length, 20);
    // Settings are grouped by category (TLS server, TLS client, ...): the leaves, in order, are the settings.
    const leaves: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => {
      for (const s of list) (s.kind === vscode.SymbolKind.Property ? leaves.push(s) : walk(s.children));
    };
    walk(symbols);
    assert.deepEqual(
      leaves.map((s) => [s.name, s.selectionRange.start.line, s.selectionRange.end.character]),
      expected,
    );
    assert.equal(leaves[0].detail, 'may');
    assert.equal(symbols[0].name, 'TLS server');
    assert.ok(leaves.every((s) => s.selectionRange.start.character === 0));
  });

  it('master.cf: the submission service is the first symbol', async () => {
    const { doc } = await openFile('master.cf');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.equal(symbols[0].name, 'submission inet');
    assert.equal(symbols[0].detail, 'smtpd');
    assert.deepEqual(
      [symbols[0].selectionRange.start.line, symbols[0].selectionRange.start.character, symbols[0].selectionRange.end.character],
      [0, 0, 15],
    );
  });

  it('main.cf: the two comment lines at the top fold', async () => {
    const { doc } = await openFile('main.cf');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.deepEqual(
      ranges.map((r) => [r.start, r.end, r.kind]),
      [[0, 1, vscode.FoldingRangeKind.Comment]],
    );
  });
});
