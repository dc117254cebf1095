/**
 * Every regular expression literal in server/src and client/src (found with the TypeScript
 * parser, so none is missed) is checked by recheck, a static ReDoS analyser: each must be safe
 * (linear). `new RegExp(...)` built at run time cannot be checked statically and is not allowed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { ROOT } from '../helpers/paths';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function regexes(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const file of [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) {
        const text = n.text;
        const end = text.lastIndexOf('/');
        literals.push({ file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        dynamic.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

describe('regular expressions cannot backtrack catastrophically', () => {
  const { literals, dynamic } = regexes();
  test(`all ${literals.length} regular expression literals are linear (recheck)`, () => {
    assert.ok(literals.length > 10, 'the scan finds the regular expressions of the code');
    const unsafe = literals
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags, { timeout: 10_000 }) }))
      .filter((r) => r.result.status !== 'safe')
      .map((r) => `${r.file}:${r.line} /${r.source}/${r.flags}: ${r.result.status}${r.result.status === 'vulnerable' ? ` (${r.result.complexity.type})` : ''}`);
    assert.deepEqual(unsafe, []);
  });
  test('no regular expression is built at run time', () => {
    assert.deepEqual(dynamic, []);
  });
  test('the checker does catch a vulnerable pattern', () => {
    assert.equal(checkSync('^(a+)+$', '').status, 'vulnerable');
    assert.equal(checkSync('[?#].*$', '').status, 'vulnerable');
  });
});
