import type { ConfigModel } from '../model/config';
import type { Span } from '../parser/types';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export type FileKind = 'main' | 'master';

export interface RelatedInfo extends Span {
  file: FileKind;
  message: string;
}

/** One replacement in a document, in document offsets. */
export interface TextEditSpec extends Span {
  file: FileKind;
  newText: string;
}

/**
 * A mechanical remedy for a finding. Edits must be minimal and exact: touch only the lines
 * concerned, keep the file's line endings and indentation, and never create a duplicate
 * setting (edit the existing line instead).
 */
export interface Fix {
  title: string;
  edits: TextEditSpec[];
  /** True when the fix is safe to apply without review (fix-all, `postfix-lint --fix`). */
  safe: boolean;
  /** Marks the preferred quick fix of a finding. */
  preferred?: boolean;
  /**
   * The parameter names whose effective value the fix changes (main.cf names, or `-o` names
   * in master.cf). The postconf-verified fix tests allow `postconf -n`/`-P` to differ in these
   * only; when absent, the names on the lines the edits touch are assumed.
   */
  changes?: string[];
}

/** A finding of one rule, before the user's severity settings and suppressions apply. */
export interface Finding extends Span {
  file: FileKind;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. a duplicate with equal values). */
  severity?: SeverityName;
  related?: RelatedInfo[];
  tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Mechanical remedies, offered as quick fixes. */
  fixes?: Fix[];
  /** Rule-specific data. */
  data?: unknown;
}

/** A finding with its rule id and final severity. */
export interface Diagnostic extends Finding {
  code: string;
  severity: SeverityName;
}

export type HostRole = 'internet-mx' | 'internal-relay' | 'null-client' | 'submission-only' | 'unknown';

export interface AnalysisSettings {
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
  /** What the host is for; rules that depend on it stay quiet or soften when it is unknown. */
  hostRole?: HostRole;
  /**
   * Reads a file the configuration names (certificates, keys, DH parameters, lookup tables),
   * at most `maxBytes`; undefined when file access is not allowed (untrusted workspace) or
   * the file is not a readable regular file. Rules must treat undefined as "unknown".
   */
  readFile?: (path: string, maxBytes: number) => Buffer | undefined;
  /**
   * The permission bits and owner of a file the configuration names; undefined when file access
   * is not allowed or the path is not a regular file.
   */
  statFile?: (path: string) => { mode: number; uid: number } | undefined;
  /**
   * The model is analysed once (postfix-lint): what rules remember about names for the next
   * analysis of the same document (suggestions, messages) would only cost the copies.
   */
  once?: boolean;
}

export interface RuleContext {
  model: ConfigModel;
  settings: AnalysisSettings;
  /** The ids of every rule there is (the engine gives them; unknown-rule-id reads them). */
  ruleIds?: ReadonlySet<string>;
}

/** One rule: a stable id (the diagnostic code), its default severity and what it catches. */
export interface Rule {
  id: string;
  defaultSeverity: SeverityName;
  /** One line for the README's rule table. */
  description: string;
  /** New finding objects on every call: the engine completes them into diagnostics in place. */
  check(ctx: RuleContext): Finding[];
  /**
   * The findings this rule gives way to: where another rule's diagnostic on exactly the same
   * range (the same setting) passes this test, this rule's finding there is dropped, as it would
   * only repeat that diagnostic or contradict its advice. A rule that is off, or a finding
   * suppressed by a comment, takes nothing away.
   */
  yieldsTo?: (other: Diagnostic) => boolean;
}
