/**
 * postfix-lint --fix: applies every safe fix to the files given (main.cf and master.cf of a
 * directory together) and rewrites a file only when its text changed. Files that are not
 * valid UTF-8 are left alone: rewriting them would change bytes no fix meant to touch.
 */
import { readFileSync } from 'node:fs';
import { fixAll } from '../fixes/fixAll';
import type { LintOptions } from './args';
import { collectInputs, groupInputs, type InputFile } from './inputs';
import { writeFileAtomic, WriteError } from './writeAtomic';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Fixes the files in place; false when a file could not be rewritten. */
export function fixInPlace(opts: LintOptions, io: Io): boolean {
  let ok = true;
  for (const g of groupInputs(collectInputs(opts.paths, opts.kind))) {
    const files = [g.main, g.master].filter((f): f is InputFile => f !== undefined);
    const raw = new Map(files.map((f) => [f, readFileSync(f.path)]));
    const usable = files.filter((f) => {
      if (Buffer.from(f.text, 'utf8').equals(raw.get(f)!)) return true;
      io.err(`postfix-lint: ${f.path} is not valid UTF-8; not fixed`);
      return false;
    });
    if (usable.length === 0) continue;
    const input = Object.fromEntries(usable.map((f) => [f.kind, f.text]));
    const result = fixAll({ ...input, version: opts.postfixVersion, settings: { rules: opts.rules, hostRole: opts.hostRole } });
    if (result.unstable) io.err(`postfix-lint: fixes kept changing ${usable.map((f) => f.path).join(' and ')}; stopped after ${result.rounds} rounds`);
    for (const f of usable) {
      const next = result.texts[f.kind];
      if (next === undefined || next === f.text) continue;
      try {
        writeFileAtomic(f.path, raw.get(f)!, next);
        const n = result.applied.filter((a) => a.files.includes(f.kind)).length;
        io.err(`postfix-lint: fixed ${f.path} (${n} fix${n === 1 ? '' : 'es'})`);
      } catch (e) {
        ok = false;
        io.err(`postfix-lint: ${e instanceof WriteError ? e.message : String(e)}`);
      }
    }
  }
  return ok;
}
