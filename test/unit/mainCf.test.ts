import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { loadModel } from '../../server/src/model/load';
import { mainComments, parseMainCf } from '../../server/src/parser/mainCf';
import { printDocument } from '../../server/src/parser/print';

/** The text a span covers. */
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('main.cf parser', () => {
  test('name, = and value carry exact ranges', () => {
    const text = 'myhostname   =  mail.example.com  \n';
    const [p] = parseMainCf(text).parameters;
    assert.equal(p.name, 'myhostname');
    assert.deepEqual([p.nameStart, p.nameEnd, p.eq], [0, 10, 13]);
    assert.equal(at(text, p.value), 'mail.example.com');
    assert.deepEqual([p.value.start, p.value.end], [16, 32]);
  });

  test('a continued value spans its lines; comment lines inside are not part of it', () => {
    const text = 'mydestination = a,\n# note\n  b,\n\n\tc\nrelayhost =\n';
    const doc = parseMainCf(text);
    const [dest, relay] = doc.parameters;
    assert.equal(dest.value.text, 'a,  b,\tc');
    assert.equal(dest.value.normalized, 'a, b, c');
    assert.deepEqual([dest.value.start, dest.value.end], [16, text.indexOf('c\n') + 1]);
    assert.deepEqual([dest.logical.firstLine, dest.logical.lastLine], [0, 4]);
    assert.equal(relay.value.text, '');
    assert.deepEqual([relay.value.start, relay.value.end], [text.indexOf('relayhost =') + 11, text.indexOf('relayhost =') + 11]);
    assert.deepEqual(mainComments(doc).map((c) => at(text, c)), ['# note']);
  });

  test('references on a continuation line map to their document offsets', () => {
    const text = 'x = a\n  $mydomain ${b?{c $d}}\n';
    const [p] = parseMainCf(text).parameters;
    const refs = p.value.expr.nodes.filter((n) => n.kind === 'ref');
    assert.deepEqual(refs.map((r) => at(text, r)), ['$mydomain', '${b?{c $d}}']);
    const cond = refs[1].kind === 'ref' ? refs[1].conditional! : undefined;
    assert.equal(cond?.op, '?');
    const inner = cond!.value.find((n) => n.kind === 'ref')!;
    assert.equal(at(text, inner), '$d');
  });

  test('a value without $ is plain: one text node over its document range (none when empty), made once when asked for', () => {
    const text = 'myhostname = mail.example.com\nalias_maps = hash:/etc/aliases,\n  hash:/etc/more\nrelayhost =\nmydomain = $myhostname\n';
    const [host, maps, relay, domain] = parseMainCf(text).parameters;
    assert.deepEqual([host.value.plain, maps.value.plain, relay.value.plain, domain.value.plain], [true, true, true, false]);
    assert.deepEqual(host.value.expr, { nodes: [{ kind: 'text', start: 13, end: 29, text: 'mail.example.com' }], problems: [] });
    assert.equal(host.value.expr, host.value.expr, 'the same expression each time');
    const [node] = maps.value.expr.nodes;
    assert.deepEqual([node.kind, at(text, node), node.kind === 'text' && node.text], ['text', 'hash:/etc/aliases,\n  hash:/etc/more', maps.value.text]);
    assert.deepEqual(relay.value.expr.nodes, []);
    assert.deepEqual(domain.value.expr.nodes.map((n) => n.kind), ['ref']);
  });

  test('analysis makes no text nodes for plain values (they are a tenth of what a version keeps)', () => {
    const main = 'myhostname = mail.example.com\nmydomain = example.com\nmyorigin = $mydomain\nsmtpd_tls_security_level = may\nalias_maps = hash:/etc/aliases\n';
    const model = loadModel({ main, master: 'smtp inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n' });
    const values = model.main!.parameters.map((p) => p.value);
    const proto = Object.getPrototypeOf(values[0]) as object;
    const expr = Object.getOwnPropertyDescriptor(proto, 'expr')!;
    const made: string[] = [];
    Object.defineProperty(proto, 'expr', {
      configurable: true,
      get(this: { plain: boolean; text: string }) {
        if (this.plain) made.push(this.text);
        return expr.get!.call(this);
      },
    });
    try {
      assert.ok(analyze(model).diagnostics.length > 0);
    } finally {
      Object.defineProperty(proto, 'expr', expr);
    }
    assert.deepEqual(made, []);
  });

  test('a line without = is a fatal problem at that line; parsing goes on', () => {
    const text = 'a = 1\njust_a_name\nb = 2\n';
    const doc = parseMainCf(text);
    assert.deepEqual(doc.parameters.map((p) => p.name), ['a', 'b']);
    assert.equal(doc.problems.length, 1);
    const [pr] = doc.problems;
    assert.deepEqual([pr.code, pr.line, pr.fatal, at(text, pr)], ['syntax-error', 2, true, 'just_a_name']);
    assert.equal(pr.message, `missing '=' after attribute name: "just_a_name"`);
  });

  test('an indented first line is an orphan warning covering its continuation', () => {
    const text = '  orphan = 1\n  more\nok = 2\n';
    const doc = parseMainCf(text);
    assert.deepEqual(doc.parameters.map((p) => p.name), ['ok']);
    assert.deepEqual(doc.problems.map((p) => [p.code, p.fatal, p.start, p.end]), [['leading-whitespace', false, 0, 19]]);
  });

  test('CRLF: the CR is whitespace, not part of the value', () => {
    const text = 'a = b\r\nc = d\r\n';
    const doc = parseMainCf(text);
    assert.deepEqual(doc.parameters.map((p) => [p.name, p.value.text, p.value.end]), [['a', 'b', 5], ['c', 'd', 12]]);
  });

  test('expression problems are kept with Postfix wording', () => {
    const [p] = parseMainCf('a = x ${b\n').parameters;
    assert.deepEqual(p.value.expr.problems.map((x) => x.message), ['truncated macro reference: "x ${b"']);
    const [q] = parseMainCf('a = ${{1} =~ {2} ? {y} : {n}}\n').parameters;
    assert.match(q.value.expr.problems[0].message, /^"==" or "!=""/);
  });

  test('printing the tree reproduces the input byte for byte', () => {
    for (const text of ['', '\n', 'a=b', 'a = b\r\n  c\r\n# x\r\n', '\ufeffa = $(b)\n\n\n', '  x\n=\n']) {
      assert.equal(printDocument(parseMainCf(text)), text);
    }
  });
});
