/** Completion list defaults: the compact list means, item for item, what the full list says. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { completion } from '../../../server/src/features/completion';
import { withItemDefaults } from '../../../server/src/features/completionList';
import { fixture } from '../../helpers/features';

const ALL = ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'];

/** What a client makes of a list with defaults (LSP 3.17): each item with the defaults filled in. */
function expanded(list: CompletionList): CompletionItem[] {
  const d = list.itemDefaults ?? {};
  return list.items.map((item) => {
    const { textEditText, ...out } = item;
    if (!out.textEdit && d.editRange && 'start' in d.editRange) out.textEdit = { range: d.editRange, newText: textEditText ?? item.label };
    if (out.insertTextFormat === undefined && d.insertTextFormat !== undefined) out.insertTextFormat = d.insertTextFormat;
    if (out.data === undefined && d.data !== undefined) out.data = d.data;
    return out;
  });
}

/** Items compared as JSON with sorted keys (key order means nothing to a client). */
const canonical = (items: CompletionItem[]) => JSON.stringify(items, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

const CASES: Parameters<typeof fixture>[0][] = [
  { main: '|\n', file: 'main' },
  { main: 'smtpd_tls_secu|\n', file: 'main', version: '3.11' },
  { main: 'myhostname = a.example\nsmtpd_tls_|ecurity_level = may\n', file: 'main' },
  { main: 'smtpd_tls_security_level = |\n', file: 'main' },
  { main: 'smtpd_recipient_restrictions = permit_mynetworks, |\n', file: 'main' },
  { main: 'my_nets = 10.0.0.0/8\nmynetworks = $my|\n', file: 'main' },
  { master: 'submission inet n - n - - smtpd\n  -o smtpd_tls_sec|\n', file: 'master' },
  { master: 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=|\n', file: 'master' },
  { master: 'subm|\n', file: 'master' },
  { master: 'foo unix n - |\n', file: 'master' },
];

describe('completion list defaults', () => {
  test('the compact list expands to the full list, for every kind of completion', () => {
    let compacted = 0;
    for (const input of CASES) {
      const f = fixture(input);
      const full = completion(f.ctx, f.offset);
      const compact = withItemDefaults(full, ALL);
      assert.equal(canonical(expanded(compact)), canonical(full.items), JSON.stringify(input));
      if (compact.itemDefaults) compacted++;
    }
    assert.ok(compacted >= 6, `${compacted} lists had shared parts`);
  });

  test('parameter names: range, snippet format and resolve data once for the list', () => {
    const f = fixture({ main: 'smtpd_tls_secu|\n', file: 'main' });
    const full = completion(f.ctx, f.offset);
    const compact = withItemDefaults(full, ALL);
    assert.deepEqual(compact.itemDefaults, { editRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } }, insertTextFormat: 2, data: { uri: 'file:///etc/postfix/main.cf' } });
    const level = compact.items.find((i) => i.label === 'smtpd_tls_security_level')!;
    assert.deepEqual(level, { label: 'smtpd_tls_security_level', kind: 10, detail: 'enum · default (empty)', sortText: '1smtpd_tls_security_level', textEditText: 'smtpd_tls_security_level = $0' });
    assert.ok(JSON.stringify(compact).length < JSON.stringify(full).length * 0.6);
  });

  test('only the defaults the client takes; nothing for a client without them', () => {
    const f = fixture({ main: 'smtpd_tls_secu|\n', file: 'main' });
    const full = completion(f.ctx, f.offset);
    assert.equal(withItemDefaults(full, []), full);
    const rangeOnly = withItemDefaults(full, ['editRange']);
    assert.deepEqual(Object.keys(rangeOnly.itemDefaults!), ['editRange']);
    assert.ok(rangeOnly.items.every((i) => i.data !== undefined && i.insertTextFormat === 2 && i.textEdit === undefined));
  });
});
