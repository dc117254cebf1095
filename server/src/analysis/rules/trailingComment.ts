import { parameterFact } from '../../data/parameters';
import { atLeast } from '../../data/versions';
import type { ConfigModel } from '../../model/config';
import { isSpace, pieceHolding, toDocumentOffset } from '../../parser/lines';
import type { LogicalLine, PhysicalLine } from '../../parser/types';
import { NO_ARGUMENT_DAEMONS } from '../daemons';
import { documentOf, insertLineBefore } from '../edits';
import { BLANKS, splitWords } from '../words';
import type { FileKind, Finding, Rule, SeverityName } from '../types';

/** Types whose values break when they gain stray words. */
const STRICT_TYPES = new Set(['boolean', 'time', 'integer', 'size', 'enum', 'enum-list', 'tls-protocol-list', 'maps', 'map', 'restrictions']);

function trimmedEnd(text: string, line: PhysicalLine): number {
  let e = line.end;
  while (e > line.start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * One finding per physical line where a word of the value starts with `#`: the rest of that
 * line is meant as a comment but belongs to the value. The fix moves it to a line of its own
 * just above (a comment line may sit inside a continued setting).
 */
function commentsIn(model: ConfigModel, file: FileKind, ll: LogicalLine, from: number, make: (start: number, end: number, fix: Finding['fixes']) => void): void {
  // Most values have no `#` at all: nothing to split.
  if (ll.text.indexOf('#', from) < 0) return;
  const { text, lines } = documentOf(model, file);
  let lastLine = -1;
  for (const w of splitWords(ll.text, BLANKS, from)) {
    if (w.text[0] !== '#') continue;
    const start = toDocumentOffset(ll, w.start);
    const index = lines.indexAt(start);
    if (index === lastLine) continue;
    lastLine = index;
    const line = lines.at(index);
    const end = trimmedEnd(text, line);
    let cut = start;
    while (cut > line.start && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--;
    const indent = line.kind === 'continuation' ? /^[ \t]*/.exec(text.slice(line.start, line.end))![0] : '';
    make(start, end, [
      {
        title: 'Move the comment to its own line',
        edits: [insertLineBefore(model, file, line, indent + text.slice(start, end)), { file, start: cut, end, newText: '' }],
        safe: true,
        preferred: true,
      },
    ]);
  }
}

/** `name = value # text`: Postfix has no end-of-line comments, the text is part of the value. */
export const trailingComment: Rule = {
  id: 'trailing-comment',
  defaultSeverity: 'warning',
  description: '`name = value # text`: a `#` after other text is not a comment but part of the value (postconf 3.8 and later warn); also `#` words on a master.cf service line.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    const warns = atLeast(model.target, '3.8') ? ' postconf warns: #comment after other text is not allowed.' : ' Postfix 3.8 and later warn about it.';
    const parameters = model.main?.parameters ?? [];
    for (let i = 0; i < parameters.length; i++) {
      const p = parameters[i];
      const from = p.logical.text.length - p.value.text.length;
      // Most values have no `#` at all.
      if (p.logical.text.indexOf('#', from) < 0) continue;
      const type = parameterFact(p.name)?.type;
      const severity: SeverityName = type && STRICT_TYPES.has(type) ? 'error' : 'warning';
      commentsIn(model, 'main', p.logical, from, (start, end, fixes) =>
        out.push({
          file: 'main',
          start,
          end,
          severity,
          message: `Postfix has no end-of-line comments: "${model.main!.text.slice(start, end)}" is part of the value of ${p.name}${severity === 'error' ? ', which breaks it' : ''}.${warns} Put the comment on a line of its own.`,
          fixes,
        }),
      );
    }
    // On a master.cf service line, a `#` word is an argument for the daemon, and daemons that
    // take none exit with "unexpected command-line argument".
    for (const s of model.services) {
      if (!NO_ARGUMENT_DAEMONS.has(s.command)) continue;
      const ll = s.service.logical;
      const command = s.service.fields[7];
      const piece = pieceHolding(ll, command.end);
      if (!piece) continue;
      commentsIn(model, 'master', ll, piece.logical + (command.end - piece.start), (start, end, fixes) =>
        out.push({
          file: 'master',
          start,
          end,
          severity: 'error',
          message: `master.cf has no end-of-line comments: "${model.master!.text.slice(start, end)}" becomes command-line arguments of ${s.command}, which stops with "unexpected command-line argument". Put the comment on a line of its own.`,
          fixes,
        }),
      );
    }
    return out;
  },
};
