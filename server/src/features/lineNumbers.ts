/** 1-based line numbers of document offsets, as messages show them. */
import type { ConfigModel } from '../model/config';

export function lineNumber(model: ConfigModel, file: 'main' | 'master', offset: number): number {
  const lines = (file === 'main' ? model.main : model.master)?.lines ?? [];
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
