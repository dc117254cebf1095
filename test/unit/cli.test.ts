/** postfix-lint: --format json and sarif, --rule, exit status. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { USAGE } from '../../server/src/cli/args';
import { NEWEST_STABLE } from '../../server/src/data/versions';
import { PRODUCT_VERSION } from '../../server/src/version';
import { run } from '../../server/src/cli/lint';
import { generalRulesOnly } from '../helpers/rules';

/** The TLS and security catalogue rules are off here (they have their own tests); a test's own --rule comes later and wins. */
const GENERAL = Object.entries(generalRulesOnly()).flatMap(([id, s]) => ['--rule', `${id}=${s}`]);

function lint(args: string[]): { rc: number; out: string; err: string } {
  return runExactly(args.includes('--dump') ? args : [...GENERAL, ...args]);
}

function runExactly(args: string[]): { rc: number; out: string; err: string } {
  let out = '';
  let err = '';
  const rc = run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { rc, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'pfx-cli-'));
writeFileSync(join(dir, 'main.cf'), 'smtpd_tls_received_header = yes\nsmtp_tls_eecdh_grade = ultra\nsmtpd_tls_received_header = yes\n');
writeFileSync(join(dir, 'master.cf'), 'submission inet n - n - - smtpd\n-o smtpd_tls_security_level=encrypt\n');

