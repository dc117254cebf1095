'use strict';
// A floor for the whole-process comparison (bench/processes.ts): a plain Node program that does
// less than `postconf -n`. It reads DIR/main.cf, joins continuation lines, keeps the last value
// of each name and prints `name = value` sorted by name, with no `$name` scan, no warnings and
// none of Postfix's rules for odd lines (it also prints the settings of names Postfix does not
// know, which postconf leaves out). Its CPU time is about the least a Node tool that reads
// main.cf as postconf does can cost.
const { readFileSync, writeSync } = require('node:fs');

const text = readFileSync(`${process.argv[2]}/main.cf`, 'utf8');
const values = new Map();
let name;
let value = '';
const keep = () => {
  if (name !== undefined) values.set(name, value.trim());
  name = undefined;
};
for (const line of text.split('\n')) {
  if (/^\s*(#|$)/.test(line)) continue;
  if (/^\s/.test(line)) {
    value += ` ${line.trim()}`;
    continue;
  }
  keep();
  const eq = line.indexOf('=');
  if (eq > 0) {
    name = line.slice(0, eq).trim();
    value = line.slice(eq + 1);
  }
}
keep();
const names = [...values.keys()].sort();
writeSync(1, names.map((n) => `${n} = ${values.get(n)}`).join('\n') + '\n');
