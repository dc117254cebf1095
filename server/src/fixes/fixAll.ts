/**
 * Fix-all: applies every safe fix of a configuration (main.cf and master.cf of one directory),
 * as `source.fixAll.postfix` and `postfix-lint --fix` do. Each round analyses the current
 * texts, applies the safe fixes that do not collide (the first of two colliding fixes wins),
 * and the next round picks up what was left, until nothing changes. The result is stable:
 * running fix-all on its own output changes nothing.
 */
import { analyze } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { AnalysisSettings, FileKind, Fix, Rule } from '../analysis/types';
import { loadModel } from '../model/load';
import { applyFixes, selectCompatible, type Texts } from './apply';
import { fixEffect, type FixEffect } from './changes';

/** A fix fix-all applied; `names` and `services` are filled in with `describeEffects`. */
export interface AppliedFix extends FixEffect {
  rule: string;
  /** The files its edits touch. */
  files: FileKind[];
  title: string;
  round: number;
}

export interface FixAllResult {
  texts: Texts;
  applied: AppliedFix[];
  /** Rounds that applied something. */
  rounds: number;
  /** True when the round limit stopped it before the texts were stable. */
  unstable: boolean;
}

export interface FixAllInput extends Texts {
  version?: string;
  settings?: AnalysisSettings;
  rules?: readonly Rule[];
  /** Work out the names and services each applied fix changes (costs a parse per fix; for reports and tests). */
  describeEffects?: boolean;
}

/** Enough for fixes that uncover one another; a fix that keeps undoing itself stops here. */
export const MAX_ROUNDS = 10;

export function fixAll(input: FixAllInput): FixAllResult {
  let texts: Texts = { main: input.main, master: input.master };
  const applied: AppliedFix[] = [];
  const seen = new Set<string>([key(texts)]);
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const model = loadModel({ main: texts.main, master: texts.master, version: input.version });
    const { diagnostics } = analyze(model, input.settings ?? { rules: {} }, input.rules ?? RULES);
    const candidates: { fix: Fix; rule: string }[] = [];
    for (const d of diagnostics) for (const fix of d.fixes ?? []) if (fix.safe) candidates.push({ fix, rule: d.code });
    const chosen = selectCompatible(candidates, texts);
    if (chosen.length === 0) return { texts, applied, rounds: round - 1, unstable: false };
    const next = applyFixes(texts, chosen.map((c) => c.fix));
    if (key(next) === key(texts)) return { texts, applied, rounds: round - 1, unstable: false };
    for (const c of chosen) {
      const files = [...new Set(c.fix.edits.map((e) => e.file))].sort();
      const effect = input.describeEffects ? fixEffect(c.fix, model) : { names: [], services: [] };
      applied.push({ rule: c.rule, title: c.fix.title, files, round, ...effect });
    }
    texts = next;
    if (seen.has(key(texts))) return { texts, applied, rounds: round, unstable: true };
    seen.add(key(texts));
  }
  return { texts, applied, rounds: MAX_ROUNDS, unstable: true };
}

function key(t: Texts): string {
  return `${t.main?.length}:${t.main}\u0000${t.master?.length}:${t.master}`;
}
