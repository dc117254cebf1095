import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-types';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { loadModel } from '../../server/src/model/load';
import { ROOT } from '../helpers/paths';

/** Decodes LSP's relative encoding into [line, character, text, type, modifiers]. */
function decode(text: string, data: number[]): [number, number, string, string, string][] {
  const lines = text.split(/\r\n?|\n/);
  const out: [number, number, string, string, string][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const mods = TOKEN_MODIFIERS.filter((_, bit) => data[i + 4] & (1 << bit)).join(' ');
    out.push([line, char, lines[line].slice(char, char + data[i + 2]), TOKEN_TYPES[data[i + 3]], mods]);
  }
  return out;
}

function tokensOf(kind: 'main' | 'master', main: string, master: string, version = '3.11') {
  const model = loadModel({ main, master, version });
  const text = kind === 'main' ? main : master;
  return decode(text, semanticTokens(TextDocument.create('file:///x', 'postfix', 1, text), model, kind).data);
}

const MAIN = [
  'myhostname = mail.$mydomain',
  'smtpd_use_tls = yes',
  'my_networks = 10.0.0.0/8',
  'trusted = 192.0.2.1',
  'mynetworks = $trusted, ${undefined_name?x} $(myorigin)',
  'relay_destination_concurrency_limit = 5',
  'foo_destination_concurrency_limit = 5',
  'process_name = x',
  'smtpd_reject_footer = $client_address',
  'tls_dane_digest_agility = on',
].join('\n');
const MASTER = 'relay unix - - n - - smtp\n  -o smtp_helo_name=$myhostname\n  -o custom=1 -o bogus=2 -o { smtpd_banner = $custom }\n';

describe('semantic tokens', () => {
  test('main.cf: built-in, deprecated, read-only, user-defined, unknown and service-defined names, and references', () => {
    assert.deepEqual(tokensOf('main', MAIN, MASTER), [
      [0, 0, 'myhostname', 'property', 'declaration defaultLibrary'],
      [0, 19, 'mydomain', 'property', 'defaultLibrary'],
      [1, 0, 'smtpd_use_tls', 'property', 'declaration defaultLibrary deprecated'],
      [2, 0, 'my_networks', 'property', 'declaration unknown'],
      [3, 0, 'trusted', 'variable', 'declaration'],
      [4, 0, 'mynetworks', 'property', 'declaration defaultLibrary'],
      [4, 14, 'trusted', 'variable', ''],
      [4, 25, 'undefined_name', 'property', 'unknown'],
      [4, 45, 'myorigin', 'property', 'defaultLibrary'],
      // Defined by the relay service of master.cf; there is no foo service.
      [5, 0, 'relay_destination_concurrency_limit', 'property', 'declaration defaultLibrary'],
      [6, 0, 'foo_destination_concurrency_limit', 'property', 'declaration unknown'],
      [7, 0, 'process_name', 'property', 'declaration defaultLibrary readonly'],
      // $client_address in a raw parameter is smtpd's own macro: no token.
      [8, 0, 'smtpd_reject_footer', 'property', 'declaration defaultLibrary'],
      // Removed in 3.4: unknown to 3.11, still marked as outdated.
      [9, 0, 'tls_dane_digest_agility', 'property', 'declaration deprecated unknown'],
    ]);
  });

  test('without a master.cf, a name a service could define is neither known nor unknown', () => {
    const model = loadModel({ main: 'relay_destination_concurrency_limit = 5\nfoo_time_limit = 1\nfoo_bar = 1\n', version: '3.11' });
    const text = model.main!.text;
    assert.deepEqual(decode(text, semanticTokens(TextDocument.create('file:///x', 'postfix', 1, text), model, 'main').data), [
      [0, 0, 'relay_destination_concurrency_limit', 'property', 'declaration'],
      [1, 0, 'foo_time_limit', 'property', 'declaration'],
      [2, 0, 'foo_bar', 'property', 'declaration unknown'],
    ]);
  });

  test('the target release decides: a name removed later is still built in, a name not yet added is unknown', () => {
    const main = 'tls_dane_digest_agility = on\nsmtpd_use_tls = yes\nsmtpd_tls_chain_files = x\n';
    assert.deepEqual(tokensOf('main', main, '', '3.2'), [
      [0, 0, 'tls_dane_digest_agility', 'property', 'declaration defaultLibrary deprecated'],
      [1, 0, 'smtpd_use_tls', 'property', 'declaration defaultLibrary'],
      [2, 0, 'smtpd_tls_chain_files', 'property', 'declaration unknown'],
    ]);
  });

  test('master.cf: -o names and their references, with the -o settings of the same service', () => {
    assert.deepEqual(tokensOf('master', MAIN, MASTER), [
      [1, 5, 'smtp_helo_name', 'property', 'declaration defaultLibrary'],
      [1, 21, 'myhostname', 'property', 'defaultLibrary'],
      [2, 5, 'custom', 'variable', 'declaration'],
      [2, 17, 'bogus', 'property', 'declaration unknown'],
      [2, 30, 'smtpd_banner', 'property', 'declaration defaultLibrary'],
      [2, 46, 'custom', 'variable', ''],
    ]);
  });

  test('CRLF, names on continuation lines, invalid lines and an empty file', () => {
    const main = 'biff = no\r\nalias_maps = hash:/etc/aliases,\r\n  $alias_database\r\nbroken line\r\n';
    assert.deepEqual(tokensOf('main', main, ''), [
      [0, 0, 'biff', 'property', 'declaration defaultLibrary'],
      [1, 0, 'alias_maps', 'property', 'declaration defaultLibrary'],
      [2, 3, 'alias_database', 'property', 'defaultLibrary'],
    ]);
    // A lone CR is whitespace to Postfix but a line break to the editor.
    assert.deepEqual(tokensOf('main', 'biff = no\r$myhostname\n', ''), [
      [0, 0, 'biff', 'property', 'declaration defaultLibrary'],
      [1, 1, 'myhostname', 'property', 'defaultLibrary'],
    ]);
    assert.deepEqual(tokensOf('main', '', ''), []);
    assert.deepEqual(tokensOf('master', '', ''), []);
  });

  test('package.json contributes every modifier LSP does not define, and a theme scope for it', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes;
    const standard = new Set<string>(Object.values(SemanticTokenModifiers));
    const own = TOKEN_MODIFIERS.filter((m) => !standard.has(m));
    assert.deepEqual(own, ['unknown']);
    assert.deepEqual(manifest.semanticTokenModifiers.map((m: { id: string }) => m.id), own);
    assert.ok(TOKEN_TYPES.every((t) => (Object.values(SemanticTokenTypes) as string[]).includes(t)));
    for (const language of ['postfix-main', 'postfix-master']) {
      const scopes = manifest.semanticTokenScopes.find((s: { language: string }) => s.language === language).scopes;
      assert.deepEqual(scopes['property.unknown'], ['invalid.illegal.unknown-parameter.postfix']);
    }
  });
});
