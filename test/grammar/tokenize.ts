/**
 * Tokenizes text with the extension's TextMate grammars, as VS Code does (vscode-textmate with
 * the Oniguruma regular expressions compiled to WebAssembly), and lists the scope names each
 * grammar defines so a test can check that every one of them is exercised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { ROOT } from '../helpers/paths';

export const GRAMMAR_FILES: Record<string, string> = {
  'source.postfix.main': join(ROOT, 'syntaxes/postfix-main.tmLanguage.json'),
  'source.postfix.master': join(ROOT, 'syntaxes/postfix-master.tmLanguage.json'),
};

let registry: Registry | undefined;

function getRegistry(): Registry {
  if (registry) return registry;
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  registry = new Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const g = await getRegistry().loadGrammar(scopeName);
  if (!g) throw new Error(`grammar ${scopeName} not found`);
  return g;
}

/** One token: its text and its scopes below the root, with the `.postfix` suffix left off. */
export type Token = [text: string, scopes: string];

export interface RawToken {
  start: number;
  end: number;
  scopes: string[];
}

/** Raw tokens per line, as VS Code computes them: a line ends at `\n`, without a `\r` before it. */
export function tokenizeLines(grammar: IGrammar, text: string): RawToken[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((raw) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** The tokens of `text`, line by line; tokens of only whitespace are left out. */
export function tokenize(grammar: IGrammar, text: string): Token[][] {
  const lines = text.split('\n');
  return tokenizeLines(grammar, text).map((tokens, i) =>
    tokens
      .map((t): Token => [lines[i].slice(t.start, t.end), t.scopes.slice(1).map((s) => s.replace(/\.postfix$/, '')).join(' ')])
      .filter(([t]) => t.trim() !== ''),
  );
}

/** Every scope name a grammar file assigns (name, contentName, captures), without `.postfix`. */
export function definedScopes(file: string): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'name' || k === 'contentName') && typeof v === 'string' && v.endsWith('.postfix')) out.add(v.replace(/\.postfix$/, ''));
      else walk(v);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return out;
}
