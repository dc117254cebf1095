/**
 * Checks a fixed configuration against the original with the real postconf: still accepted,
 * `postconf -n` / `-P` differ only in the names the applied fixes change, `-M` only in the
 * services they edit, and no warning that was not there before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parameterRecord, runOracle, type OracleResult } from '../helpers/oracle';

export interface Allowed {
  names: Set<string>;
  services: Set<string>;
}

/** Runs the oracle on texts (written to a temp directory). */
export function oracleOfTexts(texts: { main?: string; master?: string }): Promise<OracleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-fixed-'));
  const main = texts.main !== undefined ? join(dir, 'main.cf') : undefined;
  const master = texts.master !== undefined ? join(dir, 'master.cf') : undefined;
  if (main) writeFileSync(main, texts.main!);
  if (master) writeFileSync(master, texts.master!);
  return runOracle(main, master);
}

/** postconf's warnings without file names and line numbers, which fixes shift. */
export function warnings(r: OracleResult): Set<string> {
  const out = new Set<string>();
  for (const s of Object.values(r.sections)) {
    for (const w of s.stderr) out.add(w.replace(/@CONFIG_DIR@\/(main|master)\.cf(, line \d+)?: /, '$1.cf: ').replace(/line \d+/g, 'line N'));
  }
  return out;
}

const accepted = (r: OracleResult, section: string) => r.sections[section]?.rc === 0;

function differingKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

function pRecord(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const m = /^(\S+) =(?: (.*))?$/.exec(l);
    if (m) out[m[1]] = m[2] ?? '';
  }
  return out;
}

function mRecord(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const [name, type] = l.split(/\s+/);
    out[`${name}/${type}`] = l.replace(/\s+/g, ' ');
  }
  return out;
}

/** Problems found, as messages (empty when the fixed configuration passes). */
export function compareFixed(before: OracleResult, after: OracleResult, allowed: Allowed, kinds: { main: boolean; master: boolean }): string[] {
  const problems: string[] = [];
  if (kinds.main) {
    if (accepted(before, '-n') && !accepted(after, '-n')) problems.push(`postconf -n now fails: ${after.sections['-n'].stderr.join(' | ')}`);
    const changed = differingKeys(parameterRecord(before.sections['-n'].stdout), parameterRecord(after.sections['-n'].stdout)).filter((k) => !allowed.names.has(k));
    if (changed.length) problems.push(`postconf -n differs in parameters no fix declared: ${changed.join(', ')}`);
  }
  if (kinds.master) {
    if (accepted(before, '-M') && !accepted(after, '-M')) problems.push(`postconf -M now fails: ${after.sections['-M'].stderr.join(' | ')}`);
    const services = differingKeys(mRecord(before.sections['-M'].stdout), mRecord(after.sections['-M'].stdout)).filter((k) => !allowed.services.has(k));
    if (services.length) problems.push(`postconf -M differs in services no fix edited: ${services.join(', ')}`);
    const overrides = differingKeys(pRecord(before.sections['-P'].stdout), pRecord(after.sections['-P'].stdout)).filter((k) => !allowed.names.has(k.slice(k.lastIndexOf('/') + 1)));
    if (overrides.length) problems.push(`postconf -P differs in settings no fix declared: ${overrides.join(', ')}`);
  }
  const old = warnings(before);
  const added = [...warnings(after)].filter((w) => !old.has(w));
  if (added.length) problems.push(`new postconf warnings: ${added.join(' | ')}`);
  return problems;
}
