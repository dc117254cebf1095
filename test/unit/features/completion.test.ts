/** Completion as a pure function: which items, in which order, and the exact edits they make. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completion, resolveCompletion } from '../../../server/src/features/completion';
import { fixture } from '../../helpers/features';

type Input = Parameters<typeof fixture>[0];

function complete(input: Input): CompletionItem[] {
  const f = fixture(input);
  return completion(f.ctx, f.offset).items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined) => item?.textEdit as TextEdit;
const byLabel = (items: CompletionItem[], label: string) => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `an item ${label}`);
  return item;
};
/** The order a client shows (by sortText, then label). */
const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

describe('main.cf names', () => {
  test('at a line start: name = default as a snippet, replacing what is typed', () => {
    const items = complete({ main: 'smtpd_tls_secu|\n', file: 'main', version: '3.11' });
    const level = byLabel(items, 'smtpd_tls_security_level');
    assert.deepEqual(edit(level), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } }, newText: 'smtpd_tls_security_level = $0' });
    assert.equal(level.insertTextFormat, 2);
    assert.equal(level.detail, 'enum · default (empty)');
    assert.equal(edit(byLabel(items, 'smtpd_tls_protocols')).newText, 'smtpd_tls_protocols = ${1:>=TLSv1}');
    assert.equal(edit(byLabel(items, 'smtpd_banner')).newText, 'smtpd_banner = ${1:\\$myhostname ESMTP \\$mail_name}');
  });

  test('only names of the target release; deprecated ones tagged; set ones marked and last', () => {
    const v211 = labels(complete({ main: '|\n', file: 'main', version: '2.11' }));
    assert.ok(!v211.includes('smtpd_tls_chain_files'), 'smtpd_tls_chain_files is new in 3.4');
    assert.ok(labels(complete({ main: '|\n', file: 'main', version: '3.4' })).includes('smtpd_tls_chain_files'));
    const items = complete({ main: 'myhostname = a.example\n|\n', file: 'main' });
    const set = byLabel(items, 'myhostname');
    assert.deepEqual(set.labelDetails, { description: 'already set, line 1' });
    assert.equal(set.sortText, '2myhostname');
    assert.deepEqual(byLabel(items, 'smtpd_use_tls').tags, [1]);
    assert.ok(!labels(items).includes('process_id'), 'read-only names are not offered');
  });

  test('with = already on the line, only the name is inserted', () => {
    const items = complete({ main: 'relayh| = [smtp.example.com]\n', file: 'main' });
    assert.deepEqual(edit(byLabel(items, 'relayhost')), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, newText: 'relayhost' });
  });

  test('per-service names for the services in master.cf', () => {
    const items = complete({ main: 'relay_dest|\n', master: 'relay unix - - n - - smtp\nmysvc unix - n n - - pipe flags=R user=x argv=/bin/true\n', file: 'main' });
    assert.ok(labels(items).includes('relay_destination_concurrency_limit'));
    assert.ok(labels(items).includes('mysvc_time_limit'));
    assert.ok(!labels(items).includes('relay_time_limit'), 'time limits exist only for pipe and spawn');
  });

  test('resolve adds the parameter documentation', () => {
    const f = fixture({ main: 'smtpd_tls_secu|\n', file: 'main' });
    const item = completion(f.ctx, f.offset).items.find((i) => i.label === 'smtpd_tls_security_level')!;
    const doc = (resolveCompletion(f.ctx, item).documentation as MarkupContent).value;
    assert.match(doc, /^\*\*smtpd_tls_security_level\*\* · enum · TLS\n\nThe STARTTLS policy/);
    assert.match(doc, /\*\*Default in Postfix 3\.11:\*\* \*\(empty\)\*/);
  });
});

