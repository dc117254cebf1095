/**
 * The grammars agree with the parsers (which agree with postconf) on every real-world file of
 * ../shared/corpus: comments exactly where Postfix sees comments, every parameter name and
 * `-o` name coloured as one, every master.cf column with its own scope.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, test } from 'node:test';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { FIELD_NAMES, parseMasterCf } from '../../server/src/parser/masterCf';
import type { PhysicalLines } from '../../server/src/parser/physicalLines';
import { corpusFiles } from '../helpers/paths';
import { loadGrammar, tokenizeLines, type RawToken } from './tokenize';

const COLUMN_SCOPES: Record<string, string> = {
  service: 'entity.name.function.service',
  type: 'storage.type.service|invalid.illegal.type',
  private: 'constant.language.private|invalid.illegal.private',
  unpriv: 'constant.language.unprivileged|invalid.illegal.unprivileged',
  chroot: 'constant.language.chroot|invalid.illegal.chroot',
  wakeup: 'constant.numeric.wakeup|invalid.illegal.wakeup',
  maxproc: 'constant.numeric.process-limit|invalid.illegal.process-limit',
  command: 'support.function.command',
};

/** Finds the token that starts at a document offset. */
function tokenAt(lines: PhysicalLines, tokens: RawToken[][], offset: number): RawToken | undefined {
  const line = lines.holding(offset);
  if (!line) return undefined;
  return tokens[line.index].find((t) => t.start === offset - line.start);
}

function hasScope(t: RawToken | undefined, alternatives: string): boolean {
  return !!t && alternatives.split('|').some((a) => t.scopes.includes(`${a}.postfix`));
}

function isCommentScope(t: RawToken): boolean {
  return t.scopes.some((s) => s.startsWith('comment.'));
}

describe('grammars agree with the parsers on the corpus', () => {
  test('main.cf: comments, names, lines without an assignment', async () => {
    const grammar = await loadGrammar('source.postfix.main');
    const files = corpusFiles('main');
    assert.ok(files.length > 0, 'corpus main/ is present');
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const parsed = parseMainCf(text);
      const tokens = tokenizeLines(grammar, text);
      const where = (line: number) => `${basename(file)}:${line + 1}`;
      for (const l of parsed.lines) {
        const comment = tokens[l.index].some(isCommentScope);
        if ((l.kind === 'comment') !== comment) problems.push(`${where(l.index)}: comment scope ${comment} but Postfix says ${l.kind}`);
      }
      for (const p of parsed.parameters) {
        const t = tokenAt(parsed.lines, tokens, p.nameStart);
        const line = parsed.lines.holding(p.nameStart)!;
        if (!hasScope(t, 'variable.other.property') || t!.end !== p.nameEnd - line.start) problems.push(`${where(line.index)}: name ${p.name}`);
      }
      for (const pr of parsed.problems.filter((x) => x.fatal)) {
        const t = tokenAt(parsed.lines, tokens, pr.start);
        if (!hasScope(t, 'invalid.illegal.missing-assignment')) problems.push(`${where(pr.line - 1)}: line without assignment not invalid`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('master.cf: comments, the eight columns, -o names', async () => {
    const grammar = await loadGrammar('source.postfix.master');
    const files = corpusFiles('master');
    assert.ok(files.length > 0, 'corpus master/ is present');
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const parsed = parseMasterCf(text);
      const tokens = tokenizeLines(grammar, text);
      const where = (offset: number) => `${basename(file)}:${parsed.lines.holding(offset)!.index + 1}`;
      for (const l of parsed.lines) {
        const comment = tokens[l.index].some(isCommentScope);
        if ((l.kind === 'comment') !== comment) problems.push(`${basename(file)}:${l.index + 1}: comment scope ${comment} but Postfix says ${l.kind}`);
      }
      for (const s of parsed.services) {
        s.fields.slice(0, 8).forEach((f, i) => {
          if (text[f.start] === '{') return;
          if (!hasScope(tokenAt(parsed.lines, tokens, f.start), COLUMN_SCOPES[FIELD_NAMES[i]])) problems.push(`${where(f.start)}: column ${FIELD_NAMES[i]} "${f.text}"`);
        });
        for (const o of s.overrides) {
          if (!hasScope(tokenAt(parsed.lines, tokens, o.nameStart), 'variable.other.property')) problems.push(`${where(o.nameStart)}: -o ${o.name}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
