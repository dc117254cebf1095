/**
 * Hover through the real server over stdio: every TLS parameter documented with its default,
 * release and postconf(5) link; defaults per target release (postfix.version); expanded
 * values; master.cf columns.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { allParameters, parameterDoc } from '../../server/src/data/parameters';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = 'file:///srv/hover/postfix';

async function hoverAt(server: TestServer, uri: string, line: number, character: number): Promise<{ text: string; hover: Hover }> {
  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  assert.ok(hover, `a hover at ${uri} ${line}:${character}`);
  return { text: (hover.contents as MarkupContent).value, hover };
}

function setVersion(server: TestServer, version: string): void {
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { version } } });
}

describe('hover over stdio', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.close();
  });

  test('every TLS parameter: description, default, release and link', async () => {
    const tls = allParameters().filter((p) => p.tls);
    assert.ok(tls.length > 250);
    const uri = `${dir}/tls/main.cf`;
    server.open(uri, 'postfix-main', tls.map((p) => `${p.name} = x`).join('\n') + '\n');
    const hovers = await Promise.all(tls.map((_, line) => hoverAt(server, uri, line, 1)));
    const problems: string[] = [];
    tls.forEach((p, line) => {
      const { text, hover } = hovers[line];
      const lines = text.split('\n\n');
      const expect = (ok: boolean, what: string) => ok || problems.push(`${p.name}: ${what}`);
      expect(lines[0].startsWith(`**${p.name}** · `), 'head line');
      expect(lines[1] === parameterDoc(p.name)!.summary, 'description');
      expect(lines.some((l) => l.startsWith(`**Recommendation:** ${parameterDoc(p.name)!.recommendation}`)), 'recommendation');
      expect(lines.some((l) => /^\*\*Default (in Postfix \d+\.\d+|until its removal in \d+\.\d+):\*\* /.test(l)), 'default');
      expect(lines.some((l) => /^\*\*Since\*\* (Postfix \d+\.\d+(\.\d+)?|before Postfix 2\.0)/.test(l)), 'release');
      expect(lines[lines.length - 1] === `[postconf(5): ${p.name}](https://www.postfix.org/postconf.5.html#${p.name})`, 'link');
      expect(
        JSON.stringify(hover.range) === JSON.stringify({ start: { line, character: 0 }, end: { line, character: p.name.length } }),
        'range',
      );
    });
    assert.deepEqual(problems, []);
  });

  test('defaults follow postfix.version: 2.11, 3.4, 3.7, 3.11', async () => {
    const uri = `${dir}/versions/main.cf`;
    server.open(uri, 'postfix-main', 'smtpd_tls_protocols = x\nsmtpd_relay_restrictions = x\nsmtp_tls_security_level = x\n');
    const expected: Record<string, string[]> = {
      '2.11': [
        '**Default in Postfix 2.11:** `!SSLv2, !SSLv3`',
        '**Default in Postfix 2.11:** `permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination`',
        '**Default in Postfix 2.11:** *(empty)*',
      ],
      '3.4': [
        '**Default in Postfix 3.4:** `!SSLv2, !SSLv3`',
        '**Default in Postfix 3.4:** `${{$compatibility_level} < {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
        '**Default in Postfix 3.4:** *(empty)*',
      ],
      '3.7': [
        '**Default in Postfix 3.7:** `>=TLSv1`',
        '**Default in Postfix 3.7:** `${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
        '**Default in Postfix 3.7:** *(empty)*',
      ],
      '3.11': [
        '**Default in Postfix 3.11:** `>=TLSv1`',
        '**Default in Postfix 3.11:** `${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}` → here *(empty)*',
        '**Default in Postfix 3.11:** `${{$compatibility_level} <level {3.11} ? {} : {may}}` → here *(empty)*',
      ],
    };
    for (const [version, lines] of Object.entries(expected)) {
      setVersion(server, version);
      for (let line = 0; line < lines.length; line++) {
        const { text } = await hoverAt(server, uri, line, 2);
        assert.ok(text.split('\n\n').includes(lines[line]), `${version}, line ${line}: expected ${lines[line]}\n got:\n${text}`);
      }
    }
    setVersion(server, '');
  });

  test('values and references expand as postconf -x, nested conditionals included', async () => {
    const uri = `${dir}/expand/main.cf`;
    server.open(
      uri,
      'postfix-main',
      [
        'mydomain = example.com',
        'myhostname = mail.$mydomain',
        'empty =',
        'smtpd_banner = ${myhostname?{$myhostname ESMTP ${empty:{(plain)}}}:{none}}',
        'x = ${{$mydomain} == {example.com} ? {same} : {other}}',
        '',
      ].join('\n'),
    );
    const banner = await hoverAt(server, uri, 3, 43);
    assert.deepEqual(banner.text.split('\n\n'), [
      '**smtpd_banner** = `${myhostname?{$myhostname ESMTP ${empty:{(plain)}}}:{none}}`',
      '**Expanded:** `mail.example.com ESMTP (plain)`',
    ]);
    const ref = await hoverAt(server, uri, 3, 20);
    assert.deepEqual(ref.hover.range, { start: { line: 3, character: 17 }, end: { line: 3, character: 27 } });
    assert.ok(ref.text.split('\n\n').includes('This `?` form gives its text when myhostname is non-empty; here it gives `mail.example.com ESMTP (plain)`.'));
    const relational = await hoverAt(server, uri, 4, 45);
    assert.equal(relational.text.split('\n\n')[1], '**Expanded:** `same`');
  });

  test('master.cf columns and -o settings', async () => {
    const uri = `${dir}/columns/master.cf`;
    server.open(uri, 'postfix-master', 'submission inet n - - - - smtpd\n  -o smtpd_tls_security_level=encrypt\n');
    const titles: string[] = [];
    for (const character of [0, 11, 16, 18, 20, 22, 24, 26]) titles.push((await hoverAt(server, uri, 0, character)).text.split('\n\n')[0]);
    assert.deepEqual(titles, [
      '**Column 1: service name** · service `submission/inet`',
      '**Column 2: service type** · service `submission/inet`',
      '**Column 3: private** · service `submission/inet`',
      '**Column 4: unprivileged** · service `submission/inet`',
      '**Column 5: chroot** · service `submission/inet`',
      '**Column 6: wakeup time** · service `submission/inet`',
      '**Column 7: process limit** · service `submission/inet`',
      '**Column 8: command** · service `submission/inet`',
    ]);
    const name = await hoverAt(server, uri, 1, 10);
    assert.deepEqual(name.hover.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 29 } });
    assert.match(name.text, /^\*\*smtpd_tls_security_level\*\* · enum · TLS/);
    const value = await hoverAt(server, uri, 1, 32);
    assert.equal(value.text.split('\n\n')[0], '`encrypt` in smtpd_tls_security_level: clients must use TLS before sending mail; also implies smtpd_tls_auth_only');
  });
});
