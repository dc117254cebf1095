/**
 * Parity with postconf. The "parity rules" report exactly what postconf reports, and each of
 * their findings that corresponds to a postconf warning carries that warning's text (without
 * the `file, line N:` prefix) in `data.postconf`:
 *
 * | rule | postconf warning |
 * |---|---|
 * | unknown-parameter, removed-parameter, newer-than-target | `unused parameter: NAME=VALUE` |
 * | duplicate-parameter (values differ) | `overriding earlier entry: NAME=EARLIER-VALUE` (at the later line) |
 * | read-only-parameter | `read-only parameter assignment: NAME=VALUE` |
 * | undefined-reference | `undefined parameter: NAME` |
 * | reference-cycle | `unreasonable macro call nesting` (postconf names one member of the loop) |
 * | syntax-error | the macro warnings (`truncated macro reference: ...`, ...) and postconf's fatal errors |
 * | leading-whitespace | `logical line must not start with whitespace: "..."` |
 * | master-syntax | `missing '}' in "..."`, `syntax error after '}' in "..."`, `missing '=' after attribute name: "..."` |
 * | master-field | postconf's fatal `invalid ... field` errors |
 *
 * test/oracle/parity.test.ts runs every corpus file through these rules and through the real
 * postconf and requires the two sets to be equal.
 */
export interface PostconfData {
  /** The postconf warning this finding reproduces. */
  postconf: string;
}

export function postconfData(warning: string): PostconfData {
  return { postconf: warning };
}

/** The postconf warning a diagnostic reproduces, if any. */
export function postconfWarningOf(data: unknown): string | undefined {
  return data && typeof data === 'object' && typeof (data as PostconfData).postconf === 'string' ? (data as PostconfData).postconf : undefined;
}
