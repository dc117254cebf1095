/**
 * smtpd restriction lists as steps: each restriction with its argument (a table, a policy
 * service, a DNSBL domain), the implicit access-table shorthand, and references to restriction
 * classes followed recursively (with cycle protection), all with their source locations.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { ScopedCache } from '../security/scopedCache';
import { valueWords, type Location, type Word } from '../security/words';

export type ListName =
  | 'smtpd_client_restrictions'
  | 'smtpd_helo_restrictions'
  | 'smtpd_sender_restrictions'
  | 'smtpd_relay_restrictions'
  | 'smtpd_recipient_restrictions'
  | 'smtpd_data_restrictions'
  | 'smtpd_end_of_data_restrictions'
  | 'smtpd_etrn_restrictions';

export const ALL_LISTS: ListName[] = [
  'smtpd_client_restrictions',
  'smtpd_helo_restrictions',
  'smtpd_sender_restrictions',
  'smtpd_relay_restrictions',
  'smtpd_recipient_restrictions',
  'smtpd_data_restrictions',
  'smtpd_end_of_data_restrictions',
  'smtpd_etrn_restrictions',
];

/** The access check a bare `type:table` stands for in each list. */
const IMPLICIT_ACCESS: Record<ListName, string> = {
  smtpd_client_restrictions: 'check_client_access',
  smtpd_helo_restrictions: 'check_helo_access',
  smtpd_sender_restrictions: 'check_sender_access',
  smtpd_relay_restrictions: 'check_recipient_access',
  smtpd_recipient_restrictions: 'check_recipient_access',
  smtpd_data_restrictions: 'check_data_access',
  smtpd_end_of_data_restrictions: 'check_eod_access',
  smtpd_etrn_restrictions: 'check_etrn_access',
};

export interface Step {
  /** The restriction's name in lower case (for the shorthand, the access check it stands for). */
  name: string;
  word: Word;
  /** The argument: table, policy service, DNSBL domain or sleep time. */
  arg?: Word;
  /** True for a bare `type:table` (the argument is the word itself). */
  implicit?: boolean;
  /** The steps of a restriction class this step names. */
  classSteps?: Step[];
  /** True when this step names a class already being expanded (a cycle). */
  cycle?: boolean;
}

/** Restrictions that take the next word as their argument. */
export function takesArgument(name: string): boolean {
  return (
    /^check_.*_access$/.test(name) ||
    /^reject_rhsbl_/.test(name) ||
    ['check_policy_service', 'reject_rbl_client', 'permit_dnswl_client', 'permit_rhswl_client', 'sleep'].includes(name)
  );
}

export interface ParsedList {
  list: string;
  steps: Step[];
  /** Where the list's value is written; undefined when it is the built-in default. */
  loc?: Location;
  /** How the list got its value. */
  source: 'override' | 'main' | 'default';
}

interface ClassScope {
  model: ConfigModel;
  service?: ServiceModel;
  classes: Set<string>;
}

/**
 * The restriction classes of a scope, found once for all its lists; a service that sees main.cf's
 * smtpd_restriction_classes shares its set.
 */
const classScopes = new ScopedCache<ClassScope>((model, _key, service) => {
  const words = valueWords(model, 'smtpd_restriction_classes', service);
  const main = service && words === valueWords(model, 'smtpd_restriction_classes') ? classScope(model) : undefined;
  return { model, service, classes: main?.classes ?? new Set(words.words.map((w) => w.text)) };
});

function classScope(model: ConfigModel, service?: ServiceModel): ClassScope {
  return classScopes.get(model, '', service);
}

const MAX_CLASS_DEPTH = 20;

function parseWords(words: Word[], list: ListName, scope: ClassScope, stack: string[]): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const name = word.text.toLowerCase();
    if (word.text.includes(':') || word.text.startsWith('{')) {
      steps.push({ name: IMPLICIT_ACCESS[list], word, arg: word, implicit: true });
      continue;
    }
    const step: Step = { name, word };
    if (takesArgument(name) && i + 1 < words.length) step.arg = words[++i];
    // Class lookups are case-sensitive in smtpd (a plain hash table of the names as written).
    if (scope.classes.has(word.text)) {
      if (stack.includes(word.text) || stack.length >= MAX_CLASS_DEPTH) step.cycle = true;
      else step.classSteps = parseWords(valueWords(scope.model, word.text, scope.service).words, list, scope, [...stack, word.text]);
    }
    steps.push(step);
  }
  return steps;
}

const parsedLists = new ScopedCache<ParsedList>((model, list, service) => {
  const vw = valueWords(model, list, service);
  return { list, steps: parseWords(vw.words, list as ListName, classScope(model, service), []), loc: vw.loc, source: vw.effective?.source ?? 'default' };
});

/** The effective restriction list `list` of `service` (main.cf's when absent), parsed. */
export function parseList(model: ConfigModel, list: ListName, service?: ServiceModel): ParsedList {
  return parsedLists.get(model, list, service && service.overrides.size > 0 ? service : undefined);
}

/** Calls `visit` for every step of `steps`, class members included (each class once per path). */
export function forEachStep(steps: Step[], visit: (step: Step, viaClass: Step | undefined) => void, via?: Step): void {
  for (const s of steps) {
    visit(s, via);
    if (s.classSteps) forEachStep(s.classSteps, visit, via ?? s);
  }
}

/** Where a step is written: its name through its argument (or the class reference). */
export function stepLocation(step: Step): Location | undefined {
  const a = step.word.loc;
  if (!a) return undefined;
  const b = step.arg && !step.implicit ? step.arg.loc : undefined;
  if (b && b.file === a.file && b.start >= a.start) return { file: a.file, start: a.start, end: b.end };
  return a;
}
