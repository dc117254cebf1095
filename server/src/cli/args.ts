/** Command-line options of postfix-lint. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseVersion } from '../data/versions';
import type { ConfigKind } from '../model/documents';
import type { HostRole, SeverityName, SeveritySetting } from '../analysis/types';
import { ruleIds } from '../analysis/rules';
import { nearestRuleId } from '../analysis/rules/unknownRuleId';
import { HOST_ROLES } from '../settings';

export interface LintOptions {
  paths: string[];
  kind?: ConfigKind;
  dump: boolean;
  /** Apply every safe fix in place (`--fix`), then report what is left. */
  fix: boolean;
  /** Print what --fix would change as a unified diff, and change nothing (`--diff`). */
  diff: boolean;
  format: 'text' | 'json' | 'sarif' | 'github';
  postfixVersion?: string;
  rules: Record<string, SeveritySetting>;
  /** What the host is for (rules about relaying and exposure read it). */
  hostRole: HostRole;
  /**
   * Where the files a configuration names (tables, keys, certificates) are read: undefined for
   * this host's own, a directory that stands for / (`--file-root`), or none (`--no-file-access`).
   */
  fileRoot?: string | null;
  /** Findings below this severity are not reported (`--min-severity`). */
  minSeverity: SeverityName;
  /** The name standard input (`-`) is shown under, and whose file name gives its kind. */
  stdinName?: string;
  /** The exit status is 1 when a reported finding has this severity or a higher one (`--fail-on`). */
  failOn: SeverityName | 'never';
  help: boolean;
  /** `--version`: print the version and stop. */
  version: boolean;
  /** `--list-rules`: print every rule with its default severity and stop. */
  listRules: boolean;
}

/** Severities from the least to the most serious. */
export const SEVERITY_ORDER: readonly SeverityName[] = ['hint', 'info', 'warning', 'error'];

export const USAGE = `usage: postfix-lint [options] PATH...

PATH is a main.cf or master.cf file, or a directory holding them. main.cf and master.cf of one
directory are checked together. - reads standard input (with --kind or --stdin-name).

options:
  --kind main|master        read every FILE as this kind (default: from the file name)
  --postfix-version X.Y     judge against this Postfix release (default: compatibility_level
                            of 3.6 or later, else the newest stable release)
  --rule ID=SEVERITY        set a rule's severity: off, hint, info, warning or error (repeatable)
  --host-role ROLE          what the host is for: internet-mx, internal-relay, null-client,
                            submission-only or unknown (default: unknown)
  --min-severity LEVEL      report only findings of LEVEL or above: hint, info, warning or
                            error (default: hint, everything)
  --fail-on LEVEL           exit with status 1 when a reported finding is of LEVEL or above:
                            hint, info, warning, error or never (default: error)
  --format FORMAT           text, json, sarif (SARIF 2.1.0 for code scanning) or github
                            (annotations in GitHub Actions); default: text
  --file-root DIR           read the files the configuration names (tables, keys, certificates)
                            under DIR as if it were /, e.g. a checkout of the host's tree
                            (default: this host's files)
  --no-file-access          read none of those files: checks of their contents stay silent
  --stdin-name NAME         the file name standard input is shown under; a name such as
                            main.cf also gives its kind (default: <stdin>)
  --dump                    print what Postfix reads from each file as JSON, instead of linting
  --fix                     apply every safe fix in place (files are rewritten only when they
                            change), then report the findings that remain
  --diff                    print what --fix would change as a unified diff and change no file
                            (exit status 1 when there is a change)
  --list-rules              print every rule id with its default severity and what it finds
                            (tab-separated; with --format json, as JSON)
  --version                 print postfix-lint's version and the newest Postfix release it knows
  -h, --help                show this help

exit status: 0 no finding of the --fail-on level or above (errors by default), 1 some,
2 usage or read error`;

export class UsageError extends Error {}

/** A mistyped rule id would otherwise be ignored in silence, and the rule keep reporting. */
function unknownRule(id: string): string {
  const near = nearestRuleId(id, ruleIds());
  const hint = near ? ` (did you mean ${near}?)` : '';
  return `--rule: there is no rule '${id}'${hint}; postfix-lint --list-rules lists them`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false; // not searchable, a name too long, ...
  }
}

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

