/**
 * `npm run bench`: prints the figures of the performance targets and writes them to
 * bench/results.json. Figures, not assertions: a missed target is reported, not failed.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/paths';
import { growthFloors } from './floors';
import { inProcess } from './inprocess';
import { processBench } from './processes';
import { serverBench } from './server';
import { shapesBench, SHAPE_GROWTH_LIMIT } from './shapes';
import { fmt, type Summary } from './stats';

const kb = (path: string) => (existsSync(path) ? statSync(path).size / 1024 : NaN);
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(48) : c.padStart(12))).join(''));
const target = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const ms = (s: Summary | string) => (typeof s === 'string' ? s : `${fmt(s.median)} / ${fmt(s.p95)}`);

async function main(): Promise<void> {
  const edits = Number(process.env.BENCH_EDITS ?? 300);
  console.log(`postfix-config benchmark on ${process.platform} ${process.arch}, node ${process.version}\n`);

  console.log('Parse + full analysis, in process, warm (milliseconds; an entry is a main.cf setting or a master.cf service)');
  // Growth is time over bytes from the size above; the entries show how much of the work grew.
  row(['input', 'median', 'min', 'max', 'MB/s', 'growth', 'entries', 'µs/entry', 'findings', 'GC %']);
  const sizes = await inProcess();
  for (const r of sizes) {
    const growth = r.growth ? `${r.growth.time.toFixed(1)}x/${r.growth.input.toFixed(0)}x` : '';
    row([r.label, fmt(r.time.median), fmt(r.time.min), fmt(r.time.max), r.mbPerSecond.toFixed(1), growth, r.entries.toLocaleString('en'), ((r.time.median * 1000) / r.entries).toFixed(1), r.findings.toLocaleString('en'), (r.gcShare * 100).toFixed(0)]);
  }

  console.log('\nGrowth floors: far simpler programs on the same main.cf inputs, timed the same way (milliseconds, median)');
  row(['program (main.cf lines)', '10,000', '100,000', 'growth']);
  const floors = growthFloors();
  row(['parse + full analysis (above)', fmt(sizes[1].time.median), fmt(sizes[2].time.median), `${sizes[2].growth!.time.toFixed(1)}x`]);
  for (const f of floors) row([f.label, fmt(f.small.median), fmt(f.large.median), `${f.growth.toFixed(1)}x`]);

  console.log('\nOne structure made large, in process, warm (milliseconds, median; the second size has ten times the first\'s n)');
  row(['input', 'n = 500', 'n = 5,000', 'growth']);
  const shapes = shapesBench(500);
  for (const r of shapes) row([r.label, fmt(r.small.median), fmt(r.large.median), `${r.growth.toFixed(1)}x`]);

  console.log('\nLanguage server over stdio (milliseconds, median / p95)');
  const server = await serverBench(edits);
  row([`didChange -> publishDiagnostics, 2,000 lines (${edits} edits after 50)`, ms(server.typing)]);
  row(['hover round trip', ms(server.hover)]);
  row(['completion round trip', ms(server.completion)]);
  row(['cold start: spawn -> initialize answer', ms(server.coldStart)]);
  row(['  then didOpen -> first publishDiagnostics (examples/main.cf)', ms(server.firstDiagnostics)]);
  row(['resident memory with 100,000-line main.cf (MB)', server.memoryMb.toFixed(0)]);
  console.log('  requests over the whole 100,000-line main.cf (3 runs after 3):');
  for (const [label, s] of Object.entries(server.wholeFile)) row([`  ${label}`, ms(s)]);
  row([`  20 keystrokes 30 ms apart: the last -> its diagnostics (${server.burst.published} of 20 versions published)`, ms(server.burst.lastToDiagnostics)]);

  console.log('\nBundles (KiB)');
  const sizesKb = { server: kb(join(ROOT, 'dist/server.js')), client: kb(join(ROOT, 'dist/client.js')), cli: kb(join(ROOT, 'dist/cli.js')), docs: kb(join(ROOT, 'dist/docs.json')), vsix: kb(join(ROOT, 'postfix-config.vsix')) };
  row(['dist/server.js', sizesKb.server.toFixed(0)]);
  row(['dist/docs.json (data, read on first use)', sizesKb.docs.toFixed(0)]);
  row(['dist/client.js', sizesKb.client.toFixed(0)]);
  row(['dist/cli.js', sizesKb.cli.toFixed(0)]);
  row(['postfix-config.vsix', Number.isNaN(sizesKb.vsix) ? 'not built (npm run package)' : sizesKb.vsix.toFixed(0)]);

  console.log('\nWhole processes on a 100,000-line main.cf (CPU milliseconds, median and min-max of 5 runs)');
  const procs = processBench(5);
  const cpu = (s: Summary) => [fmt(s.median), `${fmt(s.min)}-${fmt(s.max)}`];
  row(['postfix-lint DIR', ...cpu(procs.lintCpu)]);
  row(['postfix-lint --dump DIR (no rules, as postconf -n)', ...cpu(procs.dumpCpu)]);
  row(['  floor: postfix-lint on a one-line main.cf', ...cpu(procs.lintOneLineCpu)]);
  row(['  floor: node copying the file to stdout', ...cpu(procs.nodeCopyCpu)]);
  row(['  floor: least Node reader (bench/least-reader.cjs)', ...cpu(procs.leastReaderCpu)]);
  row(['  floor: node -e 0', ...cpu(procs.nodeCpu)]);
  if (procs.postconfCpu) {
    row(['postconf -c DIR -n', ...cpu(procs.postconfCpu)]);
    row(['ratio postfix-lint / postconf', procs.ratio!.toFixed(2)]);
    row(['ratio postfix-lint --dump / postconf', procs.dumpRatio!.toFixed(2)]);
    row(['ratio node copying the file / postconf', (procs.nodeCopyCpu.median / procs.postconfCpu.median).toFixed(2)]);
    row(['ratio least Node reader / postconf', (procs.leastReaderCpu.median / procs.postconfCpu.median).toFixed(2)]);
  } else console.log(`  ${procs.note}`);
  const fleet = procs.fleet;
  console.log(`\nA fleet: the ${fleet.configurations} corpus configurations Postfix accepts, a directory each (CPU milliseconds, as above)`);
  row(['postfix-lint DIR... (one process for all)', ...cpu(fleet.lintCpu)]);
  if (fleet.postconfCpu) {
    row(['postconf -c DIR -n (once per directory)', ...cpu(fleet.postconfCpu)]);
    row(['ratio postfix-lint / postconf', fleet.ratio!.toFixed(2)]);
  }

  const t1k = sizes[0].time.median;
  const t100k = sizes[2].time.median;
  const targets = {
    'main.cf 1,000 lines <= 2 ms': target(t1k <= 2),
    'main.cf 100,000 lines <= 150 ms': target(t100k <= 150),
    'tenfold input -> at most ~tenfold time': target(sizes.slice(1, 3).every((s) => !s.growth || s.growth.time <= 13)),
    [`one structure ten times larger -> at most ${SHAPE_GROWTH_LIMIT}x time (no n * n)`]: target(shapes.every((s) => s.growth <= SHAPE_GROWTH_LIMIT)),
    'typing p95 <= 10 ms': target(server.typing.p95 <= 10),
    'hover p95 <= 5 ms': typeof server.hover === 'string' ? 'n/a' : target(server.hover.p95 <= 5),
    'completion p95 <= 5 ms': typeof server.completion === 'string' ? 'n/a' : target(server.completion.p95 <= 5),
    'cold start <= 200 ms': target(server.coldStart.median <= 200),
    'server bundle <= 1 MB': target(sizesKb.server <= 1024),
    '.vsix <= 1.5 MB': Number.isNaN(sizesKb.vsix) ? 'n/a' : target(sizesKb.vsix <= 1536),
    'memory <= 150 MB': target(server.memoryMb <= 150),
    'postfix-lint CPU <= 5x postconf': procs.ratio === undefined ? 'n/a (no postconf)' : target(procs.ratio <= 5),
  };
  console.log('\nTargets');
  for (const [k, v] of Object.entries(targets)) row([k, v]);
  const results = { date: new Date().toISOString(), node: process.version, sizes, floors, shapes, server, bundlesKb: sizesKb, processes: procs, targets };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
