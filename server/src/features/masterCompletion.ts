/**
 * master.cf completion of the columns: whole service entries at a line start, then service
 * types, y/n/- flags, wakeup and process limits, and the daemon commands, each with what
 * it means.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { COLUMNS, COMMANDS, SERVICE_TYPES } from '../data/master';
import { SERVICE_ENTRIES } from '../data/serviceEntries';
import { atLeast } from '../data/versions';
import { FIELD_NAMES } from '../parser/masterCf';
import { type FeatureContext, ownDocument } from './context';

function item(label: string, range: Range, kind: CompletionItemKind, documentation: string, sortText?: string): CompletionItem {
  return { label, kind, textEdit: { range, newText: label }, documentation: { kind: 'markdown', value: documentation }, sortText };
}

/** Whole entries; the typed prefix of the first column filters them. */
export function serviceEntryItems(ctx: FeatureContext, lineStart: number, offset: number): CompletionItem[] {
  const { doc } = ownDocument(ctx);
  const text = doc.getText();
  let end = offset;
  while (end < text.length && text[end] !== '\n') end++;
  // Replace the whole line only when it holds nothing but the word being typed.
  const rest = text.slice(offset, end).trim();
  const range = { start: doc.positionAt(lineStart), end: doc.positionAt(rest === '' ? end : offset) };
  return SERVICE_ENTRIES.filter((e) => !e.since || atLeast(ctx.model.target, e.since)).map((e) => ({
    label: e.label,
    kind: CompletionItemKind.Snippet,
    detail: e.detail,
    filterText: e.lines[0].split(/\s+/)[0].replace(/^\$\{1:(.*)\}$/, '$1'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: e.lines.join('\n') },
    documentation: { kind: 'markdown', value: '```\n' + placeholderText(e.lines.join('\n')).replace(/\\\$/g, '$') + '\n```' },
  }));
}

/** A snippet with each `${n:text}` placeholder replaced by its text. */
function placeholderText(snippet: string): string {
  let out = '';
  let i = 0;
  for (let d = snippet.indexOf('${', i); d >= 0; d = snippet.indexOf('${', i)) {
    let j = d + 2;
    while (j < snippet.length && snippet.charCodeAt(j) >= 48 && snippet.charCodeAt(j) <= 57) j++;
    const close = j > d + 2 && snippet[j] === ':' ? snippet.indexOf('}', j + 1) : -1;
    if (close < 0) {
      out += snippet.slice(i, d + 1);
      i = d + 1;
      continue;
    }
    out += snippet.slice(i, d) + snippet.slice(j + 1, close);
    i = close + 1;
  }
  return out + snippet.slice(i);
}

const FLAG_COLUMNS = new Set(['private', 'unpriv', 'chroot']);

/**
 * Items for column 2 to 8, by how many fields come before the cursor on the entry's first
 * line; undefined past the command (the arguments).
 */
export function masterColumnItems(ctx: FeatureContext, lineStart: number, offset: number): CompletionItem[] | undefined {
  const { doc } = ownDocument(ctx);
  const text = doc.getText();
  const before = text.slice(lineStart, offset);
  let partialStart = before.length;
  while (partialStart > 0 && !/\s/.test(before[partialStart - 1])) partialStart--;
  const partial = before.slice(partialStart);
  const index = before.slice(0, before.length - partial.length).trim().split(/\s+/).length;
  const range = { start: doc.positionAt(offset - partial.length), end: doc.positionAt(offset) };
  const column = FIELD_NAMES[index];
  if (!column) return undefined;
  const columnDoc = COLUMNS[column];
  if (column === 'type') {
    return Object.entries(SERVICE_TYPES)
      .filter(([, d]) => !d.since || atLeast(ctx.model.target, d.since))
      .map(([t, d]) => item(t, range, CompletionItemKind.EnumMember, d.text));
  }
  if (FLAG_COLUMNS.has(column)) {
    return [
      item('-', range, CompletionItemKind.Value, `the default (${columnDoc.dash ?? 'see hover'})`, '0'),
      item('y', range, CompletionItemKind.Value, columnDoc.yes!, '1'),
      item('n', range, CompletionItemKind.Value, columnDoc.no!, '2'),
    ];
  }
  if (column === 'wakeup') {
    return [
      item('-', range, CompletionItemKind.Value, 'the default: no wake-up events', '0'),
      item('60', range, CompletionItemKind.Value, 'wake up every minute (pickup)', '1'),
      item('300', range, CompletionItemKind.Value, 'wake up every 5 minutes (qmgr)', '2'),
      item('1000?', range, CompletionItemKind.Value, 'wake up every 1000 seconds once used (flush, tlsmgr)', '3'),
    ];
  }
  if (column === 'maxproc') {
    return [
      item('-', range, CompletionItemKind.Value, 'the default: default_process_limit', '0'),
      item('0', range, CompletionItemKind.Value, 'no limit', '1'),
      item('1', range, CompletionItemKind.Value, 'a single process (qmgr, pickup, postscreen, tlsmgr, ...)', '2'),
    ];
  }
  if (column === 'command') {
    return Object.entries(COMMANDS)
      .filter(([, d]) => !d.since || atLeast(ctx.model.target, d.since))
      .map(([c, d]) => item(c, range, CompletionItemKind.Function, d.text + (d.since ? ` Since Postfix ${d.since}.` : '')));
  }
  return [];
}
