/**
 * Benchmark inputs built from ../shared/corpus: concatenations of the real files, with the
 * parameter names made unique so duplicates do not dominate.
 */
import { readFileSync } from 'node:fs';
import { loadModel } from '../server/src/model/load';
import { dumpMain, dumpMaster } from '../server/src/model/dump';
import { CORPUS, corpusFiles } from '../test/helpers/paths';

/** corpusText's answers: every input of a benchmark run starts from the same files. */
const corpusTexts = new Map<'main' | 'master', string[]>();

/** The corpus files Postfix accepts (the traps that postconf rejects are left out), read and checked once. */
function corpusText(kind: 'main' | 'master'): string[] {
  const known = corpusTexts.get(kind);
  if (known) return known;
  const texts = corpusFiles(kind)
    .map((f) => readFileSync(f, 'utf8').replace(/\r\n/g, '\n'))
    .filter((text) => {
      const model = loadModel(kind === 'main' ? { main: text } : { master: text });
      return (kind === 'main' ? dumpMain(model, '') : dumpMaster(model, '')).errors.length === 0;
    });
  // Without files every input would stay empty (and the loops below would never end).
  if (texts.length === 0) throw new Error(`no usable ${kind}.cf files in ${CORPUS}/${kind}: the benchmark builds its inputs from the shared corpus (../shared next to the project, or POSTFIX_SHARED_DIR)`);
  corpusTexts.set(kind, texts);
  return texts;
}

/**
 * A main.cf of exactly `lines` lines. Every assignment after the first of its name is renamed
 * `name_N` (N counting that name's assignments), in the first copy of the corpus as in later ones:
 * the corpus files set the same names, so a plain concatenation is mostly duplicates.
 */
export function mainCfOfLines(lines: number): string {
  const sources = corpusText('main');
  const seen = new Map<string, number>();
  const out: string[] = [];
  while (out.length < lines) {
    for (const text of sources) {
      for (const line of text.split('\n')) {
        if (out.length >= lines) break;
        out.push(
          line.replace(/^([^\s=#][^\s=]*)(\s*=)/, (_m, name: string, eq: string) => {
            const n = (seen.get(name) ?? 0) + 1;
            seen.set(name, n);
            return n === 1 ? name + eq : `${name}_${n}${eq}`;
          }),
        );
      }
      if (out.length >= lines) break;
    }
  }
  return out.join('\n') + '\n';
}

/**
 * A master.cf with exactly `services` service entries (each with its continuation lines). An
 * entry whose name and type came before is renamed: inet services get a port of their own, the
 * others `name_N`.
 */
export function masterCfOfServices(services: number): string {
  const groups: string[][] = [];
  for (const text of corpusText('master')) {
    let current: string[] | undefined;
    for (const line of text.split('\n')) {
      if (/^\s*(#|$)/.test(line)) continue;
      if (/^\s/.test(line)) current?.push(line);
      else groups.push((current = [line]));
    }
  }
  const entries = groups.map((g) => g.join('\n'));
  const valid = entries.filter((e) => e.split(/\s+/).length >= 8);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; out.length < services; i++) {
    const e = valid[i % valid.length];
    const [name, type] = e.split(/\s+/, 2);
    const n = (seen.get(`${name} ${type}`) ?? 0) + 1;
    seen.set(`${name} ${type}`, n);
    out.push(n === 1 ? e : e.replace(/^\S+/, type === 'inet' ? `${10000 + i}` : `${name}_${n}`));
  }
  return out.join('\n') + '\n';
}

/**
 * A fleet of configurations as CI checks them: one per corpus main.cf that Postfix accepts, each
 * as it is, with a corpus master.cf beside it (taken in turn: the corpus has fewer of those).
 */
export function fleetOfCorpus(): { main: string; master: string }[] {
  const masters = corpusText('master');
  return corpusText('main').map((main, i) => ({ main, master: masters[i % masters.length] }));
}