describe('postfix-lint', () => {
  test('--format json: 1-based positions, severity, code, message; exit 1 with errors', () => {
    const { rc, out } = lint(['--format', 'json', dir]);
    assert.equal(rc, 1);
    const findings = JSON.parse(out) as Record<string, unknown>[];
    assert.deepEqual(
      findings.map((f) => [f.file, f.line, f.column, f.endLine, f.endColumn, f.severity, f.code]),
      [
        [join(dir, 'main.cf'), 1, 1, 1, 32, 'info', 'duplicate-parameter'],
        [join(dir, 'main.cf'), 2, 1, 2, 21, 'warning', 'unknown-parameter'],
        [join(dir, 'main.cf'), 3, 1, 3, 26, 'info', 'duplicate-parameter'],
        [join(dir, 'master.cf'), 2, 1, 2, 36, 'error', 'unindented-continuation'],
      ],
    );
    assert.deepEqual(Object.keys(findings[0]).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
  });

  test('--rule changes severities and turns rules off; exit 0 without errors', () => {
    const { rc, out } = lint(['--format', 'json', '--rule', 'syntax-error=off', '--rule=unindented-continuation=warning', '--rule', 'duplicate-parameter=off', dir]);
    assert.equal(rc, 0);
    assert.deepEqual(
      (JSON.parse(out) as Record<string, unknown>[]).map((f) => [f.code, f.severity]),
      [
        ['unknown-parameter', 'warning'],
        ['unindented-continuation', 'warning'],
      ],
    );
    assert.equal(lint(['--rule', 'x=loud', dir]).rc, 2);
    // A mistyped id is an error, not a rule left on in silence.
    const typo = runExactly(['--rule', 'duplicate-parameterr=off', dir]);
    assert.deepEqual([typo.rc, typo.err.split('\n')[0]], [2, "postfix-lint: --rule: there is no rule 'duplicate-parameterr' (did you mean duplicate-parameter?); postfix-lint --list-rules lists them"]);
    assert.equal(runExactly(['--rule', 'frobnicate=off', dir]).err.split('\n')[0], "postfix-lint: --rule: there is no rule 'frobnicate'; postfix-lint --list-rules lists them");
  });

  test('--min-severity leaves out the findings below it; --fail-on sets the level that makes the exit status 1', () => {
    const codes = (r: { out: string }) => (JSON.parse(r.out) as { code: string; severity: string }[]).map((f) => `${f.severity} ${f.code}`);
    const warnings = lint(['--format', 'json', '--min-severity', 'warning', dir]);
    assert.deepEqual([warnings.rc, codes(warnings)], [1, ['warning unknown-parameter', 'error unindented-continuation']]);
    const errorsOnly = lint(['--format', 'json', '--min-severity=error', dir]);
    assert.deepEqual([errorsOnly.rc, codes(errorsOnly)], [1, ['error unindented-continuation']]);
    // Without the error: a warning fails only when asked for; an info finding fails with --fail-on info.
    const noError = ['--rule', 'unindented-continuation=off', '--rule', 'syntax-error=off', '--format', 'json'];
    assert.equal(lint([...noError, dir]).rc, 0);
    assert.equal(lint([...noError, '--fail-on', 'warning', dir]).rc, 1);
    assert.equal(lint([...noError, '--fail-on', 'info', '--rule', 'unknown-parameter=off', dir]).rc, 1);
    assert.equal(lint([...noError, '--fail-on', 'warning', '--rule', 'unknown-parameter=off', dir]).rc, 0);
    // A finding that is not reported does not fail the run; never never fails.
    assert.equal(lint([...noError, '--fail-on', 'warning', '--min-severity', 'error', dir]).rc, 0);
    assert.equal(lint(['--fail-on', 'never', dir]).rc, 0);
    const text = lint(['--min-severity', 'warning', dir]);
    assert.deepEqual(
      [...text.out.matchAll(/(main|master)\.cf:(\d+:\d+): (\w+): .*?\[([a-z-]+)\]/g)].map((m) => m.slice(1).join(' ')),
      ['main 2:1 warning unknown-parameter', 'master 2:1 error unindented-continuation'],
    );
    assert.equal(lint(['--min-severity', 'fatal', dir]).err.split('\n')[0], "postfix-lint: --min-severity must be one of hint, info, warning, error, not 'fatal'");
    assert.equal(lint(['--fail-on', 'always', dir]).err.split('\n')[0], "postfix-lint: --fail-on must be one of hint, info, warning, error or never, not 'always'");
  });

  test('--format github: one annotation command per finding, with --min-severity and the exit status as for text', () => {
    const r = lint(['--format', 'github', '--min-severity', 'warning', dir]);
    assert.equal(r.rc, 1);
    assert.deepEqual(
      r.out.split('::').filter((part, i) => i % 2 === 1),
      [
        `warning file=${join(dir, 'main.cf')},line=2,endLine=2,col=1,endColumn=21,title=postfix-lint unknown-parameter`,
        `error file=${join(dir, 'master.cf')},line=2,endLine=2,col=1,endColumn=36,title=postfix-lint unindented-continuation`,
      ],
    );
  });

  test('--format sarif: a SARIF 2.1.0 log with the rule catalogue, results and related locations', () => {
    const { rc, out } = lint(['--format', 'sarif', '--postfix-version', '3.7', dir]);
    assert.equal(rc, 1);
    const log = JSON.parse(out);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const [runLog] = log.runs;
    assert.equal(runLog.tool.driver.name, 'postfix-lint');
    assert.deepEqual(runLog.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.id));
    for (const r of runLog.tool.driver.rules) {
      assert.equal(typeof r.shortDescription.text, 'string');
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
    }
    assert.equal(runLog.columnKind, 'utf16CodeUnits');
    assert.deepEqual(
      runLog.results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, runLog.tool.driver.rules[r.ruleIndex].id, r.level]),
      [
        ['duplicate-parameter', 'duplicate-parameter', 'note'],
        ['unknown-parameter', 'unknown-parameter', 'warning'],
        ['duplicate-parameter', 'duplicate-parameter', 'note'],
        ['unindented-continuation', 'unindented-continuation', 'error'],
      ],
    );
    const first = runLog.results[0];
    assert.match(first.message.text, /^smtpd_tls_received_header is set again with the same value on line 3/);
    assert.deepEqual(first.locations, [
      { physicalLocation: { artifactLocation: { uri: `file://${join(dir, 'main.cf')}` }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 32 } } },
    ]);
    assert.deepEqual(first.relatedLocations, [
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: `file://${join(dir, 'main.cf')}` }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 26 } },
        message: { text: 'line 3: the setting that counts' },
      },
    ]);
  });

  test('--file-root reads the files a configuration names below a directory; --no-file-access reads none', () => {
    const conf = mkdtempSync(join(tmpdir(), 'pfx-cli-conf-'));
    const root = mkdtempSync(join(tmpdir(), 'pfx-cli-root-'));
    writeFileSync(join(conf, 'main.cf'), 'mailbox_command = /usr/bin/procmail\nalias_maps = hash:/etc/aliases\n');
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc', 'aliases'), 'postmaster: root\n');
    const only = ['--rule', 'mailbox-command-root=hint'];
    const aliasHint = /main\.cf:2:14: hint: hash:\/etc\/aliases has no alias for root/;
    const under = lint([...only, '--file-root', root, conf]);
    assert.equal(under.rc, 0);
    assert.match(under.out, aliasHint);
    const none = lint([...only, '--no-file-access', conf]);
    assert.doesNotMatch(none.out, aliasHint);
    assert.match(none.out, /main\.cf:1:19: hint: mailbox_command runs with the rights of the recipient/, 'checks that read no file still run');
    writeFileSync(join(root, 'etc', 'aliases'), 'root: admin\n');
    assert.doesNotMatch(lint([...only, '--file-root', root, conf]).out, aliasHint);
    const both = lint(['--no-file-access', '--file-root', root, conf]);
    assert.deepEqual([both.rc, both.err.split('\n')[0]], [2, 'postfix-lint: --file-root and --no-file-access cannot be combined']);
    const missing = lint(['--file-root', join(root, 'nowhere'), conf]);
    assert.deepEqual([missing.rc, missing.err.split('\n')[0]], [2, `postfix-lint: --file-root must name a directory, not '${join(root, 'nowhere')}'`]);
  });

  test('--version and --list-rules print and stop, with no file given', () => {
    assert.deepEqual(Object.values(runExactly(['--version'])), [0, `postfix-lint ${PRODUCT_VERSION} (Postfix releases up to ${NEWEST_STABLE})`, '']);
    const list = runExactly(['--list-rules']);
    assert.equal(list.rc, 0);
    // io.out gets one call per line here; split on the rule ids, which start each line.
    const lines = RULES.map((r) => `${r.id}\t${r.defaultSeverity}\t${r.description}`);
    assert.equal(list.out, lines.join(''));
    assert.ok(RULES.every((r) => !/[\t\n]/.test(r.description) && r.description.length > 0), 'one line per rule, three fields');
    assert.ok(lines.includes('duplicate-parameter\twarning\t' + RULES.find((r) => r.id === 'duplicate-parameter')!.description));
    const json = runExactly(['--list-rules', '--format', 'json']);
    assert.deepEqual(JSON.parse(json.out), RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description })));
  });

  test('usage errors exit 2 with the error and a pointer to --help; no arguments at all print the usage', () => {
    const r = lint(['--format', 'xml', dir]);
    assert.equal(r.rc, 2);
    assert.equal(r.err, "postfix-lint: --format must be text, json, sarif or github, not 'xml'\nTry 'postfix-lint --help' for the options.");
    const none = runExactly([]);
    assert.equal(none.rc, 2);
    assert.equal(none.err, USAGE);
    assert.equal(none.out, '');
    const help = runExactly(['--help']);
    assert.deepEqual([help.rc, help.out, help.err], [0, USAGE, '']);
  });
});
