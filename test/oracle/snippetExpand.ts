/**
 * Expands a VS Code snippet body as if the user accepted every default: a placeholder becomes
 * its default (`${1:x}` → x, also where `$1` repeats it), a choice its first option, a
 * variable its default or nothing, `$0` nothing. Escapes `\$`, `\}`, `\\` (and `\,` `\|` in
 * choices) become the character.
 */

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: Node[] };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** Parses until `stop` (a `}` closing a placeholder) or the end. */
  nodes(stopAtBrace: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '\\' && '$}\\'.includes(this.s[this.i + 1] ?? '')) {
        text += this.s[this.i + 1];
        this.i += 2;
      } else if (c === '}' && stopAtBrace) {
        break;
      } else if (c === '$' && /[0-9A-Za-z_{]/.test(this.s[this.i + 1] ?? '')) {
        flush();
        out.push(this.dollar());
      } else {
        text += c;
        this.i++;
      }
    }
    flush();
    return out;
  }

  private dollar(): Node {
    this.i++; // $
    if (this.s[this.i] !== '{') {
      const m = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      return /^\d/.test(m[0]) ? { kind: 'tabstop', index: Number(m[0]) } : { kind: 'variable', name: m[0] };
    }
    this.i++; // {
    const m = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`bad snippet syntax at ${this.i}: ${this.s}`);
    this.i += m[0].length;
    const isTab = /^\d/.test(m[0]);
    const next = this.s[this.i];
    let node: Node;
    if (next === '}') node = isTab ? { kind: 'tabstop', index: Number(m[0]) } : { kind: 'variable', name: m[0] };
    else if (next === ':') {
      this.i++;
      const children = this.nodes(true);
      node = isTab ? { kind: 'tabstop', index: Number(m[0]), children } : { kind: 'variable', name: m[0], children };
    } else if (next === '|' && isTab) {
      this.i++;
      const options: string[] = [];
      let option = '';
      while (this.i < this.s.length && !(this.s[this.i] === '|' && this.s[this.i + 1] === '}')) {
        if (this.s[this.i] === '\\' && ',|\\'.includes(this.s[this.i + 1] ?? '')) option += this.s[++this.i];
        else if (this.s[this.i] === ',') (options.push(option), (option = ''));
        else option += this.s[this.i];
        this.i++;
      }
      options.push(option);
      this.i++; // |
      node = { kind: 'choice', index: Number(m[0]), options };
    } else throw new Error(`unsupported snippet syntax at ${this.i}: ${this.s}`);
    if (this.s[this.i] !== '}') throw new Error(`unclosed placeholder at ${this.i}: ${this.s}`);
    this.i++;
    return node;
  }
}

export function expandSnippet(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const tree = new Parser(text).nodes(false);
  const defaults = new Map<number, string>();
  const render = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            if (!defaults.has(n.index)) defaults.set(n.index, n.options[0]);
            return defaults.get(n.index)!;
          case 'tabstop':
            if (n.children && !defaults.has(n.index)) defaults.set(n.index, render(n.children));
            return defaults.get(n.index) ?? '';
          case 'variable':
            return n.children ? render(n.children) : '';
        }
      })
      .join('');
  // Mirrors may come before the placeholder that gives the default: collect defaults first.
  render(tree);
  return render(tree);
}
