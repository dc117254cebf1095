import { isSpace } from '../../parser/lines';
import type { Service } from '../../parser/masterCf';
import { documentOf } from '../edits';
import { postconfData } from '../postconf';
import type { Finding, Rule } from '../types';

/** A word that only makes sense as a continuation: an option (also with a typographic dash) or a pipe(8) attribute. */
const CONTINUATION_WORD = /^([-\u2010-\u2015\u2212]|(flags|user|argv|size|eol|directory|null_sender)=)/;

const isContinuation = (s: Service) => s.fields.length > 0 && CONTINUATION_WORD.test(s.fields[0].text);

/** The indentation the service's own continuation lines use, or two blanks. */
function indentationOf(text: string, s: Service): string {
  for (const piece of s.logical.pieces.slice(1)) {
    const m = /^[ \t]+/.exec(text.slice(piece.start, piece.end));
    if (m) return m[0];
  }
  return '  ';
}

/** An `-o` (or pipe attribute) line in column 1 after a service: Postfix reads a new, bogus service. */
export const unindentedContinuation: Rule = {
  id: 'unindented-continuation',
  defaultSeverity: 'error',
  description: 'A master.cf `-o ...` (or pipe attribute) line that starts in column 1: Postfix reads it as a new service instead of a continuation of the one above, and rejects master.cf.',
  check(ctx) {
    const { model } = ctx;
    if (!model.master) return [];
    const { text, lines } = documentOf(model, 'master');
    const out: Finding[] = [];
    let owner: Service | undefined;
    for (const s of model.master.services) {
      if (!isContinuation(s)) {
        owner = s;
        continue;
      }
      if (!owner) continue;
      const line = lines.at(s.logical.firstLine);
      let end = line.end;
      while (end > line.start && isSpace(text.charCodeAt(end - 1))) end--;
      const name = owner.fields.slice(0, 2).map((f) => f.text).join(' ');
      // postconf's own error for the entry the line starts (too few fields for a service, up to
      // the end of its indented lines), which syntax-error would report: this finding says it,
      // on the same range, and why.
      const rejected = model.master.problems.find((p) => p.code === 'syntax-error' && p.start === line.start);
      const explanation = `starts in column 1, so Postfix reads it as a new service named "${s.fields[0].text}" instead of a continuation of the "${name}" service above, and rejects master.cf. Indent it.`;
      out.push({
        file: 'master',
        start: line.start,
        end: rejected?.end ?? end,
        message: rejected ? `${rejected.message}: this line ${explanation}` : `This line ${explanation}`,
        ...(rejected ? { data: postconfData(rejected.message) } : {}),
        related: [{ file: 'master', start: owner.fields[0].start, end: owner.fields[1]?.end ?? owner.fields[0].end, message: `the service this line belongs to` }],
        fixes: [{ title: 'Indent the line', edits: [{ file: 'master', start: line.start, end: line.start, newText: indentationOf(text, owner) }], safe: true, preferred: true }],
      });
    }
    return out;
  },
};