describe('main.cf values', () => {
  test('booleans and enumerations, the default marked', () => {
    const bool = complete({ main: 'smtpd_tls_auth_only = |\n', file: 'main' });
    assert.deepEqual(labels(bool), ['yes', 'no']);
    assert.equal(byLabel(bool, 'no').detail, 'default in Postfix 3.11');
    const levels = complete({ main: 'smtp_tls_security_level = d|\n', file: 'main' });
    assert.deepEqual(labels(levels), ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure']);
    assert.deepEqual(edit(byLabel(levels, 'dane')).range, { start: { line: 0, character: 26 }, end: { line: 0, character: 27 } });
    assert.equal((byLabel(levels, 'dane').documentation as MarkupContent).value, 'opportunistic DANE: authenticate with DNSSEC-validated TLSA records where present, otherwise behave like may');
    assert.deepEqual(labels(complete({ main: 'smtpd_tls_ciphers = |\n', file: 'main' })), ['high', 'medium', 'low', 'export', 'null']);
  });

  test('TLS protocols in the syntax of the target release', () => {
    assert.deepEqual(labels(complete({ main: 'smtpd_tls_protocols = |\n', file: 'main', version: '3.6' })), [
      '>=TLSv1', '>=TLSv1.1', '>=TLSv1.2', '>=TLSv1.3', '!SSLv2', '!SSLv3', '!TLSv1', '!TLSv1.1', '!TLSv1.2', '!TLSv1.3',
    ]);
    assert.deepEqual(labels(complete({ main: 'smtpd_tls_protocols = !SSLv2, |\n', file: 'main', version: '3.4' })), ['!SSLv2', '!SSLv3', '!TLSv1', '!TLSv1.1', '!TLSv1.2', '!TLSv1.3']);
    assert.deepEqual(labels(complete({ main: 'smtpd_tls_protocols = |\n', file: 'main', version: '2.11' })), ['!SSLv2', '!SSLv3', '!TLSv1', '!TLSv1.1', '!TLSv1.2']);
  });

  test('lookup table types, by release', () => {
    const tables = labels(complete({ main: 'virtual_alias_maps = |\n', file: 'main', version: '3.11' }));
    assert.ok(tables.includes('lmdb:') && tables.includes('texthash:') && tables.includes('mongodb:'));
    const old = labels(complete({ main: 'virtual_alias_maps = |\n', file: 'main', version: '2.10' }));
    assert.ok(!old.includes('lmdb:'), 'lmdb is new in 2.11');
  });

  test('restrictions, classes, and a table after check_*_access, on continuation lines too', () => {
    const main = 'smtpd_restriction_classes = mua\nmua = permit_sasl_authenticated, reject\nsmtpd_recipient_restrictions = permit_mynetworks,\n    reject_una|\n';
    const items = complete({ main, file: 'main' });
    const gate = byLabel(items, 'reject_unauth_destination');
    assert.deepEqual(edit(gate), { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 14 } }, newText: 'reject_unauth_destination' });
    assert.equal(byLabel(items, 'mua').detail, 'restriction class');
    assert.ok(!labels(items).includes('reject_unknown_client'), 'legacy spellings are not offered');
    assert.ok(!labels(items).includes('check_relay_domains'), 'removed restrictions are not offered');
    assert.ok(labels(complete({ main: 'mua = |\nsmtpd_restriction_classes = mua\n', file: 'main' })).includes('permit_sasl_authenticated'));
    const after = labels(complete({ main: 'smtpd_client_restrictions = check_client_access |\n', file: 'main' }));
    assert.equal(after[0], 'hash:');
  });

  test('$name references: user-defined names first, then every parameter', () => {
    const items = complete({ main: 'my_nets = 10.0.0.0/8\nmynetworks = 127.0.0.0/8 $my|\n', file: 'main' });
    const ordered = labels(sorted(items));
    assert.equal(ordered[0], 'my_nets');
    assert.deepEqual(edit(byLabel(items, 'my_nets')), { range: { start: { line: 1, character: 26 }, end: { line: 1, character: 28 } }, newText: 'my_nets' });
    assert.ok(labels(items).includes('mydomain'));
    const braced = complete({ main: 'myorigin = ${my|}\n', file: 'main' });
    assert.deepEqual(edit(byLabel(braced, 'mydomain')).range, { start: { line: 0, character: 13 }, end: { line: 0, character: 15 } });
    assert.deepEqual(labels(complete({ main: 'myorigin = $$|\n', file: 'main' })), [], 'after $$ there is no reference');
  });
});

