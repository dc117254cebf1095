/** 1-based line numbers of document offsets, as messages show them. */
import { documentOf } from '../analysis/edits';
import type { ConfigModel } from '../model/config';

export function lineNumber(model: ConfigModel, file: 'main' | 'master', offset: number): number {
  return documentOf(model, file).lines.indexAt(offset) + 1;
}
