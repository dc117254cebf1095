/** Small markdown helpers for hover and completion documentation. */

/** Inline code that survives backticks in the text; the empty value shows as *(empty)*. */
export function code(text: string): string {
  if (text === '') return '*(empty)*';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Shortens long values for one-line display. */
export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function postconfLink(name: string): string {
  return `https://www.postfix.org/postconf.5.html#${name}`;
}

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
