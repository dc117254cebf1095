/**
 * postfix-lint's line and column of an offset equal the editor's (TextDocument.positionAt) for
 * every offset of texts mixing `\n`, `\r\n`, lone `\r` and characters outside the BMP.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineStarts } from '../../../server/src/cli/positions';

function positions(text: string): string[] {
  const lines = new LineStarts(text);
  const out: string[] = [];
  for (let offset = -1; offset <= text.length + 1; offset++) {
    const line = lines.line(offset);
    out.push(`${offset}:${line}:${lines.column(offset, line)}`);
  }
  return out;
}

function editor(text: string): string[] {
  const doc = TextDocument.create('file:///x', 'postfix', 0, text);
  const out: string[] = [];
  for (let offset = -1; offset <= text.length + 1; offset++) {
    const p = doc.positionAt(offset);
    out.push(`${offset}:${p.line}:${p.character}`);
  }
  return out;
}

describe('postfix-lint positions', () => {
  test('fixed cases: empty text, line breaks of every kind at the ends and doubled', () => {
    for (const text of ['', '\n', '\r', '\r\n', 'a', 'a\n', '\nb', 'a\r\nb', 'a\rb\nc', '\r\r\n\n', 'a\n\r', 'x = 1\r\n  y\r\n# c\n\ud83d\ude00 = 2']) {
      assert.deepEqual(positions(text), editor(text), JSON.stringify(text));
    }
  });

  test('random texts: every offset, from before the start to past the end', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '=', '\n', '\r', '\r\n', '\t', '\u00e9', '\ud83d\ude00'), { maxLength: 40 }).map((a) => a.join(''));
    for (const t of fc.sample(text, { seed: 7, numRuns: 300 })) assert.deepEqual(positions(t), editor(t), JSON.stringify(t));
  });
});
