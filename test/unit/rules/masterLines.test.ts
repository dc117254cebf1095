/** non-ascii-character, unindented-continuation, duplicate-service. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { duplicateService } from '../../../server/src/analysis/rules/duplicateService';
import fc from 'fast-check';
import { NonAsciiRuns, nonAsciiCharacter } from '../../../server/src/analysis/rules/nonAsciiCharacter';
import { unindentedContinuation } from '../../../server/src/analysis/rules/unindentedContinuation';
import { applyFix, runRule, show } from '../../helpers/rules';

describe('non-ascii-character', () => {
  test('master.cf: a run of dashes and non-breaking spaces is one error, fixed to ASCII', () => {
    const master = 'submission inet n\u00a0 \u2013 \u2013 n\u00a0 - - smtpd\n  \u2013o smtpd_tls_security_level=encrypt\n';
    const { model, diagnostics, shown } = runRule(nonAsciiCharacter, { master });
    assert.deepEqual(shown, ['master:1:18-1:23 error «\u00a0 \u2013 \u2013»', 'master:1:25-1:26 error «\u00a0»', 'master:2:3-2:4 error «\u2013»']);
    assert.equal(
      diagnostics[0].message,
      'non-breaking space (U+00A0) and en dash (U+2013) look like ASCII but are not: master.cf splits columns only at ASCII blanks and reads options only after an ASCII "-", so this service line does not mean what it shows. Type them again as plain ASCII.',
    );
    assert.match(diagnostics[2].message, /^en dash \(U\+2013\) looks like ASCII but is not/);
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Replace with plain ASCII', true]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master!.split('\n')[0], 'submission inet n  - - n\u00a0 - - smtpd');
  });

  test('main.cf: names are errors, values warnings; free text, comments and raw values are left alone', () => {
    const main = '\ufeffmyhostname = mail.example.com\nsmtpd_tls_security_level\u00a0= may\nmynetworks = 127.0.0.0/8\u00a0[::1]/128\nsmtpd_banner = $myhostname \u2014 welcome\n# \u201cquoted\u201d comment\nsmtpd_reject_footer = \u201cCall us\u201d\n';
    const { model, diagnostics, shown } = runRule(nonAsciiCharacter, { main });
    assert.deepEqual(shown, ['main:1:1-1:2 error «\ufeff»', 'main:2:25-2:26 error «\u00a0»', 'main:3:25-3:26 warning «\u00a0»']);
    assert.match(diagnostics[1].message, /the parameter name is not smtpd_tls_security_level to Postfix/);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main!.split('\n')[0], 'myhostname = mail.example.com');
  });

  test('full-width forms of ASCII: named, and typed again as the ASCII character', () => {
    const main = 'smtpd_banner = \uff04myhostname\nmyorigin = \uff04mydomain\n';
    const { model, diagnostics, shown } = runRule(nonAsciiCharacter, { main });
    assert.deepEqual(shown, ['main:2:12-2:13 warning «\uff04»'], 'free text is left alone');
    assert.match(diagnostics[0].message, /^full-width character \(U\+FF04\) looks like ASCII but is not: /);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, 'smtpd_banner = \uff04myhostname\nmyorigin = $mydomain\n');
    const master = 'smtps inet n - n - - smtpd\n  -o smtpd_tls_wrappermode\uff1dyes\n';
    const m = runRule(nonAsciiCharacter, { master });
    assert.deepEqual(m.shown, ['master:2:27-2:28 error «\uff1d»']);
    assert.equal(applyFix(m.model, m.diagnostics[0].fixes![0]).master, 'smtps inet n - n - - smtpd\n  -o smtpd_tls_wrappermode=yes\n');
  });
});

describe('non-ascii-character: the runs of non-ASCII characters', () => {
  test('answer for spans asked in document order as a look at every character does', () => {
    const char = fc.constantFrom('a', ' ', '\n', '=', '\u00a0', '\u2013', '\ufeff', '\u{1f600}');
    const input = fc.tuple(fc.array(char, { maxLength: 60 }).map((cs) => cs.join('')), fc.array(fc.nat(70), { maxLength: 20 }));
    fc.assert(
      fc.property(input, ([text, cuts]) => {
        const bounds = [...cuts.map((c) => Math.min(c, text.length))].sort((a, b) => a - b);
        const runs = new NonAsciiRuns(text);
        // Spans in document order: each starts at or after the previous start, and may be empty or overlap.
        for (let i = 0; i + 1 < bounds.length; i += 1) {
          const [start, end] = [bounds[i], bounds[i + 1] + (i % 3)];
          const expected = [...text.slice(start, end)].some((c) => c.charCodeAt(0) >= 0x80);
          assert.equal(runs.within(start, end), expected, `${JSON.stringify(text)} [${start}, ${end})`);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('unindented-continuation', () => {
  test('an -o line in column 1 after a service: error, related to the service, indented by the fix', () => {
    const master = 'submission inet n - n - - smtpd\n-o smtpd_tls_security_level=encrypt\n-o smtpd_sasl_auth_enable=yes\n';
    const { model, diagnostics, shown } = runRule(unindentedContinuation, { master });
    assert.deepEqual(shown, ['master:2:1-2:36 error «-o smtpd_tls_security_level=encrypt»', 'master:3:1-3:30 error «-o smtpd_sasl_auth_enable=yes»']);
    assert.equal(
      diagnostics[0].message,
      'bad field count: this line starts in column 1, so Postfix reads it as a new service named "-o" instead of a continuation of the "submission inet" service above, and rejects master.cf. Indent it.',
    );
    // It is postconf's error for the line, which syntax-error leaves to it (see the engine's tests).
    assert.deepEqual(diagnostics[0].data, { postconf: 'bad field count' });
    assert.deepEqual(diagnostics[1].related!.map((r) => show(model, r)), ['master:1:1-1:16 undefined «submission inet»']);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n-o smtpd_sasl_auth_enable=yes\n');
  });

  test('the indentation the service already uses; pipe attributes and typographic dashes count', () => {
    const master = 'maildrop unix - n n - - pipe\n\tflags=DRhu\nuser=vmail argv=/usr/bin/maildrop\n\u2013o x=y\n';
    const { model, diagnostics, shown } = runRule(unindentedContinuation, { master });
    assert.deepEqual(shown, ['master:3:1-3:34 error «user=vmail argv=/usr/bin/maildrop»', 'master:4:1-4:7 error «\u2013o x=y»']);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master!.split('\n')[2], '\tuser=vmail argv=/usr/bin/maildrop');
  });

  test('the range is the whole entry Postfix reads, its indented lines included; enough fields: no field-count error to repeat', () => {
    const master = 'smtp inet n - n - - smtpd\n-o smtpd_tls_security_level=may\n  -o smtpd_tls_auth_only=yes\n-o a=b -o c=d -o e=f -o g=h\n';
    const { diagnostics, shown } = runRule(unindentedContinuation, { master });
    assert.deepEqual(shown, ['master:2:1-3:29 error «-o smtpd_tls_security_level=may\n  -o smtpd_tls_auth_only=yes»', 'master:4:1-4:28 error «-o a=b -o c=d -o e=f -o g=h»']);
    assert.match(diagnostics[0].message, /^bad field count: this line starts in column 1/);
    // Eight words make a service line with bad fields (master-field says which), not a field count error.
    assert.match(diagnostics[1].message, /^This line starts in column 1, so Postfix reads it as a new service named "-o"/);
    assert.equal(diagnostics[1].data, undefined);
  });

  test('not before any service, and not for ordinary services', () => {
    assert.deepEqual(runRule(unindentedContinuation, { master: '-o x=y\nsmtp inet n - n - - smtpd\npickup unix n - n 60 1 pickup\n' }).shown, []);
  });
});

describe('duplicate-service', () => {
  test('the earlier entry of a name and type is reported, related to the one that counts', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\nsubmission unix - - n - - smtpd\nsubmission inet n - n - - smtpd\n';
    const { model, diagnostics, shown } = runRule(duplicateService, { master });
    assert.deepEqual(shown, ['master:1:1-1:16 warning «submission inet»']);
    assert.equal(
      diagnostics[0].message,
      '"submission inet" is defined again on line 4; Postfix uses only the last definition, so this entry and its 1 -o setting are ignored. Merge the two entries.',
    );
    assert.deepEqual(diagnostics[0].related!.map((r) => show(model, r)), ['master:4:1-4:16 undefined «submission inet»']);
  });
});
