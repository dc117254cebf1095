/**
 * Our own documentation for Postfix parameters, written in our own words.
 *
 * The facts (defaults, versions, types) live in the generated parameter table
 * (`../parameters.generated.ts`); this text explains them. Keep every entry short
 * and concrete: a reviewer should be able to check it against the facts at a glance.
 */
export interface ParamDoc {
  /** What the parameter controls, in one or two sentences. */
  summary: string;
  /** What a sensible value looks like (an example or a rule of thumb). */
  sensible?: string;
  /** For enumerations: what each allowed value does, keyed by the value. */
  values?: Record<string, string>;
  /** The secure recommendation and why. Required for every TLS parameter. */
  recommendation?: string;
  /** Pitfalls admins run into with this parameter. */
  pitfalls?: string[];
  /** Names of related parameters. */
  related?: string[];
}

export type ParamDocs = Record<string, ParamDoc>;
