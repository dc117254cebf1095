/**
 * Helpers for the suites that run inside the editor. The workspace folder is a fresh copy of
 * examples/ named postfix/ (scripts/e2e/run.mjs lays it out). Every wait listens for an editor
 * event and has a deadline; nothing sleeps.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'postfix-tools.postfix-config';
/** The rule ids on main today; suites compare the findings of these rules exactly. */
export const SYNTAX_RULES = ['syntax-error', 'leading-whitespace', 'master-field', 'master-syntax', 'unindented-continuation'];

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end workspace has no folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** [code, severity name, startLine, startChar, endLine, endChar]: compact and exact. */
export function brief(d: vscode.Diagnostic): [string | undefined, string, number, number, number, number] {
  const r = d.range;
  return [codeOf(d), vscode.DiagnosticSeverity[d.severity], r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Resolves with the diagnostics of `uri` once `done` accepts them (checked now and on every change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  done: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diags = vscode.languages.getDiagnostics(uri);
      return done(diags) ? diags : undefined;
    },
    () => `${what}; diagnostics of ${uri.path} now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(brief))}`,
    timeoutMs,
  );
}

/**
 * Resolves with the diagnostics of `uri` at the next change that involves it. Call it before the
 * edit that causes the change. (Going from no diagnostics to none fires no event.)
 */
export function nextDiagnosticsChange(uri: vscode.Uri, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  let changed = false;
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) changed = true;
  });
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => (changed ? vscode.languages.getDiagnostics(uri) : undefined), () => what, timeoutMs).finally(
    () => sub.dispose(),
  );
}

/** Resolves once `check` returns a value, checking now and after each `event`. */
export function waitFor<T, E>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  describe: () => string,
  timeoutMs: number,
): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const sub = event(() => {
      const v = check();
      if (v === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting: ${describe()}`));
    }, timeoutMs);
  });
}

/** Brings the document back to its saved text, so each test starts from the example. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  if (doc.isDirty) throw new Error(`could not revert ${doc.uri.path}`);
}

/** The line of `doc` whose text is exactly `text` (the examples have few, distinct lines). */
export function lineIndex(doc: vscode.TextDocument, text: string, occurrence = 0): number {
  let seen = 0;
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text === text && seen++ === occurrence) return i;
  }
  throw new Error(`no line "${text}" (occurrence ${occurrence}) in ${doc.uri.path}`);
}
