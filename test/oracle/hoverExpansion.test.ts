/**
 * The expanded values hover shows, through the real server over stdio, equal what
 * `postconf -nx` prints for every corpus main.cf. The server reads the host's defaults from
 * the local postconf (postfix.postconfPath), as it would on a mail host.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parameterFact } from '../../server/src/data/parameters';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { startServer, type TestServer } from '../helpers/lspClient';
import { oracleUnavailable, parameterRecord, pool, runOracle } from '../helpers/oracle';
import { corpusFiles } from '../helpers/paths';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP hover expansion differential test: ${skip}`);

const ORACLE_DIR = /\/[^\s,]*\/pfx-oracle\.[A-Za-z0-9]+/g;

function postconfPath(): string {
  return execFileSync('sh', ['-c', 'command -v postconf || echo /usr/sbin/postconf'], { encoding: 'utf8' }).trim();
}

/** The text of `**Expanded:** ...` in a hover, or undefined. */
function expandedIn(markdown: string): string | undefined {
  const line = markdown.split('\n\n').find((l) => l.startsWith('**Expanded:** '));
  if (!line) return undefined;
  const span = line.slice('**Expanded:** '.length);
  if (span === '*(empty)*') return '';
  const m = /^(`+)( ?)([\s\S]*)\2\1$/.exec(span);
  return m ? m[3] : undefined;
}

describe('hover expansion agrees with postconf -nx 3.7', { skip }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ settings: { version: '3.7', postconfPath: postconfPath() } });
    await server.logMessage(/^host defaults: \d+ values from /);
  });
  after(async () => {
    await server.close();
  });

  test('every corpus main.cf: the expanded value of each setting with $ references', async () => {
    const files = corpusFiles('main');
    const oracles = await pool(files, 4, (f) => runOracle(f, undefined));
    const failures: string[] = [];
    let compared = 0;
    // Values that depend on the process reading them (debugger_command's $process_id) stay unexpanded.
    let hostDependent = 0;
    for (const [i, file] of files.entries()) {
      const nx = oracles[i].sections['-nx'];
      if (!nx || nx.rc !== 0) continue;
      const theirs = parameterRecord(nx.stdout.map((l) => l.replace(ORACLE_DIR, '/etc/postfix')));
      const text = readFileSync(file, 'utf8');
      const uri = `file:///srv/corpus/${i}/main.cf`;
      server.open(uri, 'postfix-main', text);
      const doc = TextDocument.create(uri, 'postfix-main', 1, text);
      const parsed = parseMainCf(text);
      const last = new Map(parsed.parameters.map((p) => [p.name, p]));
      const jobs = [...last.values()]
        .filter((p) => p.name in theirs && p.name !== 'config_directory' && !parameterFact(p.name)?.raw && p.value.expr.nodes.some((n) => n.kind !== 'text'))
        .flatMap((p) => {
          // A character of the value outside every reference gives the hover of the whole value.
          const at = p.value.expr.nodes.find((n) => n.kind === 'text' && /[^\s,{}]/.test(n.text));
          if (!at || at.kind !== 'text') return [];
          const offset = at.start + at.text.search(/[^\s,{}]/);
          return [{ name: p.name, position: doc.positionAt(offset) }];
        });
      const hovers = await Promise.all(
        jobs.map((j) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: j.position }) as Promise<Hover | null>),
      );
      jobs.forEach((j, k) => {
        const markdown = (hovers[k]?.contents as MarkupContent | undefined)?.value ?? '';
        if (/depends on the host/.test(markdown)) {
          hostDependent++;
          return;
        }
        const ours = expandedIn(markdown);
        compared++;
        if (ours !== theirs[j.name]) failures.push(`${file}: ${j.name}\n  hover:    ${ours ?? markdown.slice(0, 200)}\n  postconf: ${theirs[j.name]}`);
      });
    }
    console.log(`# ${compared} expanded values compared, ${hostDependent} left to the host`);
    assert.ok(compared > 100, `only ${compared} values compared`);
    if (failures.length) throw new Error(`${failures.length} of ${compared} differ:\n${failures.join('\n')}`);
  });
});
