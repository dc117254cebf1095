import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { trailingComment } from '../../../server/src/analysis/rules/trailingComment';
import { applyFix, runRule } from '../../helpers/rules';

describe('trailing-comment', () => {
  test('after a value that breaks: error; the fix moves the comment to a line above', () => {
    const main = 'mydomain = example.com\nsmtp_data_xfer_timeout = 1800s   # default: 180s\n';
    const { model, diagnostics, shown } = runRule(trailingComment, { main });
    assert.deepEqual(shown, ['main:2:34-2:49 error «# default: 180s»']);
    assert.equal(
      diagnostics[0].message,
      'Postfix has no end-of-line comments: "# default: 180s" is part of the value of smtp_data_xfer_timeout, which breaks it. postconf warns: #comment after other text is not allowed. Put the comment on a line of its own.',
    );
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Move the comment to its own line', true]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, 'mydomain = example.com\n# default: 180s\nsmtp_data_xfer_timeout = 1800s\n');
  });

  test('free text: warning; before 3.8 postconf does not warn; a value that is only a comment', () => {
    const { model, diagnostics, shown } = runRule(trailingComment, { main: 'relayhost = # will be set later\r\n', version: '3.7' });
    assert.deepEqual(shown, ['main:1:13-1:32 warning «# will be set later»']);
    assert.match(diagnostics[0].message, / Postfix 3\.8 and later warn about it\. /);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, '# will be set later\r\nrelayhost =\r\n');
  });

  test('in a continued value: one finding per line, moved above that line with its indentation', () => {
    const main = 'smtpd_recipient_restrictions = permit_mynetworks, # local\n    reject_unauth_destination # relay # control\n';
    const { model, diagnostics, shown } = runRule(trailingComment, { main });
    assert.deepEqual(shown, ['main:1:51-1:58 error «# local»', 'main:2:31-2:48 error «# relay # control»']);
    assert.equal(
      applyFix(model, diagnostics[1].fixes![0]).main,
      'smtpd_recipient_restrictions = permit_mynetworks, # local\n    # relay # control\n    reject_unauth_destination\n',
    );
  });

  test('# inside a word or inside braces is not a comment', () => {
    assert.deepEqual(runRule(trailingComment, { main: 'smtpd_banner = $myhostname ESMTP#1\nx = inline:{ {a=#b} }\n' }).shown, []);
  });

  test('master.cf: a # word on a daemon line becomes an argument', () => {
    const master = 'smtp inet n - n - - smtpd # the MX\n  -o smtpd_banner=x\nmaildrop unix - n n - - pipe flags=R argv=/bin/x # not for pipe\n';
    const { model, diagnostics, shown } = runRule(trailingComment, { master });
    assert.deepEqual(shown, ['master:1:27-1:35 error «# the MX»']);
    assert.match(diagnostics[0].message, /becomes command-line arguments of smtpd, which stops with "unexpected command-line argument"/);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master!.split('\n').slice(0, 2).join('\n'), '# the MX\nsmtp inet n - n - - smtpd');
  });
});
