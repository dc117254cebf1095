/**
 * Completion lists in the form the client reads fastest. A client that takes list defaults
 * (LSP 3.17 `completionList.itemDefaults`) gets the edit range, insert format and resolve data
 * that all items share once for the list instead of once per item: hundreds of parameter
 * names share them, and the answer shrinks by half.
 */
import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';
import { isDeepStrictEqual } from 'node:util';
import { isNameItem } from './completionItems';

/** The list defaults a client declares (`textDocument.completion.completionList.itemDefaults`). */
export type ItemDefaults = readonly string[];

/** The item properties a client can fill in later (`completionItem.resolveSupport.properties`). */
export type Resolvable = readonly string[];

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The range every item's text edit replaces, when they all have a plain edit over the same range. */
function sharedRange(items: CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (!first || !('range' in first)) return undefined;
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit || !('range' in edit) || !sameRange(edit.range, first.range)) return undefined;
  }
  return first.range;
}

/**
 * `resolvable`: when it holds `detail`, parameter names (the long lists) leave their detail to
 * completionItem/resolve, which fills it in for the item the user looks at.
 */
export function withItemDefaults(list: CompletionList, supported: ItemDefaults, resolvable: Resolvable = []): CompletionList {
  const dropNameDetail = resolvable.includes('detail');
  const { items } = list;
  const range = items.length >= 2 && supported.includes('editRange') ? sharedRange(items) : undefined;
  const format = items.length >= 2 && supported.includes('insertTextFormat') && items[0].insertTextFormat !== undefined && items.every((i) => i.insertTextFormat === items[0].insertTextFormat) ? items[0].insertTextFormat : undefined;
  const data = items.length >= 2 && supported.includes('data') && items[0].data !== undefined && items.every((i) => i.data === items[0].data || isDeepStrictEqual(i.data, items[0].data)) ? items[0].data : undefined;
  if (!range && format === undefined && data === undefined) return dropNameDetail ? { ...list, items: items.map((item) => copyOf(item, true, false)) } : list;
  const itemDefaults: CompletionList['itemDefaults'] = {};
  if (range) itemDefaults.editRange = range;
  if (format !== undefined) itemDefaults.insertTextFormat = format;
  if (data !== undefined) itemDefaults.data = data;
  return {
    isIncomplete: list.isIncomplete,
    itemDefaults,
    items: items.map((item) => {
      const out = copyOf(item, dropNameDetail, true);
      const { textEdit, insertTextFormat, data: itemData } = item;
      if (!range) {
        if (textEdit) out.textEdit = textEdit;
      } else if (textEdit!.newText !== item.label) {
        // Without textEditText the client inserts the label.
        out.textEditText = textEdit!.newText;
      }
      if (format === undefined && insertTextFormat !== undefined) out.insertTextFormat = insertTextFormat;
      if (data === undefined && itemData !== undefined) out.data = itemData;
      return out;
    }),
  };
}

/**
 * One copy of an item (a list has ~850 names), leaving out a name's detail when the client
 * resolves it (`dropNameDetail`) and, with `forDefaults`, what the list defaults may hold (the
 * caller adds back what they do not).
 */
function copyOf(item: CompletionItem, dropNameDetail: boolean, forDefaults: boolean): CompletionItem {
  const drop = dropNameDetail && isNameItem(item);
  if (!drop && !forDefaults) return item;
  const out = {} as CompletionItem;
  for (const key in item) {
    if ((drop && key === 'detail') || (forDefaults && (key === 'textEdit' || key === 'insertTextFormat' || key === 'data'))) continue;
    (out as Record<string, unknown>)[key] = item[key as keyof CompletionItem];
  }
  return out;
}
