/**
 * The layout of the effective-configuration document, shared by the server (which fills it
 * from our engine) and the VS Code client (which fills it from a local postconf's output so
 * the two can be compared line by line). No imports: the client bundles this file as it is.
 */

/** The postconf command whose output each section reproduces. */
export type SectionKey = 'n' | 'nx' | 'P' | 'Px';

export const SECTION_TITLES: Record<SectionKey, string> = {
  n: 'main.cf: explicit settings (postconf -n)',
  nx: 'main.cf: explicit settings, expanded (postconf -nx)',
  P: 'master.cf: -o settings per service (postconf -P)',
  Px: 'master.cf: -o settings per service, expanded (postconf -Px)',
};

export interface Section {
  key: SectionKey;
  /** Output lines as postconf prints them. */
  lines: string[];
  /** Shown instead of the lines, as comments (a missing file, errors that make postconf stop). */
  notes?: string[];
}

/** `name = value`, or `name =` for an empty value, as postconf prints it. */
export function settingLine(name: string, value: string): string {
  return value === '' ? `${name} =` : `${name} = ${value}`;
}

export function formatSections(sections: Section[], header: string[] = []): string {
  const out: string[] = header.map((h) => `# ${h}`.trimEnd());
  for (const s of sections) {
    if (out.length > 0) out.push('');
    out.push(`# ${SECTION_TITLES[s.key]}`);
    if (s.notes?.length) out.push(...s.notes.map((n) => `#   ${n}`));
    else out.push(...s.lines);
  }
  return out.join('\n') + '\n';
}

/** The custom LSP request behind "Show effective configuration" (any LSP client may send it). */
export const EFFECTIVE_CONFIGURATION_REQUEST = 'postfix/effectiveConfiguration';

export interface EffectiveConfigurationParams {
  /** A main.cf or master.cf the server has open; its open partner in the same directory is read with it. */
  uri: string;
  /** Which sections, in this order; all four when absent. */
  sections?: SectionKey[];
  /** False leaves out the header comment (for a line-by-line comparison with postconf). */
  header?: boolean;
}

export interface EffectiveConfigurationResult {
  text: string;
}
