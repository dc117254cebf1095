import type { ServiceModel } from '../../model/config';
import type { Arg } from '../../parser/masterCf';
import { DAEMON_FLAG_OPTIONS, DAEMON_VALUE_OPTIONS, isSkeletonDaemon, NO_ARGUMENT_DAEMONS } from '../daemons';
import { codePoint, hasLookalike } from '../lookalikes';
import type { Finding, Rule } from '../types';
import { brokenOptions } from './optionWhitespace';

type Problem = { kind: 'option'; arg: Arg; letter: string } | { kind: 'operand'; index: number };

/**
 * The first word the daemon's getopt trips over: an option letter it does not know, or (the
 * daemon takes no arguments) the first word that is not an option. getopt stops at a word not
 * starting with `-`, at a lone `-`, and after `--`.
 */
function firstProblem(args: readonly Arg[], takesArguments: boolean): Problem | undefined {
  for (let k = 0; k < args.length; k++) {
    const t = args[k].text;
    if (t === '--') return takesArguments || k + 1 === args.length ? undefined : { kind: 'operand', index: k + 1 };
    if (t[0] !== '-' || t === '-') return takesArguments ? undefined : { kind: 'operand', index: k };
    const letters = Array.from(t.slice(1));
    for (let j = 0; j < letters.length; j++) {
      if (DAEMON_VALUE_OPTIONS.has(letters[j])) {
        // The value is the rest of the word, else the next word.
        if (j === letters.length - 1) k++;
        break;
      }
      if (!DAEMON_FLAG_OPTIONS.has(letters[j])) return { kind: 'option', arg: args[k], letter: letters[j] };
    }
  }
  return undefined;
}

function optionFinding(s: ServiceModel, arg: Arg, letter: string): Finding | undefined {
  // A typographic dash or space in the word is non-ascii-character's to report.
  if (hasLookalike(arg.text)) return undefined;
  const code = letter.codePointAt(0)!;
  const foreign = code > 0x7f ? ` (${codePoint(code)} is not an ASCII letter, whatever it looks like)` : '';
  return {
    file: 'master',
    start: arg.start,
    end: arg.end,
    message: `"${arg.text}" is not an option of ${s.command}${foreign}: ${s.command} stops with "invalid option" as soon as master(8) starts it, so this service does not run. Remove it; a setting is written -o name=value.`,
  };
}

function operandFinding(s: ServiceModel, index: number): Finding | undefined {
  const args = s.service.args;
  const arg = args[index];
  // Explained, with a fix, by other rules: an end-of-line comment, a -o split by spaces, a
  // typographic dash that was meant as an option.
  if (arg.text.startsWith('#') || hasLookalike(arg.text)) return undefined;
  if (brokenOptions(s).some((b) => b.word.start < arg.start && arg.start < b.end)) return undefined;
  const span = s.service.firstOperand?.index === index ? s.service.firstOperand : arg;
  const ignored: string[] = [];
  for (let k = index + 1; k + 1 < args.length; k++) if (args[k].text === '-o') ignored.push(args[++k].text.split('=')[0]);
  const lost = ignored.length > 0 ? `, so the -o settings after it (${ignored.join(', ')}) are not read,` : '';
  return {
    file: 'master',
    start: span.start,
    end: span.end,
    message: `"${arg.text}" is a command-line argument, but ${s.command} takes none: the options end at this word${lost} and ${s.command} stops with "unexpected command-line argument" the first time it is used. Remove the word, or make it part of a -o setting.`,
  };
}

/** Words on a daemon's master.cf line that make it stop: an unknown option, a stray argument. */
export const daemonArguments: Rule = {
  id: 'daemon-arguments',
  defaultSeverity: 'error',
  description: 'An option letter a Postfix daemon does not know (it stops with "invalid option"), or a word that is not an option given to a daemon that takes no arguments (it stops with "unexpected command-line argument", and the `-o` settings after the word are not read).',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.model.services) {
      if (!isSkeletonDaemon(s.command)) continue;
      const problem = firstProblem(s.service.args, !NO_ARGUMENT_DAEMONS.has(s.command));
      const finding = problem?.kind === 'option' ? optionFinding(s, problem.arg, problem.letter) : problem && operandFinding(s, problem.index);
      if (finding) out.push(finding);
    }
    return out;
  },
};
