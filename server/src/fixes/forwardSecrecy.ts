/**
 * "Insert forward-secrecy settings": turns the forward-secrecy plan of a configuration into
 * one set of exact edits. Existing settings are updated where they stand (the last of
 * duplicates; the earlier ones go), missing ones are inserted as one block with comment lines
 * after the last TLS setting (or at the end of main.cf), and settings that are ignored or
 * harmful on the target release are deleted, in main.cf and in master.cf `-o` settings.
 */
import type { AnalysisSettings, Fix, TextEditSpec } from '../analysis/types';
import { parameterFact } from '../data/parameters';
import { formatVersion } from '../data/versions';
import type { ConfigModel } from '../model/config';
import { Derived } from '../model/derived';
import type { MainCf, Parameter } from '../parser/mainCf';
import { assignments } from '../analysis/security/assignments';
import { forwardSecrecyPlan, type MainAction, type OverrideAction } from './tls/plan';
import { FS_KEY_EXCHANGES, listTokens } from './tls/tlsValues';
import { deleteLogicalLine, deleteOverride, insertLinesAfter, insertLinesBefore, replaceOverrideValue, replaceValue, type EditableDoc } from './text';
import { dropTokenEdits } from './tls/tokenEdits';

export const FORWARD_SECRECY_COMMAND = 'postfix.insertForwardSecrecy';

export function forwardSecrecyTitle(model: ConfigModel): string {
  return `Insert forward-secrecy settings for Postfix ${formatVersion(model.target)}`;
}

/**
 * The change last made for a model, with the settings it was made for: in one analysis both
 * tls-forward-secrecy and tls-client-off offer it.
 */
const made = new Derived<{ settings: AnalysisSettings; fix: Fix | undefined }>();

/** The whole forward-secrecy change for a configuration, or undefined when it has nothing to change. */
export function forwardSecrecyFix(model: ConfigModel, settings: AnalysisSettings = { rules: {} }): Fix | undefined {
  const last = made.get(model);
  if (last?.settings === settings) return last.fix;
  const fix = makeForwardSecrecyFix(model, settings);
  made.set(model, { settings, fix });
  return fix;
}

function makeForwardSecrecyFix(model: ConfigModel, settings: AnalysisSettings): Fix | undefined {
  const plan = forwardSecrecyPlan(model, settings);
  const edits: TextEditSpec[] = [];
  const changes = new Set<string>();
  if (model.main) edits.push(...mainEdits(model.main, model, plan.main, plan.header, changes));
  for (const a of plan.master) edits.push(...overrideEdits(model.master!, a, changes));
  if (edits.length === 0) return undefined;
  return { title: forwardSecrecyTitle(model), edits, safe: false, changes: [...changes].sort() };
}

const isTlsName = (name: string) => parameterFact(name)?.tls ?? /(^|_)tls_/.test(name);

function mainEdits(main: MainCf, model: ConfigModel, actions: MainAction[], header: string, changes: Set<string>): TextEditSpec[] {
  const edits: TextEditSpec[] = [];
  const deleted = new Set<Parameter>();
  const inserted: Extract<MainAction, { kind: 'set' }>[] = [];
  const remove = (p: Parameter) => {
    deleted.add(p);
    edits.push(...deleteLogicalLine('main', main, p.logical));
  };
  for (const a of actions) {
    const all = assignments(model, a.name);
    const last = all[all.length - 1];
    if (!last) {
      if (a.kind === 'set') inserted.push(a);
      if (a.kind === 'set') changes.add(a.name);
      continue;
    }
    changes.add(a.name);
    for (const earlier of all.slice(0, -1)) remove(earlier);
    if (a.kind === 'delete') remove(last);
    else if (a.kind === 'set') {
      edits.push(...replaceValue(main, last, a.value));
      if (a.noteOnUpdate && last.value.text !== a.value) edits.push(insertLinesBefore('main', main, main.lines.at(last.logical.firstLine), a.noteOnUpdate));
    } else {
      const kept = listTokens(last.value.text).filter((t) => !FS_KEY_EXCHANGES.has(t.text));
      if (kept.length === 0) remove(last);
      else edits.push(...dropTokenEdits(main, last));
    }
  }
  if (inserted.length > 0) {
    const lines = ['', header];
    let lastComment = '';
    for (const a of inserted) {
      const comment = a.comment.join('\n');
      if (comment !== '' && comment !== lastComment) lines.push(...a.comment);
      lastComment = comment;
      lines.push(`${a.name} = ${a.value}`);
    }
    const anchor = lastParameter(main, (p) => isTlsName(p.name) && !deleted.has(p));
    const after = anchor ? main.lines.at(anchor.logical.lastLine) : main.lines.at(main.lines.length - 1);
    edits.push(insertLinesAfter('main', main, after, after ? lines : lines.slice(1)));
  }
  return edits;
}

/** The last parameter of main.cf that passes `test` (searched from the end). */
function lastParameter(main: MainCf, test: (p: Parameter) => boolean): Parameter | undefined {
  for (let i = main.parameters.length - 1; i >= 0; i--) if (test(main.parameters[i])) return main.parameters[i];
  return undefined;
}

function overrideEdits(master: EditableDoc, a: OverrideAction, changes: Set<string>): TextEditSpec[] {
  changes.add(a.override.name);
  if (a.kind === 'delete') return deleteOverride(master, a.override);
  if (a.kind === 'set') return replaceOverrideValue(a.override, a.value);
  const kept = listTokens(a.override.value).filter((t) => !FS_KEY_EXCHANGES.has(t.text));
  if (kept.length === 0) return deleteOverride(master, a.override);
  // A short-form value must stay free of whitespace; the long form may use spaces.
  return replaceOverrideValue(a.override, kept.map((t) => t.text).join(a.override.form === 'long' ? ', ' : ','));
}
