/**
 * Inside a `# postfix-lint: disable...` comment: the rule ids are completed, and hover tells
 * what the rule under the cursor finds. Other comments get nothing.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import { RULES } from '../analysis/rules';
import { parseSuppressionComment } from '../analysis/suppressions';
import { type FeatureContext, ownDocument } from './context';

/** The suppression comment on the cursor's line, with where that line starts. */
function commentAt(ctx: FeatureContext, offset: number) {
  const text = ownDocument(ctx).doc.getText();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline).replace(/\r$/, '');
  const comment = parseSuppressionComment(line);
  return comment && { comment, line, lineStart, column: offset - lineStart };
}

/** Rule ids where the cursor is among the ids of a suppression comment; undefined elsewhere. */
export function suppressionCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const at = commentAt(ctx, offset);
  if (!at) return undefined;
  const { line, lineStart, column, comment } = at;
  // Past the directive and the blank after it, and not in the reason after ` -- `.
  if (column <= comment.listStart || column > comment.listEnd) return [];
  let start = column;
  while (start > comment.listStart && !/[\s,]/.test(line[start - 1])) start--;
  let end = column;
  while (end < line.length && !/[\s,]/.test(line[end])) end++;
  const { doc } = ownDocument(ctx);
  const range = { start: doc.positionAt(lineStart + start), end: doc.positionAt(lineStart + end) };
  const listed = new Set(at.comment.ids.map((i) => i.id));
  return RULES.filter((r) => !listed.has(r.id) || (r.id === line.slice(start, end))).map((r) => ({
    label: r.id,
    kind: CompletionItemKind.EnumMember,
    detail: `default: ${r.defaultSeverity}`,
    documentation: { kind: MarkupKind.Markdown, value: r.description },
    textEdit: { range, newText: r.id },
  }));
}

/** What the rule whose id is under the cursor finds; undefined when the cursor is on no such id. */
export function suppressionHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const at = commentAt(ctx, offset);
  const id = at?.comment.ids.find((i) => at.column >= i.start && at.column <= i.start + i.id.length);
  if (!at || !id) return undefined;
  const rule = RULES.find((r) => r.id === id.id);
  const value = rule
    ? `**${rule.id}** (default: ${rule.defaultSeverity})\n\n${rule.description}`
    : `**${id.id}**: no rule has this id, so this comment silences nothing by that name.`;
  const { doc } = ownDocument(ctx);
  const start = at.lineStart + id.start;
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: doc.positionAt(start), end: doc.positionAt(start + id.id.length) } };
}
