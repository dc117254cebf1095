/**
 * Lines and columns of document offsets, counted exactly as the editor's TextDocument counts
 * them (a line ends at `\n`, `\r\n` or a lone `\r`; an offset inside a line break belongs to
 * the line before it; columns in UTF-16 code units), so that postfix-lint reports the positions
 * the editor shows. Built once per file, without a TextDocument or a position object per query.
 */
export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 13 || c === 10) this.starts.push(i + 1);
      }
    } else {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.starts.push(nl + 1);
    }
  }

  /** The offset clamped to the text, and moved back before a line break it sits in. */
  private clamp(offset: number, line: number): number {
    let o = Math.max(Math.min(offset, this.text.length), 0);
    const start = this.starts[line];
    while (o > start && isLineBreak(this.text.charCodeAt(o - 1))) o--;
    return o;
  }

  /** 0-based line of an offset. */
  line(offset: number): number {
    const o = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] > o) hi = mid;
      else lo = mid + 1;
    }
    return lo - 1;
  }

  /** 0-based column of an offset on its line (`line` is `this.line(offset)`). */
  column(offset: number, line: number): number {
    return this.clamp(offset, line) - this.starts[line];
  }
}

function isLineBreak(c: number): boolean {
  return c === 13 || c === 10;
}
