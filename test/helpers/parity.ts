/**
 * Compares our parity findings (those carrying `data.postconf`, see
 * server/src/analysis/postconf.ts) with the warnings and errors of the real postconf.
 * Both sides become keys `file|line|message`; the file and line are part of the key only
 * where postconf prints them.
 */
import { analyze } from '../../server/src/analysis/engine';
import { postconfWarningOf } from '../../server/src/analysis/postconf';
import type { Diagnostic } from '../../server/src/analysis/types';
import type { ConfigModel } from '../../server/src/model/config';
import { loadModel } from '../../server/src/model/load';
import type { OracleResult } from './oracle';

/** postconf prints message bytes outside printable ASCII as `?` (C locale). */
export function printable(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?')).join('');
}

/** Messages postconf prints without the file name. */
const WITHOUT_FILE = /^(master\.cf: |unreasonable macro call nesting|invalid \w+ field|truncated macro reference|empty macro name|attribute name syntax error|unbalanced \{\}|unexpected input|bad operator suffix|"[^"]*" (or|expected))/;

export interface ParityKeys {
  keys: Set<string>;
  /** True when postconf stopped with a fatal error (its warnings may then be incomplete). */
  rejected: boolean;
}

/** The keys of postconf's stderr over all runs of one oracle call. */
export function postconfKeys(oracle: OracleResult): ParityKeys {
  const keys = new Set<string>();
  let rejected = false;
  for (const section of Object.values(oracle.sections)) {
    if (section.rc !== 0) rejected = true;
    for (const raw of section.stderr) {
      const m = /^postconf: (warning|fatal): (.*)$/.exec(raw);
      if (!m) continue;
      let rest = m[2].replace(/^dictionary mail_dict: /, '');
      // Lookup table configuration files the corpus names are not part of the corpus.
      if (/^open "\w+" configuration/.test(rest) || /^\w+:\/.*: unused parameter/.test(rest) || rest === 'macro processing error') continue;
      // An artifact of `postconf -c DIR`: it sets config_directory before reading main.cf.
      if (/overriding earlier entry: config_directory=@CONFIG_DIR@$/.test(rest)) continue;
      let file = '-';
      let line = '-';
      const withLine = /^(?:file )?@CONFIG_DIR@\/(main|master)\.cf(?:,|:) line (\d+): (.*)$/.exec(rest);
      const withFile = /^@CONFIG_DIR@\/(main|master)\.cf: (.*)$/.exec(rest);
      if (withLine) [file, line, rest] = [withLine[1], withLine[2], withLine[3]];
      else if (withFile) [file, rest] = [withFile[1], withFile[2]];
      rest = rest.replace(/^(unreasonable macro call nesting): .*$/, '$1');
      keys.add(`${file}|${line}|${rest}`);
    }
  }
  return { keys, rejected };
}

function lineOf(model: ConfigModel, d: Diagnostic): number {
  const text = (d.file === 'main' ? model.main?.text : model.master?.text) ?? '';
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < d.start; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The keys of our findings that claim to reproduce a postconf message. */
export function ourKeys(model: ConfigModel, diagnostics: Diagnostic[]): Set<string> {
  const keys = new Set<string>();
  for (const d of diagnostics) {
    const warning = postconfWarningOf(d.data);
    if (warning === undefined) continue;
    const text = printable(warning);
    const withLine = d.code === 'duplicate-parameter' || d.code === 'unindented-continuation' || (d.code === 'syntax-error' && /^(missing '=' after|missing attribute name|bad field count)/.test(warning));
    const file = WITHOUT_FILE.test(text) ? '-' : d.file;
    keys.add(`${file}|${withLine ? lineOf(model, d) : '-'}|${text}`);
  }
  return keys;
}

/** Our analysis of a pair of texts the way oracle.sh sees it (an empty file stands for a missing one). */
export function analyzeForParity(main: string, master: string, version = '3.7'): { model: ConfigModel; keys: Set<string> } {
  const model = loadModel({ main, master, version });
  const { diagnostics, failures } = analyze(model);
  if (failures.length) throw new Error(`rules failed: ${failures.map((f) => `${f.rule}: ${String(f.error)}`).join('; ')}`);
  return { model, keys: ourKeys(model, diagnostics) };
}

/** Explains a disagreement, or returns undefined when the two sides agree. */
export function parityDifference(label: string, ours: Set<string>, theirs: ParityKeys): string | undefined {
  const missing = [...theirs.keys].filter((k) => !ours.has(k));
  // When postconf stops early it prints only part of what it would report.
  const extra = theirs.rejected ? [] : [...ours].filter((k) => !theirs.keys.has(k));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return [`${label}${theirs.rejected ? ' (postconf rejected it)' : ''}:`, ...missing.map((k) => `  only postconf: ${k}`), ...extra.map((k) => `  only ours:     ${k}`)].join('\n');
}
