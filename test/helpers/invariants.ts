/**
 * What must hold for any input: the parsers, the model, every rule, the dump and the LSP
 * features return without throwing, every range lies inside its document, and printing the
 * tree gives the input back. Throws an AssertionError naming the first violation.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/engine';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { mainSymbols, masterSymbols } from '../../server/src/features/symbols';
import { buildModel } from '../../server/src/model/config';
import { dumpMain, dumpMaster } from '../../server/src/model/dump';
import { expandedValue } from '../../server/src/model/effective';
import { resolveTarget } from '../../server/src/model/target';
import type { ExprNode, Span } from '../../server/src/parser/types';
import { mainComments, parseMainCf, type MainCf } from '../../server/src/parser/mainCf';
import { masterComments, parseMasterCf, type MasterCf } from '../../server/src/parser/masterCf';
import { printDocument } from '../../server/src/parser/print';

function inside(label: string, s: Span, length: number): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length)) {
    assert.fail(`${label}: range ${s.start}-${s.end} outside the document (length ${length})`);
  }
}

function nodesInside(label: string, nodes: ExprNode[], length: number): void {
  for (const n of nodes) {
    inside(`${label} ${n.kind}`, n, length);
    if (n.kind === 'ref') {
      inside(`${label} ref name`, { start: n.nameStart, end: n.nameEnd }, length);
      if (n.conditional) {
        inside(`${label} conditional`, n.conditional, length);
        nodesInside(label, n.conditional.value, length);
        nodesInside(label, n.conditional.otherwise ?? [], length);
      }
    } else if (n.kind === 'relational') {
      for (const part of [n.left, n.right, n.ifTrue, n.ifFalse]) nodesInside(label, part, length);
    }
  }
}

function mainRanges(doc: MainCf): void {
  const len = doc.text.length;
  for (const l of doc.lines) inside('line', l, len);
  for (const l of doc.logical) for (const p of l.pieces) inside('logical piece', p, len);
  for (const c of mainComments(doc)) inside('comment', c, len);
  for (const p of doc.problems) inside(`problem ${p.code}`, p, len);
  for (const p of doc.parameters) {
    inside('parameter', p, len);
    inside('parameter name', { start: p.nameStart, end: p.nameEnd }, len);
    inside('value', p.value, len);
    nodesInside('value expression', p.value.expr.nodes, len);
    for (const x of p.value.expr.problems) inside('expression problem', x, len);
  }
}

function masterRanges(doc: MasterCf): void {
  const len = doc.text.length;
  for (const l of doc.lines) inside('line', l, len);
  for (const c of masterComments(doc)) inside('comment', c, len);
  for (const p of doc.problems) inside(`problem ${p.code}`, p, len);
  for (const s of doc.services) {
    inside('service', s, len);
    for (const f of s.fields) inside('field', f, len);
    for (const a of s.args) inside('argument', a, len);
    for (const o of s.overrides) {
      inside('override', o, len);
      inside('override name', { start: o.nameStart, end: o.nameEnd }, len);
      inside('override value', { start: o.valueStart, end: o.valueEnd }, len);
      nodesInside('override expression', o.expr.nodes, len);
    }
  }
}

/** Checks every invariant for `text` read as a main.cf and as a master.cf (together, as one directory). */
export function checkInvariants(mainText: string, masterText: string = mainText): void {
  const main = parseMainCf(mainText);
  const master = parseMasterCf(masterText);
  assert.equal(printDocument(main), mainText, 'printing main.cf gives the input back');
  assert.equal(printDocument(master), masterText, 'printing master.cf gives the input back');
  mainRanges(main);
  masterRanges(master);
  // Three target releases for ordinary inputs; one for huge ones, to keep the suite fast.
  const large = mainText.length + masterText.length > 100_000;
  for (const version of large ? [undefined] : [undefined, '3.7', '2.11']) {
    const model = buildModel({ main, master, target: resolveTarget(version, main) });
    const { diagnostics, failures } = analyze(model, { rules: {}, hostRole: 'internet-mx' });
    assert.deepEqual(failures.map((f) => `${f.rule}: ${String(f.error)}`), [], 'no rule throws');
    for (const d of diagnostics) {
      inside(`diagnostic ${d.code}`, d, d.file === 'main' ? mainText.length : masterText.length);
      for (const r of d.related ?? []) inside(`related of ${d.code}`, r, r.file === 'main' ? mainText.length : masterText.length);
      for (const f of d.fixes ?? []) for (const e of f.edits) inside(`fix of ${d.code}`, e, e.file === 'main' ? mainText.length : masterText.length);
    }
    for (const f of model.fatalExpressionProblems) inside('fatal expression problem', f.problem, f.file === 'main' ? mainText.length : masterText.length);
    dumpMain(model, 'main.cf');
    dumpMaster(model, 'master.cf');
    // Expanding every name of a huge file is quadratic by nature; a sample of them is enough.
    for (const name of [...model.effective.keys()].slice(0, 200)) expandedValue(model, name);
    for (const s of model.services.slice(0, 50)) for (const name of s.overrides.keys()) expandedValue(model, name, s);
    const mainDoc = TextDocument.create('file:///x/main.cf', 'postfix-main', 1, mainText);
    const masterDoc = TextDocument.create('file:///x/master.cf', 'postfix-master', 1, masterText);
    const docs = { main: { doc: mainDoc, uri: mainDoc.uri }, master: { doc: masterDoc, uri: masterDoc.uri } };
    toLspDiagnostics(diagnostics, 'main', docs);
    toLspDiagnostics(diagnostics, 'master', docs);
  }
  mainSymbols(TextDocument.create('file:///x/main.cf', 'postfix-main', 1, mainText), main);
  masterSymbols(TextDocument.create('file:///x/master.cf', 'postfix-master', 1, masterText), master);
  foldingRanges(TextDocument.create('file:///x/main.cf', 'postfix-main', 1, mainText), main);
  foldingRanges(TextDocument.create('file:///x/master.cf', 'postfix-master', 1, masterText), master);
}
