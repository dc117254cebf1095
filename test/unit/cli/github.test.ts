import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { githubLine } from '../../../server/src/cli/github';

const base = { file: 'etc/postfix/main.cf', line: 3, column: 1, endLine: 3, endColumn: 26, code: 'duplicate-parameter', message: 'm' };

describe('--format github', () => {
  test('levels: error, warning, and notice for info and hint', () => {
    assert.equal(githubLine({ ...base, severity: 'error' }), '::error file=etc/postfix/main.cf,line=3,endLine=3,col=1,endColumn=26,title=postfix-lint duplicate-parameter::m');
    assert.equal(githubLine({ ...base, severity: 'warning' }).slice(0, 10), '::warning ');
    assert.equal(githubLine({ ...base, severity: 'info' }).slice(0, 9), '::notice ');
    assert.equal(githubLine({ ...base, severity: 'hint' }).slice(0, 9), '::notice ');
  });
  test('escapes: %, CR and LF in the message; also : and , in properties; columns only within one line', () => {
    const f = { ...base, severity: 'warning', file: 'a,b:c%.cf', line: 2, endLine: 4, message: '100% sure:\r\nnext, line' };
    assert.equal(githubLine(f), '::warning file=a%2Cb%3Ac%25.cf,line=2,endLine=4,title=postfix-lint duplicate-parameter::100%25 sure:%0D%0Anext, line');
  });
  test('an absolute path inside GITHUB_WORKSPACE is made relative to it; others stay as they are', () => {
    const at = (file: string, workspace?: string) => githubLine({ ...base, severity: 'error', file }, workspace).split(',')[0];
    assert.equal(at('/home/runner/work/repo/repo/etc/postfix/main.cf', '/home/runner/work/repo/repo'), '::error file=etc/postfix/main.cf');
    assert.equal(at('/etc/postfix/main.cf', '/home/runner/work/repo/repo'), '::error file=/etc/postfix/main.cf');
    assert.equal(at('etc/postfix/main.cf', '/home/runner/work/repo/repo'), '::error file=etc/postfix/main.cf');
    assert.equal(at('/srv/main.cf'), '::error file=/srv/main.cf');
  });
});
