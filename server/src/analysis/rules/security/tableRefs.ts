/** Every `type:name` table written in main.cf values and master.cf `-o` values, with its place. */
import type { ConfigModel } from '../../../model/config';
import { Derived } from '../../../model/derived';
import { toDocumentOffset } from '../../../parser/lines';
import { parseTableRef, type TableRef } from '../../security/tables';
import { valueScan } from '../../security/valueScan';
import type { Location } from '../../security/words';

export interface WrittenTable {
  /** The parameter it is written in. */
  parameter: string;
  ref: TableRef;
  /** The whole table word (`hash:/etc/postfix/x`) and the type part (`hash`). */
  loc: Location;
  typeLoc: Location;
}

/** A table word, after the start of the value, a blank, a comma or `=` (only the word is captured). */
const TABLE = /(?:^|[\s,=])((?:proxy:)?[a-z0-9]+:(?:\{[^}]*\}|[^\s,]+))/gi;

function scan(text: string, at: (i: number) => number, file: 'main' | 'master', parameter: string, out: WrittenTable[]) {
  TABLE.lastIndex = 0;
  for (let m = TABLE.exec(text); m; m = TABLE.exec(text)) {
    const word = m[1];
    const ref = parseTableRef(word);
    if (!ref) continue;
    // The word ends the match; its type is just before the `:` that starts its name.
    const start = m.index + m[0].length - word.length;
    const typeStart = start + word.length - ref.name.length - 1 - ref.type.length;
    out.push({ parameter, ref, loc: { file, start: at(start), end: at(start + word.length - 1) + 1 }, typeLoc: { file, start: at(typeStart), end: at(typeStart + ref.type.length - 1) + 1 } });
  }
}

const cache = new Derived<WrittenTable[]>();

export function writtenTables(model: ConfigModel): WrittenTable[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const out: WrittenTable[] = [];
  cache.set(model, out);
  // A table is `type:name`: values without a colon need no closer look.
  for (const p of valueScan(model).withColon) {
    const v = p.value;
    const base = p.logical.text.length - v.text.length;
    const at = (i: number) => toDocumentOffset(p.logical, base + i);
    scan(v.text, at, 'main', p.name, out);
  }
  for (const s of model.services) {
    for (const o of s.overrides.values()) if (o.value.includes(':')) scan(o.value, (i) => o.valueStart + i, 'master', o.name, out);
  }
  return out;
}
