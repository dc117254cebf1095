/**
 * `postfix-lint --format sarif`: the findings as a SARIF 2.1.0 log for code-scanning tools.
 * Positions are 1-based; columns count UTF-16 code units, as the run declares.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, SeverityName } from '../analysis/types';

export interface SarifLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SarifFinding extends SarifLocation {
  code: string;
  severity: SeverityName;
  message: string;
  related: (SarifLocation & { message: string })[];
}

const LEVEL: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function uri(path: string): string {
  return isAbsolute(path) ? pathToFileURL(path).href : encodeURI(path.replace(/\\/g, '/'));
}

function physicalLocation(l: SarifLocation) {
  return {
    artifactLocation: { uri: uri(l.file) },
    region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
  };
}

export function toSarif(findings: SarifFinding[], rules: readonly Rule[], version: string): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postfix-lint',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: physicalLocation(f) }],
          ...(f.related.length
            ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r), message: { text: r.message } })) }
            : {}),
        })),
      },
    ],
  };
}
