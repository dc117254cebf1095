import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { regexpPcreSyntax } from '../../../../server/src/analysis/rules/security/regexpPcreSyntax';
import { expectFindings, run } from './helpers';

describe('regexp-pcre-syntax (SEC102)', () => {
  test('a regexp: table named .pcre, and one with \\d: hints', () => {
    const input = { main: 'header_checks = regexp:/etc/postfix/checks.pcre\nbody_checks = regexp:/etc/postfix/body\n', files: { '/etc/postfix/body': '/order \\d+/ REJECT\n' } };
    expectFindings(input, run(regexpPcreSyntax, input), [
      { file: 'main', text: 'regexp:/etc/postfix/checks.pcre', severity: 'hint' },
      { file: 'main', text: 'regexp:/etc/postfix/body', severity: 'hint' },
    ]);
  });
  test('no finding: POSIX syntax, pcre: tables', () => {
    assert.deepEqual(run(regexpPcreSyntax, { main: 'body_checks = regexp:/b\nheader_checks = pcre:/h.pcre\n', files: { '/b': '/order [0-9]+/ REJECT\n' } }), []);
  });
});
