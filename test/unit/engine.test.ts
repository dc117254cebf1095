/** The rule engine: severity settings and suppression comments, over the real rule registry. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { RULES } from '../../server/src/analysis/rules';
import { loadModel } from '../../server/src/model/load';
import { show } from '../helpers/rules';
import { generalRulesOnly } from '../helpers/rules';
import type { FileKind, Rule } from '../../server/src/analysis/types';

const codes = (main: string, master = '', rules = {}) => {
  const model = loadModel({ main, master });
  return analyze(model, { rules: { ...generalRulesOnly(), ...rules } }).diagnostics.map((d) => `${d.code} ${show(model, d)}`);
};

describe('rule engine', () => {
  test('every rule has a unique kebab-case id, a severity and a description', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(r.defaultSeverity));
      assert.ok(r.description.length > 20, r.id);
    }
  });

  test('severity settings: off removes a rule, any other severity replaces the rule\'s own', () => {
    const main = 'foo = 1\nmydomain = x\nmydomain = x\n';
    assert.deepEqual(codes(main), [
      'unknown-parameter main:1:1-1:4 warning «foo»',
      'duplicate-parameter main:2:1-2:13 info «mydomain = x»',
      'duplicate-parameter main:3:1-3:9 info «mydomain»',
    ]);
    assert.deepEqual(codes(main, '', { 'unknown-parameter': 'off', 'duplicate-parameter': 'error' }), [
      'duplicate-parameter main:2:1-2:13 error «mydomain = x»',
      'duplicate-parameter main:3:1-3:9 error «mydomain»',
    ]);
  });

  test('disable-next-line silences the named rules (or all) on the next setting or service only', () => {
    const main = '# postfix-lint: disable-next-line unknown-parameter\nfoo = 1\n\nbar = 2\n#postfix-lint: disable-next-line\nbaz = $undefined_x\n';
    assert.deepEqual(codes(main), ['unknown-parameter main:4:1-4:4 warning «bar»']);
    const master = 'smtp inet n - n - - smtpd\n  # postfix-lint: disable-next-line option-whitespace, unknown-parameter\n  -o smtpd_banner = x\n  -o c_d = 2\nsub inet n - n - - smtpd -o a_b=1\n';
    // Inside a service entry the comment silences the next line of it only.
    assert.deepEqual(codes('', master), ['option-whitespace master:4:6-4:13 error «c_d = 2»', 'unknown-parameter master:5:29-5:32 warning «a_b»']);
    const before = '# postfix-lint: disable-next-line option-whitespace\nsmtp inet n - n - - smtpd\n  -o smtpd_banner = x\n';
    assert.deepEqual(codes('', before), []);
  });

  test('diagnostics come in document order, main.cf first, rule order (then finding order) at equal offsets', () => {
    const model = loadModel({ main: 'a = 1\nb = 2\n', master: 'smtp inet n - n - - smtpd\n' });
    const rule = (id: string, findings: [FileKind, number][]): Rule => ({
      id,
      defaultSeverity: 'warning',
      description: 'a rule made up for this test',
      check: () => findings.map(([file, start], i) => ({ file, start, end: start + 1, message: `${id} ${i}` })),
    });
    const rules = [
      rule('first', [['master', 5], ['main', 6], ['main', 0], ['main', 6]]),
      rule('second', [['main', 6], ['master', 0], ['main', 2]]),
      rule('third', [['master', 5], ['main', 0]]),
    ];
    const { diagnostics } = analyze(model, { rules: { second: 'hint' } }, rules);
    assert.deepEqual(
      diagnostics.map((d) => `${d.file}:${d.start} ${d.message} ${d.code} ${d.severity}`),
      [
        'main:0 first 2 first warning',
        'main:0 third 1 third warning',
        'main:2 second 2 second hint',
        'main:6 first 1 first warning',
        'main:6 first 3 first warning',
        'main:6 second 0 second hint',
        'master:0 second 1 second hint',
        'master:5 first 0 first warning',
        'master:5 third 0 third warning',
      ],
    );
  });

  test('disable silences rules from the comment to the end of the file', () => {
    const main = 'foo = 1\n# postfix-lint: disable unknown-parameter\nbar = 2\nbaz = 3\nmydomain = $undefined_y\n';
    assert.deepEqual(codes(main), ['unknown-parameter main:1:1-1:4 warning «foo»', 'undefined-reference main:5:13-5:24 warning «undefined_y»']);
  });

  test('an analysis made once (postfix-lint) finds exactly what an ordinary one finds, suggestions and fixes included', () => {
    // Misspelt names with one and several suggestions, a user-defined name without one, a
    // per-service name, undefined references with and without suggestions.
    const main = [
      'smtpd_tls_cert_fle = /etc/ssl/a.pem',
      'myhostnme = mail.example.com',
      'my_own_thing = 1',
      'relayhost = $myhostnam',
      'smtpd_banner = $mail_nam $nothing_like_this_at_all',
      'smtpd_tls_cert_fle_2 = x',
      '',
    ].join('\n');
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_securty_level=may\n  -o syslog_nam=x\n';
    const findings = (once: boolean) =>
      analyze(loadModel({ main, master }), { rules: {}, once }).diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        file: d.file,
        start: d.start,
        end: d.end,
        message: d.message,
        fixes: JSON.stringify(d.fixes ?? []),
      }));
    const ordinary = findings(false);
    const suggested = ordinary.filter((d) => /Did you mean/.test(d.message));
    assert.ok(suggested.length >= 6, `suggestions were made (${suggested.map((d) => d.message).join(' | ')})`);
    assert.ok(suggested.some((d) => d.code === 'undefined-reference') && suggested.some((d) => d.file === 'master'));
    // Twice each way: the second ordinary analysis reads the memos the first one filled.
    assert.deepEqual(findings(true), ordinary);
    assert.deepEqual(findings(false), ordinary);
    assert.deepEqual(findings(true), ordinary);
  });

  test('a rule that yields loses its finding to another rule\'s on exactly the same range, unless that one is off or suppressed', () => {
    const model = loadModel({ main: 'a = 1\nb = 2\n' });
    const rule = (id: string, findings: [number, number][], yieldsTo?: Rule['yieldsTo']): Rule => ({
      id,
      defaultSeverity: 'warning',
      description: 'a rule made up for this test',
      yieldsTo,
      check: () => findings.map(([start, end]) => ({ file: 'main', start, end, message: id })),
    });
    const rules = [
      rule('modest', [[0, 5], [6, 11], [0, 3]], (other) => other.code === 'strong'),
      rule('strong', [[0, 5], [6, 10]]),
      rule('other', [[0, 3]]),
    ];
    const found = (settings = {}) => analyze(model, { rules: settings }, rules).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`);
    // Same range as a finding of strong: dropped; another end, or a rule it does not yield to: kept.
    assert.deepEqual(found(), ['modest 0-3', 'strong 0-5', 'other 0-3', 'modest 6-11', 'strong 6-10']);
    assert.deepEqual(found({ strong: 'off' }), ['modest 0-5', 'modest 0-3', 'other 0-3', 'modest 6-11']);
    const suppressed = loadModel({ main: '# postfix-lint: disable-next-line strong\na = 1\n' });
    const start = suppressed.main!.text.indexOf('a = 1');
    const onLine = [rule('modest', [[start, start + 5]], (other) => other.code === 'strong'), rule('strong', [[start, start + 5]])];
    assert.deepEqual(analyze(suppressed, { rules: {} }, onLine).diagnostics.map((d) => d.code), ['modest']);
  });

  test('two findings that would give way to each other both stay', () => {
    const model = loadModel({ main: 'a = 1\n' });
    const rule = (id: string, other: string): Rule => ({
      id,
      defaultSeverity: 'warning',
      description: 'a rule made up for this test',
      yieldsTo: (d) => d.code === other,
      check: () => [{ file: 'main', start: 0, end: 5, message: id }],
    });
    assert.deepEqual(analyze(model, { rules: {} }, [rule('one', 'two'), rule('two', 'one')]).diagnostics.map((d) => d.code), ['one', 'two']);
  });

  test('the registry\'s yields: default-value to the advice of TLS and security rules, ignored-parameter to tls-eecdh-grade, syntax-error to unindented-continuation', () => {
    const all = (main: string, master = '', rules = {}) => {
      const model = loadModel({ main, master });
      return analyze(model, { rules }).diagnostics.map((d) => `${d.code} ${show(model, d)}`);
    };
    // (The first setting is where findings about the whole file go: line 2 has only its own.)
    const onLine2 = (line: string) => all(`myhostname = mail.example.com\n${line}\n`).filter((c) => c.includes('main:2:'));
    // biff = yes is the default, but "remove the line" would contradict "set it to no".
    const biffMain = 'myhostname = mail.example.com\nbiff = yes\n';
    const biffAt = biffMain.indexOf('biff');
    const onBiff = (rules = {}) =>
      analyze(loadModel({ main: biffMain }), { rules }).diagnostics.filter((d) => d.start === biffAt && d.end === biffAt + 10).map((d) => d.code);
    assert.deepEqual(onBiff(), ['biff-on']);
    assert.deepEqual(onBiff({ 'biff-on': 'off' }), ['default-value']);
    // Findings about settings missing from main.cf that only point at this line (the first) take
    // nothing away: tls-forward-secrecy's outgoing-TLS gap (with tls-client-off, which reports it
    // otherwise, off) goes to the first setting, and its fix adds a line elsewhere.
    const first = all('smtpd_tls_session_cache_timeout = 3600s\n', '', { 'tls-client-off': 'off' }).filter((c) => c.includes('main:1:1-1:40'));
    assert.deepEqual(first, [
      'default-value main:1:1-1:40 hint «smtpd_tls_session_cache_timeout = 3600s»',
      'tls-forward-secrecy main:1:1-1:40 warning «smtpd_tls_session_cache_timeout = 3600s»',
    ]);
    // An ordinary default stays reported.
    assert.deepEqual(onLine2('smtpd_tls_session_cache_timeout = 3600s'), ['default-value main:2:1-2:40 hint «smtpd_tls_session_cache_timeout = 3600s»']);
    assert.deepEqual(onLine2('smtpd_tls_eecdh_grade = ultra'), ['tls-eecdh-grade main:2:1-2:30 info «smtpd_tls_eecdh_grade = ultra»']);
    // tls_eecdh_strong_curve has no rule of its own.
    assert.deepEqual(onLine2('tls_eecdh_strong_curve = prime256v1'), ['ignored-parameter main:2:1-2:36 info «tls_eecdh_strong_curve = prime256v1»']);
    const master = all('', 'submission inet n - n - - smtpd\n-o smtpd_sasl_auth_enable=yes\n').filter((c) => c.includes('master:2:'));
    assert.deepEqual(master, ['unindented-continuation master:2:1-2:30 error «-o smtpd_sasl_auth_enable=yes»']);
  });
});
