/** The registry of all rules. Add a rule here and to the README's rule table. */
import type { Rule } from '../types';
import { leadingWhitespace } from './leadingWhitespace';
import { masterField } from './masterField';
import { masterSyntax } from './masterSyntax';
import { SECURITY_RULES } from './security';
import { syntaxError } from './syntaxError';
import { TLS_RULES } from './tls';
import { tlsForwardSecrecy } from './tlsForwardSecrecy';

export const RULES: readonly Rule[] = [syntaxError, leadingWhitespace, masterField, masterSyntax, ...TLS_RULES, tlsForwardSecrecy, ...SECURITY_RULES];
