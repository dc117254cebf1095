/**
 * Property tests: for any input (random text, random bytes read as UTF-8, control characters,
 * lone surrogates, CR-only and mixed line endings, a BOM, fragments of the syntax in any order)
 * and for every corpus file under random mutations, the parsers, the model, every rule, the dump
 * and the LSP features return without throwing, every range lies inside the document, and
 * printing the tree reproduces the input (test/helpers/invariants.ts). PROPERTY_RUNS sets the
 * number of cases per property (default 150; `npm run fuzz` runs 2000). The seed is fixed in
 * `npm test`; `npm run fuzz` draws a new one (FUZZ_SEED=random) and FUZZ_SEED=N replays it; it is
 * printed at the start and by fast-check on failure.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, test } from 'node:test';
import { configPair } from '../helpers/generate';
import { checkInvariants } from '../helpers/invariants';
import { applyMutation, mutation } from '../helpers/mutate';
import { corpusFiles } from '../helpers/paths';
import { fuzzSeed } from '../helpers/seed';

const numRuns = Number(process.env.PROPERTY_RUNS ?? 150);
const seed = fuzzSeed(process.env.FUZZ_SEED, 20240607);
console.log(`# property seed ${seed}, ${numRuns} runs per property; replay with FUZZ_SEED=${seed} PROPERTY_RUNS=${numRuns}`);
const params = { numRuns, seed };

/** Pieces of the syntax that make the parsers work hardest when thrown together. */
const FRAGMENTS = [
  '$', '$$', '${', '$(', '{', '}', '(', ')', '?', ':', '=', '==', '<level', '#', ' ', '\t', '\r', '\n', '\r\n', '\0',
  '\u00a0', '\uFEFF', '\uD800', '\uDC00', '\u2013', 'é', '\u{1F600}', 'myhostname', 'myorigin', 'smtpd_banner', 'compatibility_level',
  'foo', '_', '-o', '-vo', '-o{', '--', 'smtp', 'inet', 'unix', 'n', 'y', '-', 'smtpd', 'pipe', '  ', '\n  ', '\n\t', '\n#',
  'ldap:', 'proxy:', 'mysql:x', '3.6', '0', '100', '60?',
];
const fragments = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('utf8')),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\0', '\x1b', '\x7f', ' ', '=', 'a', '#', '$', '{', '}'), maxLength: 200 }),
  fragments,
  fragments.map((t) => '\uFEFF' + t),
  fragments.map((t) => t.replace(/\n/g, '\r')),
);

describe('properties over generated input', () => {
  test('any text, read as main.cf and as master.cf', () => {
    fc.assert(fc.property(anyText, (t) => checkInvariants(t)), params);
  });
  test('two unrelated texts as one directory', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => checkInvariants(a, b)), params);
  });
  test('grammar-generated main.cf/master.cf pairs, broken or not', () => {
    fc.assert(fc.property(configPair(0.5), (c) => checkInvariants(c.main, c.master)), params);
  });
  test('self- and mutually-referencing $name chains and cycles through defaults', () => {
    const names = ['myhostname', 'mydomain', 'myorigin', 'smtpd_banner', 'mail_name', 'relayhost', 'foo', 'bar'];
    const chain = fc.array(fc.tuple(fc.constantFrom(...names), fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }), fc.constantFrom('$', '${', '$(')), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(chain, (c) => {
        const close = (open: string) => (open === '${' ? '}' : open === '$(' ? ')' : '');
        const main = c.map(([n, refs, open]) => `${n} = ${refs.map((r) => `${open}${r}${close(open)}`).join(' ')}\n`).join('');
        const master = `smtp inet n - n - - smtpd ${c.map(([n, refs]) => `-o ${n}=$${refs[0]}`).join(' ')}\n`;
        checkInvariants(main, master);
      }),
      params,
    );
  });
});

describe('properties over mutated corpus files', () => {
  for (const kind of ['main', 'master'] as const) {
    const files = corpusFiles(kind);
    test(`${kind}: ${files.length} corpus files under random mutations`, () => {
      if (files.length === 0) throw new Error(`no corpus files for ${kind}`);
      const texts = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
      fc.assert(
        fc.property(fc.nat(texts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, ms) => {
          const text = ms.reduce(applyMutation, texts[i].text);
          checkInvariants(text, kind === 'master' ? text : '');
          if (kind === 'main') checkInvariants('', text);
        }),
        { ...params, numRuns: Math.max(numRuns, texts.length * 2) },
      );
    });
  }
});
