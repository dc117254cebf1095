/**
 * Every snippet, expanded with its defaults into a configuration (main.cf snippets into a
 * minimal main.cf, master.cf snippets into a stock-like master.cf in place of the services they
 * define), is accepted by the real postconf without a single warning, reads the same with our
 * parser, and gets no error from our own rules.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { existsIn, parameterFact } from '../../server/src/data/parameters';
import { parseVersion } from '../../server/src/data/versions';
import { dumpMain, dumpMaster } from '../../server/src/model/dump';
import { loadModel } from '../../server/src/model/load';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { assertMainAgrees, assertMasterAgrees } from '../helpers/compare';
import { oracleUnavailable, runOracle } from '../helpers/oracle';
import { ROOT } from '../helpers/paths';
import { expandSnippet } from './snippetExpand';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP snippets against postconf: ${skip}`);

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const load = (file: string): Record<string, Snippet> => JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8'));
const MAIN_SNIPPETS = load('main.cf.json');
const MASTER_SNIPPETS = load('master.cf.json');

const MINIMAL_MAIN = 'compatibility_level = 3.6\nmyhostname = mail.example.com\n';
/** For master.cf snippets: the TLS server settings their encrypt levels rely on. */
const MAIN_WITH_TLS = `${MINIMAL_MAIN}smtpd_tls_cert_file = /etc/ssl/certs/mail.example.com.pem\nsmtpd_tls_key_file = /etc/ssl/private/mail.example.com.key\nsmtpd_tls_security_level = may\n`;
/** The services of Postfix's stock master.cf (3.x), without its comments. */
const STOCK_MASTER = `smtp      inet  n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
        -o syslog_name=\${multi_instance_name?{$multi_instance_name}:{postfix}}/$service_name
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`;

/** The stock master.cf without the entries (name and type) that `snippet` defines, then the snippet. */
function masterWith(snippet: string): string {
  const defined = new Set(parseMasterCf(snippet).services.map((s) => `${s.fields[0].text}/${s.fields[1]?.text}`));
  const kept = parseMasterCf(STOCK_MASTER)
    .services.filter((s) => !defined.has(`${s.fields[0].text}/${s.fields[1].text}`))
    .map((s) => STOCK_MASTER.slice(s.start, s.end));
  return `${kept.join('\n')}\n${snippet}`;
}

function write(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-snippet-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) writeFileSync((paths[name] = join(dir, name)), text);
  return paths;
}

/** Names a snippet sets: main.cf parameters or master.cf `-o` names. */
function namesSet(kind: 'main' | 'master', text: string): string[] {
  if (kind === 'main') return parseMainCf(text).parameters.map((p) => p.name);
  return parseMasterCf(text).services.flatMap((s) => s.overrides.map((o) => o.name));
}

describe('snippet expansion', () => {
  test('defaults, first choices, mirrors, variables and escapes', () => {
    assert.equal(expandSnippet(['${1:a} $1 ${2|x,y|} ${2} $TM_FILENAME ${VAR:dflt} \\$lit \\} $0']), 'a a x x  dflt $lit } ');
    assert.equal(expandSnippet('$1 then ${1:late}'), 'late then late');
    assert.equal(expandSnippet('${1:outer ${2:inner}} $2'), 'outer inner inner');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
  });

  test('package.json contributes both snippet files; every snippet has a prefix, a description and a body', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [
      { language: 'postfix-main', path: './snippets/main.cf.json' },
      { language: 'postfix-master', path: './snippets/master.cf.json' },
    ]);
    for (const s of [...Object.values(MAIN_SNIPPETS), ...Object.values(MASTER_SNIPPETS)]) {
      assert.ok(s.prefix.length > 0 && s.description.length > 20 && s.body.length > 1);
    }
  });
});

describe('every snippet is accepted by postconf 3.7 without a warning', { skip }, () => {
  const cases = [
    ...Object.entries(MAIN_SNIPPETS).map(([title, s]) => ({ title, kind: 'main' as const, text: expandSnippet(s.body) })),
    ...Object.entries(MASTER_SNIPPETS).map(([title, s]) => ({ title, kind: 'master' as const, text: expandSnippet(s.body) })),
  ];
  for (const c of cases) {
    test(`${c.kind}.cf: ${c.title}`, async () => {
      const main = c.kind === 'main' ? `${MINIMAL_MAIN}${c.text}` : MAIN_WITH_TLS;
      const master = c.kind === 'main' ? STOCK_MASTER : masterWith(c.text);
      const paths = write({ 'main.cf': main, 'master.cf': master });
      const oracle = await runOracle(paths['main.cf'], paths['master.cf']);
      for (const section of ['-n', '-nx', '-M', '-P']) {
        assert.equal(oracle.sections[section].rc, 0, `${section} rc`);
        assert.deepEqual(oracle.sections[section].stderr, [], `${section} warnings`);
      }
      // postconf reads what we read: the snippet's settings all took effect.
      const model = loadModel({ main, master, version: '3.7' });
      assertMainAgrees(dumpMain(model, 'main.cf'), oracle, c.title);
      assertMasterAgrees(dumpMaster(model, 'master.cf'), oracle, c.title);
      for (const name of namesSet(c.kind, c.text)) {
        const fact = parameterFact(name);
        assert.equal(fact?.status, 'current', `${name} is a current parameter`);
        for (const v of ['3.7', '3.11']) assert.ok(existsIn(fact!, parseVersion(v)!), `${name} exists in ${v}`);
      }
      for (const version of ['3.7', '3.11']) {
        const { diagnostics } = analyze(loadModel({ main, master, version }), { rules: {} });
        assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`), [], `errors for ${version}`);
      }
    });
  }
});