describe('master.cf', () => {
  test('whole service entries at a line start', () => {
    const items = complete({ master: 'sub|\n', file: 'master' });
    const submission = byLabel(items, 'submission');
    assert.equal(submission.insertTextFormat, 2);
    assert.deepEqual(edit(submission).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(edit(submission).newText.split('\n')[2], '  -o smtpd_tls_security_level=encrypt');
    assert.deepEqual(labels(items), ['smtp', 'smtp (postscreen)', 'submission', 'submissions', 'smtps', 'relay', 'lmtp', 'pipe transport', 'content filter return']);
    assert.equal(edit(byLabel(items, 'relay')).newText, 'relay     unix  -       -       n       -       -       smtp\n  -o syslog_name=postfix/\\$service_name');
    assert.ok(!labels(complete({ master: '|\n', file: 'master', version: '2.7' })).includes('smtp (postscreen)'), 'postscreen is new in 2.8');
  });

  test('columns: types, y/n/-, wakeup, process limit, commands', () => {
    assert.deepEqual(labels(complete({ master: 'foo |\n', file: 'master' })), ['inet', 'unix', 'unix-dgram', 'fifo', 'pass']);
    assert.deepEqual(labels(complete({ master: 'foo unix |\n', file: 'master', version: '3.3' })).length, 3);
    assert.deepEqual(labels(complete({ master: 'foo |\n', file: 'master', version: '3.3' })), ['inet', 'unix', 'fifo', 'pass']);
    const flags = complete({ master: 'foo unix n - |\n', file: 'master' });
    assert.deepEqual(labels(flags), ['-', 'y', 'n']);
    assert.equal((flags[2].documentation as MarkupContent).value, 'runs without a chroot jail');
    assert.deepEqual(labels(complete({ master: 'foo unix n - n |\n', file: 'master' })), ['-', '60', '300', '1000?']);
    assert.deepEqual(labels(complete({ master: 'foo unix n - n - |\n', file: 'master' })), ['-', '0', '1']);
    const commands = complete({ master: 'foo unix n - n - - sm|\n', file: 'master' });
    assert.ok(labels(commands).includes('smtpd') && labels(commands).includes('postscreen'));
    assert.deepEqual(edit(byLabel(commands, 'smtpd')).range, { start: { line: 0, character: 19 }, end: { line: 0, character: 21 } });
  });

  test('after -o: names that make sense for the command, then values and references', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_sec|\n';
    const items = complete({ master, file: 'master' });
    assert.deepEqual(edit(byLabel(items, 'smtpd_tls_security_level')), {
      range: { start: { line: 1, character: 5 }, end: { line: 1, character: 18 } },
      newText: 'smtpd_tls_security_level=',
    });
    const all = labels(complete({ master: 'submission inet n - n - - smtpd\n  -o |\n', file: 'master' }));
    assert.ok(all.includes('smtpd_tls_security_level') && all.includes('syslog_name'));
    assert.ok(!all.some((n) => n.startsWith('smtp_tls_')), 'no SMTP client TLS names on an smtpd service');
    const client = labels(complete({ master: 'relay unix - - n - - smtp -o |\n', file: 'master' }));
    assert.ok(client.includes('smtp_tls_security_level') && !client.some((n) => n.startsWith('smtpd_')));
    const values = complete({ master: 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=e|\n', file: 'master' });
    assert.deepEqual(labels(values), ['none', 'may', 'encrypt']);
    assert.deepEqual(edit(byLabel(values, 'encrypt')).range, { start: { line: 1, character: 30 }, end: { line: 1, character: 31 } });
    const refs = complete({ main: 'mua_client = permit_sasl_authenticated, reject\n', master: 'submission inet n - n - - smtpd\n  -o smtpd_client_restrictions=$mua|\n', file: 'master' });
    assert.equal(labels(sorted(refs))[0], 'mua_client');
  });
});
