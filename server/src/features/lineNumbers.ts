/** 1-based line numbers of document offsets, as messages show them. */
import { lineIndexAt } from '../analysis/edits';
import type { ConfigModel } from '../model/config';

export function lineNumber(model: ConfigModel, file: 'main' | 'master', offset: number): number {
  return lineIndexAt((file === 'main' ? model.main : model.master)?.lines ?? [], offset) + 1;
}
