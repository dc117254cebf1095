/** The registry of all rules. Add a rule here and to the README's rule table, then run `npm run generate:rules-schema` (package.json's postfix.rules). */
import type { Rule } from '../types';
import { daemonArguments } from './daemonArguments';
import { defaultValue } from './defaultValue';
import { deprecatedParameter } from './deprecatedParameter';
import { duplicateParameter } from './duplicateParameter';
import { duplicateService } from './duplicateService';
import { ignoredParameter } from './ignoredParameter';
import { invalidValue } from './invalidValue';
import { leadingWhitespace } from './leadingWhitespace';
import { masterField } from './masterField';
import { masterSyntax } from './masterSyntax';
import { newerThanTarget } from './newerThanTarget';
import { nonAsciiCharacter } from './nonAsciiCharacter';
import { optionWhitespace } from './optionWhitespace';
import { overrideContext } from './overrideContext';
import { readOnlyParameter } from './readOnlyParameter';
import { referenceCycle } from './referenceCycle';
import { removedParameter } from './removedParameter';
import { SECURITY_RULES } from './security';
import { syntaxError } from './syntaxError';
import { TLS_RULES } from './tls';
import { tlsForwardSecrecy } from './tlsForwardSecrecy';
import { trailingComment } from './trailingComment';
import { undefinedReference } from './undefinedReference';
import { unindentedContinuation } from './unindentedContinuation';
import { unknownParameter } from './unknownParameter';
import { unknownRuleId } from './unknownRuleId';

export const RULES: readonly Rule[] = [
  syntaxError,
  leadingWhitespace,
  masterField,
  masterSyntax,
  unknownParameter,
  duplicateParameter,
  deprecatedParameter,
  removedParameter,
  ignoredParameter,
  readOnlyParameter,
  newerThanTarget,
  undefinedReference,
  referenceCycle,
  trailingComment,
  invalidValue,
  defaultValue,
  nonAsciiCharacter,
  unindentedContinuation,
  duplicateService,
  optionWhitespace,
  daemonArguments,
  overrideContext,
  unknownRuleId,
  ...TLS_RULES,
  tlsForwardSecrecy,
  ...SECURITY_RULES,
];

let ids: ReadonlySet<string> | undefined;
/** Every rule's id: what --rule, postfix.rules and suppression comments may name. */
export function ruleIds(): ReadonlySet<string> {
  return (ids ??= new Set(RULES.map((r) => r.id)));
}
