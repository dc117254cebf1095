import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (tests run from out/test/...). */
export const ROOT = resolve(__dirname, '../../..');
/** ../shared beside the repository: facts, corpus, examples. */
export const SHARED = process.env.POSTFIX_SHARED_DIR ?? resolve(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus');
export const ORACLE = join(SHARED, 'postfix/oracle.sh');

export function corpusFiles(kind: 'main' | 'master'): string[] {
  const dir = join(CORPUS, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cf'))
    .sort()
    .map((f) => join(dir, f));
}

/** The corpus files with template syntax of one kind, as MANIFEST.tsv's notes name it ("main.cf; ..."). */
export function templatedCorpusFiles(kind: 'main' | 'master'): string[] {
  const manifest = join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[0]?.startsWith('templated/') && cols[5]?.startsWith(`${kind}.cf;`))
    .map((cols) => join(CORPUS, cols[0]))
    .sort();
}

/** The corpus as the differential tests read it: main/, master/, then the templated files of each kind. */
export function corpusGroups(): { kind: 'main' | 'master'; files: string[]; group: string }[] {
  return [
    { kind: 'main', files: corpusFiles('main'), group: 'main' },
    { kind: 'master', files: corpusFiles('master'), group: 'master' },
    { kind: 'main', files: templatedCorpusFiles('main'), group: 'templated main' },
    { kind: 'master', files: templatedCorpusFiles('master'), group: 'templated master' },
  ];
}
