import type { ConfigModel } from '../model/config';
import type { Span } from '../parser/types';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export type FileKind = 'main' | 'master';

export interface RelatedInfo extends Span {
  file: FileKind;
  message: string;
}

/** A finding of one rule, before the user's severity settings and suppressions apply. */
export interface Finding extends Span {
  file: FileKind;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. a duplicate with equal values). */
  severity?: SeverityName;
  related?: RelatedInfo[];
  tags?: ('unnecessary' | 'deprecated')[];
  /** Rule-specific data for quick fixes. */
  data?: unknown;
}

/** A finding with its rule id and final severity. */
export interface Diagnostic extends Finding {
  code: string;
  severity: SeverityName;
}

export interface AnalysisSettings {
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
}

export interface RuleContext {
  model: ConfigModel;
  settings: AnalysisSettings;
}

/** One rule: a stable id (the diagnostic code), its default severity and what it catches. */
export interface Rule {
  id: string;
  defaultSeverity: SeverityName;
  /** One line for the README's rule table. */
  description: string;
  check(ctx: RuleContext): Finding[];
}
