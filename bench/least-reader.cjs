'use strict';
// A floor for the benchmark: a plain Node reader that does less than `postconf -n`. It joins
// continuation lines, keeps the last value of each name and makes `name = value` lines sorted
// by name, with no `$name` scan, no warnings and none of Postfix's rules for odd lines (it also
// keeps the names Postfix does not know, which postconf leaves out). It walks the text once
// and makes no string but the names and values it keeps. Run as a program (`node
// bench/least-reader.cjs DIR`), it prints that for DIR/main.cf: about the least CPU a Node tool
// that reads main.cf as postconf does can take (bench/processes.ts). In process, its one pass
// (lastValues, without the sort) is timed at two sizes like the analysis (bench/floors.ts): how
// the least such reader grows with its input.
const { readFileSync, writeSync } = require('node:fs');

/** Space, tab and the other ASCII whitespace (what `\s` matches there). */
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);

/** The last value of each name set in a main.cf text: one pass, one map entry per name. */
function lastValues(text) {
  const values = new Map();
  let name;
  let value = '';
  const keep = () => {
    if (name !== undefined) values.set(name, value.trim());
    name = undefined;
  };
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let first = at;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    // Blank and comment lines neither end a value nor add to it.
    if (first < end && text.charCodeAt(first) !== 35) {
      if (first > at) value += ` ${text.slice(first, end).trim()}`;
      else {
        keep();
        const eq = text.indexOf('=', at);
        if (eq > at && eq < end) {
          name = text.slice(at, eq).trim();
          value = text.slice(eq + 1, end);
        }
      }
    }
    at = end + 1;
  }
  keep();
  return values;
}

/** The settings of a main.cf text, as sorted `name = value` lines. */
function leastRead(text) {
  const values = lastValues(text);
  const names = [...values.keys()].sort();
  return names.map((n) => `${n} = ${values.get(n)}\n`).join('');
}

if (require.main === module) writeSync(1, leastRead(readFileSync(`${process.argv[2]}/main.cf`, 'utf8')));

module.exports = { lastValues, leastRead };
