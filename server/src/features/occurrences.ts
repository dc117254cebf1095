/**
 * Every place a parameter name occurs in main.cf and master.cf: assignments, `-o` settings,
 * `$name` references (nested ones too) and, for restriction classes, the bare name in
 * restriction lists. Navigation (references, rename, highlights) is built on this.
 */
import type { FileKind } from '../analysis/types';
import type { ConfigModel } from '../model/config';
import { forEachRef } from '../parser/expression';
import type { ExprNode, LogicalLine, Span } from '../parser/types';
import { valueWords, type Target } from './position';
import { isRestrictionClass, isRestrictionList } from './valueDocs';

export interface Occurrence {
  file: FileKind;
  span: Span;
  /** assignment: main.cf name; override: `-o` name; reference: `$name`; word: a restriction class used by name. */
  kind: 'assignment' | 'override' | 'reference' | 'word';
}

/** The parameter name a target stands for, and where it is written, if navigation applies to it. */
export function symbolAt(model: ConfigModel, target: Target | undefined): { name: string; span: Span } | undefined {
  if (!target || target.kind === 'field') return undefined;
  if (target.kind !== 'word') return { name: target.name, span: target.span };
  const isClassName = isRestrictionClass(model, target.word) && (isRestrictionList(model, target.owner.name) || target.owner.name === 'smtpd_restriction_classes');
  return isClassName ? { name: target.word, span: target.span } : undefined;
}

/** Words equal to `name` in the value span. */
function wordsIn(text: string, line: LogicalLine, value: Span, name: string, file: FileKind, out: Occurrence[]): void {
  for (const w of valueWords(text, line, value)) if (w.text === name) out.push({ file, span: { start: w.start, end: w.end }, kind: 'word' });
}

function refsIn(nodes: ExprNode[], name: string, file: FileKind, out: Occurrence[]): void {
  forEachRef(nodes, (r) => {
    if (r.name === name) out.push({ file, span: { start: r.nameStart, end: r.nameEnd }, kind: 'reference' });
  });
}

export function occurrences(model: ConfigModel, name: string): Occurrence[] {
  const out: Occurrence[] = [];
  const isClass = isRestrictionClass(model, name);
  for (const p of model.main?.parameters ?? []) {
    if (p.name === name) out.push({ file: 'main', span: { start: p.nameStart, end: p.nameEnd }, kind: 'assignment' });
    if (!p.value.plain) refsIn(p.value.expr.nodes, name, 'main', out);
    if (isClass && (p.name === 'smtpd_restriction_classes' || isRestrictionList(model, p.name))) wordsIn(model.main!.text, p.logical, p.value, name, 'main', out);
  }
  for (const s of model.services) {
    for (const o of s.service.overrides) {
      if (o.name === name) out.push({ file: 'master', span: { start: o.nameStart, end: o.nameEnd }, kind: 'override' });
      refsIn(o.expr.nodes, name, 'master', out);
      if (isClass && isRestrictionList(model, o.name)) {
        wordsIn(model.master!.text, s.service.logical, { start: o.valueStart, end: o.valueEnd }, name, 'master', out);
      }
    }
  }
  return out;
}
