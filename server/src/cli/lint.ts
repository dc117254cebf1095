/**
 * postfix-lint: the command-line front end. Lints main.cf/master.cf files (text or JSON
 * output) or dumps what Postfix reads from them (--dump).
 */
import { hostname } from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { Diagnostic } from '../analysis/types';
import { dumpMain, dumpMaster } from '../model/dump';
import { loadModel } from '../model/load';
import { parseArgs, USAGE, UsageError, type LintOptions } from './args';
import { fixInPlace } from './fix';
import { collectInputs, groupInputs, ReadError, type InputFile } from './inputs';
import { localFileAccess } from '../workspace/files';
import { toSarif, type SarifFinding } from './sarif';

/** The version reported in SARIF logs (package.json's). */
const VERSION = '0.1.0';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function toJsonFinding(file: InputFile, doc: TextDocument, d: Diagnostic): JsonFinding {
  const s = doc.positionAt(d.start);
  const e = doc.positionAt(d.end);
  return {
    file: file.path,
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

function lint(opts: LintOptions, io: Io): number {
  const groups = groupInputs(collectInputs(opts.paths, opts.kind));
  const findings: JsonFinding[] = [];
  // The files a configuration names (keys, certificates, DH parameters) are read as Postfix would.
  const files = localFileAccess();
  const sarif: SarifFinding[] = [];
  for (const g of groups) {
    const model = loadModel({ main: g.main?.text, master: g.master?.text, version: opts.postfixVersion, hostName: hostname() });
    const { diagnostics, failures } = analyze(model, { rules: opts.rules, hostRole: opts.hostRole, ...files });
    for (const f of failures) io.err(`postfix-lint: internal error in rule ${f.rule}: ${String(f.error)}`);
    const docs = new Map<InputFile, TextDocument>();
    const docOf = (file: InputFile) => docs.get(file) ?? docs.set(file, TextDocument.create('file://x', 'postfix', 0, file.text)).get(file)!;
    for (const d of diagnostics) {
      const file = d.file === 'main' ? g.main! : g.master!;
      const finding = toJsonFinding(file, docOf(file), d);
      findings.push(finding);
      if (opts.format !== 'sarif') continue;
      const related = (d.related ?? []).flatMap((r) => {
        const other = r.file === 'main' ? g.main : g.master;
        return other ? [{ ...toJsonFinding(other, docOf(other), { ...d, ...r }), message: r.message }] : [];
      });
      sarif.push({ ...finding, severity: d.severity, related });
    }
  }
  if (opts.format === 'json') io.out(JSON.stringify(findings, null, 2));
  else if (opts.format === 'sarif') io.out(JSON.stringify(toSarif(sarif, RULES, VERSION), null, 2));
  else for (const f of findings) io.out(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function dump(opts: LintOptions, io: Io): number {
  const files = collectInputs(opts.paths, opts.kind);
  const groups = groupInputs(files);
  const entries = new Map<InputFile, unknown>();
  for (const g of groups) {
    const model = loadModel({ main: g.main?.text, master: g.master?.text, version: opts.postfixVersion, hostName: hostname() });
    if (g.main) entries.set(g.main, dumpMain(model, g.main.path));
    if (g.master) entries.set(g.master, dumpMaster(model, g.master.path));
  }
  io.out(JSON.stringify({ files: files.map((f) => entries.get(f)) }, null, 2));
  return 0;
}

export function run(argv: string[], io: Io): number {
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      io.out(USAGE);
      return 0;
    }
    if (opts.fix && !fixInPlace(opts, io)) return 2;
    return opts.dump ? dump(opts, io) : lint(opts, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`postfix-lint: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof ReadError) {
      io.err(`postfix-lint: ${e.message}`);
      return 2;
    }
    io.err(`postfix-lint: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  });
}
