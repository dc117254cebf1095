import type { ConfigModel } from '../../model/config';
import { overrideNamespaces } from '../../model/namespaces';
import type { Override } from '../../parser/masterCf';
import type { ExprNode, RefNode } from '../../parser/types';
import { postconfData } from '../postconf';
import { mainSettings, settingOfOverride, type Setting } from '../settings';
import type { Finding, Rule } from '../types';

interface Node {
  setting: Setting;
  refs: { ref: RefNode; to: number }[];
}

/**
 * The references whose values get expanded. `${name?x}` and `${name:x}` only test whether
 * name is empty; they do not expand its value, so they cannot close a loop.
 */
function expandedRefs(nodes: ExprNode[], visit: (ref: RefNode) => void): void {
  for (const n of nodes) {
    if (n.kind === 'ref') {
      if (!n.conditional) visit(n);
      else {
        expandedRefs(n.conditional.value, visit);
        if (n.conditional.otherwise) expandedRefs(n.conditional.otherwise, visit);
      }
    } else if (n.kind === 'relational') {
      for (const part of [n.left, n.right, n.ifTrue, n.ifFalse]) expandedRefs(part, visit);
    }
  }
}

/** A setting whose value expands other names, with those references. */
interface Candidate {
  setting: Setting;
  refs: RefNode[];
}

/**
 * The settings that can be part of a loop: each member of one expands a reference. Raw
 * parameters are not expanded, so they have no references.
 */
function candidate(s: Setting): Candidate | undefined {
  const fact = s.fact;
  if (fact?.raw || fact?.status === 'read-only' || s.plain || s.nodes.every((n) => n.kind === 'text' || n.kind === 'escape')) return undefined;
  const refs: RefNode[] = [];
  expandedRefs(s.nodes, (ref) => refs.push(ref));
  return refs.length > 0 ? { setting: s, refs } : undefined;
}

/**
 * The `$name` graph of one scope: main.cf alone, or main.cf as the services of one `-o` name
 * space see it (its settings replace main.cf's; entries with the same name and type share one,
 * in which a later entry's `-o` replaces an earlier one's). Settings that expand nothing cannot
 * close a loop and are left out, with the references to them: the loops, and the order in which
 * they are found, are those of the whole graph.
 */
function buildGraph(model: ConfigModel, main: Candidate[], overrides?: ReadonlyMap<string, Override>): Node[] {
  const members: Candidate[] = [];
  for (const c of main) if (!overrides?.has(c.setting.name)) members.push(c);
  for (const o of overrides?.values() ?? []) {
    const c = candidate(settingOfOverride(model, o)!);
    if (c) members.push(c);
  }
  const index = new Map<string, number>();
  members.forEach((c, i) => index.set(c.setting.name, i));
  return members.map((c) => {
    const refs: Node['refs'] = [];
    for (const ref of c.refs) {
      const to = index.get(ref.name);
      if (to !== undefined) refs.push({ ref, to });
    }
    return { setting: c.setting, refs };
  });
}

/** Strongly connected components that form a loop (Tarjan, iterative). */
function loops(nodes: Node[]): number[][] {
  const order = new Array<number>(nodes.length).fill(-1);
  const low = new Array<number>(nodes.length).fill(0);
  const onStack = new Array<boolean>(nodes.length).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < nodes.length; root++) {
    if (order[root] >= 0) continue;
    const work: { v: number; i: number }[] = [{ v: root, i: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = nodes[frame.v].refs;
      if (frame.i < edges.length) {
        const w = edges[frame.i++].to;
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push({ v: w, i: 0 });
        } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v], order[w]);
        continue;
      }
      work.pop();
      if (work.length > 0) low[work[work.length - 1].v] = Math.min(low[work[work.length - 1].v], low[frame.v]);
      if (low[frame.v] !== order[frame.v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== frame.v);
      const v = component[0];
      if (component.length > 1 || nodes[v].refs.some((e) => e.to === v)) out.push(component.reverse());
    }
  }
  return out;
}

/** Nodes whose value Postfix programs expand: built-in parameters and what they reach. */
function expandedByPostfix(model: ConfigModel, nodes: Node[]): boolean[] {
  const reached = new Array<boolean>(nodes.length).fill(false);
  const queue: number[] = [];
  nodes.forEach((n, i) => {
    if (n.setting.builtin) (reached[i] = true), queue.push(i);
  });
  while (queue.length > 0) {
    for (const e of nodes[queue.pop()!].refs) if (!reached[e.to]) (reached[e.to] = true), queue.push(e.to);
  }
  return reached;
}

function report(nodes: Node[], reached: boolean[], component: number[], out: Finding[]): void {
  const members = new Set(component);
  const names = component.map((i) => nodes[i].setting.name);
  const fatal = component.some((i) => reached[i]);
  const loop = names.length === 1 ? `${names[0]} refers to itself` : `${names.join(', ')} refer to each other in a loop`;
  for (const i of component) {
    const edge = nodes[i].refs.find((e) => members.has(e.to));
    if (!edge) continue;
    out.push({
      file: nodes[i].setting.file,
      start: edge.ref.start,
      end: edge.ref.end,
      severity: fatal ? 'error' : 'warning',
      message: `${loop} ($${nodes[i].setting.name} → $${edge.ref.name}), so expanding ${names.length === 1 ? 'it' : 'them'} never ends: ${fatal ? 'Postfix stops' : 'postconf -x stops'} with "unreasonable macro call nesting". Break the loop.`,
      data: postconfData('unreasonable macro call nesting'),
    });
  }
}

/** `$name` references that lead back to where they started. */
export const referenceCycle: Rule = {
  id: 'reference-cycle',
  defaultSeverity: 'error',
  description: '`$name` references that form a loop (`a = $b`, `b = $a`): expansion never ends and Postfix stops with "unreasonable macro call nesting".',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    const check = (nodes: Node[], accept: (component: number[]) => boolean) => {
      const found = loops(nodes).filter(accept);
      if (found.length === 0) return;
      const reached = expandedByPostfix(model, nodes);
      for (const c of found) report(nodes, reached, c, out);
    };
    const main: Candidate[] = [];
    for (const s of mainSettings(model)) {
      const c = s.effective ? candidate(s) : undefined;
      if (c) main.push(c);
    }
    check(buildGraph(model, main), () => true);
    // A name space's -o settings can close a loop of their own, with main.cf values or alone;
    // an override without references cannot be part of one.
    for (const overrides of overrideNamespaces(model).byService.values()) {
      if (![...overrides.values()].some((o) => o.expr.nodes.some((n) => n.kind !== 'text'))) continue;
      const nodes = buildGraph(model, main, overrides);
      check(nodes, (c) => c.some((i) => nodes[i].setting.service !== undefined));
    }
    return out;
  },
};