export function parseArgs(argv: string[]): LintOptions {
  const opts: LintOptions = { paths: [], dump: false, fix: false, diff: false, format: 'text', rules: {}, hostRole: 'unknown', minSeverity: 'hint', failOn: 'error', help: false, version: false, listRules: false };
  const value = (i: number, flag: string): string => {
    if (i >= argv.length) throw new UsageError(`${flag} needs a value`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const next = () => inline ?? value(++i, flag);
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--version':
        opts.version = true;
        break;
      case '--list-rules':
        opts.listRules = true;
        break;
      case '--dump':
        opts.dump = true;
        break;
      case '--fix':
        opts.fix = true;
        break;
      case '--diff':
        opts.diff = true;
        break;
      case '--kind': {
        const k = next();
        if (k !== 'main' && k !== 'master') throw new UsageError(`--kind must be main or master, not '${k}'`);
        opts.kind = k;
        break;
      }
      case '--format': {
        const f = next();
        if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'github') throw new UsageError(`--format must be text, json, sarif or github, not '${f}'`);
        opts.format = f;
        break;
      }
      case '--postfix-version': {
        const v = next();
        if (!parseVersion(v)) throw new UsageError(`--postfix-version must look like 3.7 or 3.7.11, not '${v}'`);
        opts.postfixVersion = v;
        break;
      }
      case '--rule': {
        const r = next();
        const m = /^([a-z0-9-]+)=(\w+)$/.exec(r);
        if (!m || !SEVERITIES.includes(m[2])) throw new UsageError(`--rule takes ID=SEVERITY with SEVERITY one of ${SEVERITIES.join(', ')}, not '${r}'`);
        if (!ruleIds().has(m[1])) throw new UsageError(unknownRule(m[1]));
        opts.rules[m[1]] = m[2] as SeveritySetting;
        break;
      }
      case '--host-role': {
        const r = next();
        if (!HOST_ROLES.includes(r as HostRole)) throw new UsageError(`--host-role must be one of ${HOST_ROLES.join(', ')}, not '${r}'`);
        opts.hostRole = r as HostRole;
        break;
      }
      case '--min-severity': {
        const v = next();
        if (!SEVERITY_ORDER.includes(v as SeverityName)) throw new UsageError(`--min-severity must be one of ${SEVERITY_ORDER.join(', ')}, not '${v}'`);
        opts.minSeverity = v as SeverityName;
        break;
      }
      case '--fail-on': {
        const v = next();
        if (v !== 'never' && !SEVERITY_ORDER.includes(v as SeverityName)) throw new UsageError(`--fail-on must be one of ${SEVERITY_ORDER.join(', ')} or never, not '${v}'`);
        opts.failOn = v as SeverityName | 'never';
        break;
      }
      case '--stdin-name':
        opts.stdinName = next();
        break;
      case '--file-root': {
        if (opts.fileRoot === null) throw new UsageError('--file-root and --no-file-access cannot be combined');
        const dir = next();
        if (!isDirectory(dir)) throw new UsageError(`--file-root must name a directory, not '${dir}'`);
        opts.fileRoot = resolve(dir);
        break;
      }
      case '--no-file-access':
        if (opts.fileRoot !== undefined && opts.fileRoot !== null) throw new UsageError('--file-root and --no-file-access cannot be combined');
        opts.fileRoot = null;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        opts.paths.push(a);
    }
  }
  if (!opts.help && !opts.version && !opts.listRules && opts.paths.length === 0) throw new UsageError('no file or directory given');
  if (opts.fix && opts.dump) throw new UsageError('--fix and --dump cannot be combined');
  if (opts.diff && (opts.fix || opts.dump)) throw new UsageError(`--diff shows what --fix would do without doing it: it cannot be combined with ${opts.fix ? '--fix' : '--dump'}`);
  if (opts.fix && opts.paths.includes('-')) throw new UsageError('--fix rewrites files in place, and standard input (-) is not one');
  return opts;
}
