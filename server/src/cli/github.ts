/**
 * postfix-lint --format github: one workflow command per finding, which GitHub Actions shows as
 * an annotation on the line of the pull request's diff (`::error file=...,line=...::message`).
 */
import { isAbsolute, relative } from 'node:path';
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

/**
 * `workspace`: GITHUB_WORKSPACE, the checkout; GitHub places annotations by paths relative to
 * it, so an absolute path inside it is made relative.
 */
export function githubLine(f: JsonFinding, workspace?: string): string {
  const file = workspace && isAbsolute(f.file) && !relative(workspace, f.file).startsWith('..') ? relative(workspace, f.file) : f.file;
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    // GitHub takes columns only within one line.
    ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`postfix-lint ${f.code}`)}`,
  ];
  return `::${LEVEL[f.severity] ?? 'notice'} ${props.join(',')}::${escapeData(f.message)}`;
}
