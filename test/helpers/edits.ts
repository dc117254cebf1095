/** Applies non-overlapping text edits (document offsets) to a text, as an editor would. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  for (const e of sorted) {
    if (e.end > lastStart) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`edit out of range: ${e.start}-${e.end}`);
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}
