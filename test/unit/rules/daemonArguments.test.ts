/** daemon-arguments: words on a daemon's master.cf line that make it stop. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../server/src/analysis/engine';
import { daemonArguments } from '../../../server/src/analysis/rules/daemonArguments';
import { loadModel } from '../../../server/src/model/load';
import { runRule } from '../../helpers/rules';

const run = (master: string) => runRule(daemonArguments, { master });

describe('daemon-arguments', () => {
  test('an option letter the daemon does not know: error on the word, the first one only', () => {
    const { diagnostics, shown } = run('smtps inet n - n - - smtpd\n  -o syslog_name=x\n  -x -y\n');
    assert.deepEqual(shown, ['master:3:3-3:5 error «-x»']);
    assert.equal(
      diagnostics[0].message,
      '"-x" is not an option of smtpd: smtpd stops with "invalid option" as soon as master(8) starts it, so this service does not run. Remove it; a setting is written -o name=value.',
    );
    assert.equal(diagnostics[0].fixes, undefined);
  });

  test('a Cyrillic o: named by its code point', () => {
    const { diagnostics, shown } = run('smtps inet n - n - - smtpd -o a=b -v\u043e c=d\n');
    assert.deepEqual(shown, ['master:1:35-1:38 error «-v\u043e»']);
    assert.match(diagnostics[0].message, /^"-v\u043e" is not an option of smtpd \(U\+043E is not an ASCII letter, whatever it looks like\): /);
  });

  test('every option of the daemons\' getopt passes, values included (-n takes the next word)', () => {
    assert.deepEqual(run('smtp inet n - n - - smtpd -v -D -vv -n x -oa=b -o { c = d e } -d -V -z -c -l -S -u -i 1 -m 2 -s 1 -t inet\n').shown, []);
  });

  test('a word that is not an option, for a daemon that takes none: error, naming the -o settings lost', () => {
    const { diagnostics, shown } = run('lmtp unix - - n - - lmtp flags=O\n  -o lmtp_tls_security_level=may -o syslog_name=l\n');
    assert.deepEqual(shown, ['master:1:26-1:33 error «flags=O»']);
    assert.equal(
      diagnostics[0].message,
      '"flags=O" is a command-line argument, but lmtp takes none: the options end at this word, so the -o settings after it (lmtp_tls_security_level, syslog_name) are not read, and lmtp stops with "unexpected command-line argument" the first time it is used. Remove the word, or make it part of a -o setting.',
    );
    assert.deepEqual(run('q unix n - n 300 1 qmgr -v stray\n').diagnostics.map((d) => d.message.slice(0, 60)), ['"stray" is a command-line argument, but qmgr takes none: the']);
  });

  test('after --, a lone -, and braces: as the daemon reads them', () => {
    assert.deepEqual(run('s inet n - n - - smtpd -v -- x\n').shown, ['master:1:30-1:31 error «x»']);
    assert.deepEqual(run('s inet n - n - - smtpd -v --\n').shown, []);
    assert.deepEqual(run('s inet n - n - - smtpd - x\n').shown, ['master:1:24-1:25 error «-»']);
    assert.deepEqual(run('s inet n - n - - smtpd { two words }\n').shown, ['master:1:24-1:37 error «{ two words }»']);
  });

  test('pipe and spawn take arguments; other commands are not checked', () => {
    assert.deepEqual(run('m unix - n n - - pipe\n  flags=DRhu user=vmail argv=/usr/bin/maildrop -d ${recipient}\n').shown, []);
    assert.deepEqual(run('p unix - n n - 0 spawn user=nobody argv=/usr/bin/policy -x\n').shown, []);
    assert.deepEqual(run('m unix - n n - - pipe -x flags=R\n').shown, ['master:1:23-1:25 error «-x»']);
    assert.deepEqual(run('c unix - n n - - /usr/local/bin/filter -x y\n').shown, []);
  });

  test('words other rules explain, with their fixes, are left to them', () => {
    const leftTo = (master: string, code: string) => {
      assert.deepEqual(run(master).shown, [], master);
      assert.ok(analyze(loadModel({ master })).diagnostics.some((d) => d.code === code), `${code} reports ${JSON.stringify(master)}`);
    };
    leftTo('s inet n - n - - smtpd -o a=b # note\n', 'trailing-comment');
    leftTo('s inet n - n - - smtpd -o a = b\n', 'option-whitespace');
    leftTo('s inet n - n - - smtpd -o a=b, c\n', 'option-whitespace');
    leftTo('s inet n - n - - smtpd \u2013o a=b\n', 'non-ascii-character');
    leftTo('s inet n - n - - smtpd -o a=b\n  -\u2013v\n', 'non-ascii-character');
    assert.deepEqual(run('s inet n - n - - smtpd -o a stray\n').shown, ['master:1:29-1:34 error «stray»'], 'a -o without = is not option-whitespace\'s');
  });
});
