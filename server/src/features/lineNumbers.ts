/** 1-based line numbers of document offsets, as messages show them. */
import { documentOf, lineIndexAt } from '../analysis/edits';
import type { ConfigModel } from '../model/config';

export function lineNumber(model: ConfigModel, file: 'main' | 'master', offset: number): number {
  return lineIndexAt(documentOf(model, file).lines, offset) + 1;
}
