import { atLeast } from '../../data/versions';
import type { ServiceModel } from '../../model/config';
import type { Arg } from '../../parser/masterCf';
import { NO_ARGUMENT_DAEMONS } from '../daemons';
import type { Finding, Fix, Rule } from '../types';

export interface Broken {
  /** The word after `-o` (name, maybe with `=` and a first value part). */
  word: Arg;
  name: string;
  /** The value as meant, word by word. */
  words: string[];
  /** Offset where the broken text ends. */
  end: number;
  spacedEquals: boolean;
}

/**
 * A short-form `-o name=value` with whitespace around `=` or inside the value: the words
 * after the first become stray arguments, which also end the option list.
 */
export function brokenOptions(s: ServiceModel): Broken[] {
  const args = s.service.args;
  const noArguments = NO_ARGUMENT_DAEMONS.has(s.command);
  const out: Broken[] = [];
  const isOption = (a: Arg | undefined) => a !== undefined && a.text.startsWith('-');
  let k = 0;
  while (k < args.length) {
    const a = args[k];
    if (a.text === '--' || (!isOption(a) && !noArguments)) break;
    if (a.text !== '-o' || k + 1 >= args.length) {
      k++;
      continue;
    }
    const v = args[k + 1];
    const n = args[k + 2];
    const eq = v.text.indexOf('=');
    let broken: Broken | undefined;
    let j = k + 2;
    const takeList = (words: string[]) => {
      while (j < args.length && !isOption(args[j]) && (noArguments || words[words.length - 1].endsWith(',') || args[j].text.startsWith(','))) {
        words.push(args[j++].text);
      }
      return words;
    };
    if (eq < 0 && n && n.text.startsWith('=')) {
      // -o name = value, -o name =value
      j = k + 3;
      const first = n.text === '=' ? (j < args.length && !isOption(args[j]) ? args[j++].text : undefined) : n.text.slice(1);
      broken = { word: v, name: v.text, words: first === undefined ? [] : takeList([first]), end: 0, spacedEquals: true };
    } else if (eq > 0 && n && !isOption(n) && (noArguments || v.text.endsWith(','))) {
      // -o name= value, -o name=a, b
      const firstPart = v.text.slice(eq + 1);
      const words = firstPart === '' ? [args[j++].text] : [firstPart];
      broken = { word: v, name: v.text.slice(0, eq), words: takeList(words), end: 0, spacedEquals: false };
    }
    if (!broken) {
      k += 2;
      continue;
    }
    broken.end = args[j - 1].end;
    out.push(broken);
    k = j;
  }
  return out;
}

function fixesFor(b: Broken, target: number[]): Fix[] {
  const fixes: Fix[] = [];
  const joinable = b.words.every((w, i) => i === 0 || b.words[i - 1].endsWith(',') || w.startsWith(','));
  if (b.words.length > 0 && joinable) {
    fixes.push({ title: `Write -o ${b.name}=${b.words.join('')}`, edits: [{ file: 'master', start: b.word.start, end: b.end, newText: `${b.name}=${b.words.join('')}` }], safe: true, preferred: true });
  }
  if (atLeast(target, '3.0') && !b.words.some((w) => /[{}]/.test(w))) {
    const text = b.words.length ? `{ ${b.name} = ${b.words.join(' ')} }` : `{ ${b.name} = }`;
    fixes.push({ title: `Use the long form -o ${text}`, edits: [{ file: 'master', start: b.word.start, end: b.end, newText: text }], safe: true, preferred: fixes.length === 0 });
  }
  return fixes;
}

/** Whitespace inside a short-form `-o name=value`. */
export const optionWhitespace: Rule = {
  id: 'option-whitespace',
  defaultSeverity: 'error',
  description: 'Whitespace inside a short-form `-o name=value` (around `=`, or a list written `a, b`): the words split apart, the setting is lost and the rest of the options too.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of model.services) {
      for (const b of brokenOptions(s)) {
        const stray = NO_ARGUMENT_DAEMONS.has(s.command) ? `, and ${s.command} stops with "unexpected command-line argument"` : '';
        const what = b.spacedEquals
          ? `Spaces around "=" split this -o into separate words: ${b.name} is not set`
          : `Spaces in the value split this -o into separate words: ${b.name} gets only "${b.word.text.slice(b.name.length + 1)}"`;
        out.push({
          file: 'master',
          start: b.word.start,
          end: b.end,
          message: `${what}, the other words end the option list (later -o settings of this service are ignored)${stray}. A short-form -o takes no spaces; write a list with commas only, or use the long form -o { name = value } (Postfix 3.0 and later).`,
          fixes: fixesFor(b, model.target),
        });
      }
    }
    return out;
  },
};
