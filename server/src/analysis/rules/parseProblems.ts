import type { ParseProblem } from '../../parser/types';
import { postconfData } from '../postconf';
import type { FileKind, Finding, RuleContext } from '../types';

/** The parse problems of both files that carry rule id `code`, as findings (each is a postconf message). */
export function parseProblemFindings(ctx: RuleContext, code: string): Finding[] {
  const out: Finding[] = [];
  const add = (file: FileKind, problems: ParseProblem[] | undefined) => {
    for (const p of problems ?? []) if (p.code === code) out.push({ file, start: p.start, end: p.end, message: p.message, data: postconfData(p.message) });
  };
  add('main', ctx.model.main?.problems);
  add('master', ctx.model.master?.problems);
  return out;
}
