/**
 * postfix-lint --fix: applies every safe fix to the files given (main.cf and master.cf of a
 * directory together) and rewrites a file only when its text changed. Files that are not
 * valid UTF-8 are left alone: rewriting them would change bytes no fix meant to touch.
 * postfix-lint --diff: the same fixes, printed as a unified diff instead of written.
 */
import { createTwoFilesPatch } from 'diff';
import { readFileSync } from 'node:fs';
import { fixAll } from '../fixes/fixAll';
import type { LintOptions } from './args';
import { collectInputs, groupInputs, type InputFile } from './inputs';
import { writeFileAtomic, WriteError } from './writeAtomic';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface FixedFile {
  file: InputFile;
  /** The bytes as read, to check that nothing changed on disk before the file is replaced. */
  raw: Buffer;
  next: string;
  fixes: number;
}

/** Every file that the safe fixes change, with its new text. */
function fixedFiles(opts: LintOptions, io: Io): FixedFile[] {
  const out: FixedFile[] = [];
  for (const g of groupInputs(collectInputs(opts.paths, opts.kind, opts.stdinName))) {
    const files = [g.main, g.master].filter((f): f is InputFile => f !== undefined);
    const raw = new Map(files.map((f) => [f, f.stdin ? Buffer.from(f.text, 'utf8') : readFileSync(f.path)]));
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
      out.push({ file: f, raw: raw.get(f)!, next, fixes: result.applied.filter((a) => a.files.includes(f.kind)).length });
    }
  }
  return out;
}

/** Fixes the files in place; false when a file could not be rewritten. */
export function fixInPlace(opts: LintOptions, io: Io): boolean {
  let ok = true;
  for (const { file, raw, next, fixes } of fixedFiles(opts, io)) {
    try {
      writeFileAtomic(file.path, raw, next);
      io.err(`postfix-lint: fixed ${file.path} (${fixes} fix${fixes === 1 ? '' : 'es'})`);
    } catch (e) {
      ok = false;
      io.err(`postfix-lint: ${e instanceof WriteError ? e.message : String(e)}`);
    }
  }
  return ok;
}

/**
 * Prints what --fix would change as a unified diff (`patch -p0` applies it) and changes no
 * file. The exit status is 1 when there is something to change, as for `diff`.
 */
export function fixDiff(opts: LintOptions, io: Io): number {
  const changed = fixedFiles(opts, io);
  for (const { file, next } of changed) {
    const patch = createTwoFilesPatch(file.path, file.path, file.text, next, '', '', { context: 3 });
    // jsdiff starts with "Index:" and a line of '=', which diff -u does not write.
    io.out(patch.replace(/^Index: [^\n]*\n/, '').replace(/^=+\n/, '').replace(/\n$/, ''));
  }
  return changed.length > 0 ? 1 : 0;
}
