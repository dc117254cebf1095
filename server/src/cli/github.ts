/**
 * postfix-lint --format github: one workflow command per finding, which GitHub Actions shows as
 * an annotation on the line of the pull request's diff (`::error file=...,line=...::message`).
 */
import type { JsonFinding } from './lint';

/** Annotation levels: GitHub has no hint or info, both are notices. */
const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The message: % and line breaks are escaped, or the runner would cut the command short. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLine(f: JsonFinding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    // GitHub takes columns only within one line.
    ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`postfix-lint ${f.code}`)}`,
  ];
  return `::${LEVEL[f.severity] ?? 'notice'} ${props.join(',')}::${escapeData(f.message)}`;
}
