/**
 * postfix-lint: the command-line front end. Lints main.cf/master.cf files (text or JSON
 * output) or dumps what Postfix reads from them (--dump).
 */
import { hostname } from 'node:os';
import { analyze } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { Diagnostic } from '../analysis/types';
import { dumpMain, dumpMaster } from '../model/dump';
import { loadModel } from '../model/load';
import { parseArgs, SEVERITY_ORDER, USAGE, UsageError, type LintOptions } from './args';
import { fixDiff, fixInPlace } from './fix';
import { githubLine } from './github';
import { collectInputs, groupInputs, ReadError, type InputFile } from './inputs';
import { localFileAccess } from '../workspace/files';
import { LineStarts } from './positions';
import { toSarif, type SarifFinding } from './sarif';
import { PRODUCT_VERSION } from '../version';
import { NEWEST_STABLE } from '../data/versions';

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

function toJsonFinding(file: InputFile, lines: LineStarts, d: Diagnostic): JsonFinding {
  const line = lines.line(d.start);
  const endLine = lines.line(d.end);
  return {
    file: file.path,
    line: line + 1,
    column: lines.column(d.start, line) + 1,
    endLine: endLine + 1,
    endColumn: lines.column(d.end, endLine) + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

/** One line of text output: `file:line:column: severity: message [rule-id]`. */
function textLine(file: InputFile, lines: LineStarts, d: Diagnostic): string {
  const line = lines.line(d.start);
  return `${file.path}:${line + 1}:${lines.column(d.start, line) + 1}: ${d.severity}: ${d.message} [${d.code}]`;
}

function lint(opts: LintOptions, io: Io): number {
  const groups = groupInputs(collectInputs(opts.paths, opts.kind, opts.stdinName));
  // Text lines go out as they are made: a large run makes tens of thousands, and holding them
  // all costs more than making them. Only the lines of the groups before the last wait, so
  // that every internal error is still reported before the first finding.
  const waiting: string[] = [];
  const findings: JsonFinding[] = [];
  const sarif: SarifFinding[] = [];
  let failed = false;
  const reported = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(opts.minSeverity));
  const failing = opts.failOn === 'never' ? [] : SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(opts.failOn));
  // The files a configuration names (tables, keys, certificates, DH parameters) are read as
  // Postfix would: on this host, under --file-root, or not at all.
  const files = opts.fileRoot === null ? {} : localFileAccess(opts.fileRoot);
  for (const [i, g] of groups.entries()) {
    const model = loadModel({ main: g.main?.text, master: g.master?.text, version: opts.postfixVersion, hostName: hostname() });
    const { diagnostics, failures } = analyze(model, { rules: opts.rules, hostRole: opts.hostRole, once: true, ...files });
    for (const f of failures) io.err(`postfix-lint: internal error in rule ${f.rule}: ${String(f.error)}`);
    const last = i === groups.length - 1;
    if (last) for (const line of waiting) io.out(line);
    const starts = new Map<InputFile, LineStarts>();
    const linesOf = (file: InputFile) => starts.get(file) ?? starts.set(file, new LineStarts(file.text)).get(file)!;
    for (const d of diagnostics) {
      if (!reported.includes(d.severity)) continue;
      if (failing.includes(d.severity)) failed = true;
      const file = d.file === 'main' ? g.main! : g.master!;
      if (opts.format === 'text' || opts.format === 'github') {
        const line = opts.format === 'text' ? textLine(file, linesOf(file), d) : githubLine(toJsonFinding(file, linesOf(file), d), process.env.GITHUB_WORKSPACE);
        if (last) io.out(line);
        else waiting.push(line);
        continue;
      }
      const finding = toJsonFinding(file, linesOf(file), d);
      findings.push(finding);
      if (opts.format !== 'sarif') continue;
      const related = (d.related ?? []).flatMap((r) => {
        const other = r.file === 'main' ? g.main : g.master;
        return other ? [{ ...toJsonFinding(other, linesOf(other), { ...d, ...r }), message: r.message }] : [];
      });
      sarif.push({ ...finding, severity: d.severity, related });
    }
  }
  if (opts.format === 'json') io.out(JSON.stringify(findings, null, 2));
  else if (opts.format === 'sarif') io.out(JSON.stringify(toSarif(sarif, RULES, PRODUCT_VERSION), null, 2));
  return failed ? 1 : 0;
}

function dump(opts: LintOptions, io: Io): number {
  const files = collectInputs(opts.paths, opts.kind, opts.stdinName);
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
  if (argv.length === 0) {
    // Run with nothing at all: the whole usage is the most useful answer.
    io.err(USAGE);
    return 2;
  }
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      io.out(USAGE);
      return 0;
    }
    if (opts.version) {
      io.out(`postfix-lint ${PRODUCT_VERSION} (Postfix releases up to ${NEWEST_STABLE})`);
      return 0;
    }
    if (opts.listRules) {
      // One rule per line, to be read or cut: id, default severity, what it finds; or JSON for tools.
      if (opts.format === 'json') io.out(JSON.stringify(RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description })), null, 2));
      else for (const r of RULES) io.out(`${r.id}\t${r.defaultSeverity}\t${r.description}`);
      return 0;
    }
    if (opts.diff) return fixDiff(opts, io);
    if (opts.fix && !fixInPlace(opts, io)) return 2;
    return opts.dump ? dump(opts, io) : lint(opts, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // As GNU tools do: the error and where to read more, not the whole usage after each mistake.
      io.err(`postfix-lint: ${e.message}\nTry 'postfix-lint --help' for the options.`);
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
