/**
 * Fix-all with rules made for the test: colliding fixes are applied over several rounds,
 * unsafe, suppressed and switched-off findings are left alone, a fix that undoes itself stops,
 * and the changed names are declared or taken from the lines touched.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Rule } from '../../../server/src/analysis/types';
import { deleteLogicalLine, replaceValue } from '../../../server/src/fixes/text';
import { fixAll, MAX_ROUNDS } from '../../../server/src/fixes/fixAll';

/** Deletes every earlier duplicate, one fix per duplicate. */
const dropDuplicates: Rule = {
  id: 'test-duplicates',
  defaultSeverity: 'warning',
  description: 'test',
  check({ model }) {
    return model.overridden.map(({ earlier }) => ({
      file: 'main' as const,
      start: earlier.start,
      end: earlier.end,
      message: 'duplicate',
      fixes: [{ title: 'Remove', edits: deleteLogicalLine('main', model.main!, earlier.logical), safe: true }],
    }));
  },
};

/** Lower-cases YES values (declares the name it changes), with an unsafe alternative. */
const normalise: Rule = {
  id: 'test-normalise',
  defaultSeverity: 'hint',
  description: 'test',
  check({ model }) {
    return model.main!.parameters
      .filter((p) => p.value.text === 'YES')
      .map((p) => ({
        file: 'main' as const,
        start: p.start,
        end: p.end,
        message: 'upper case',
        fixes: [
          { title: 'Lower-case', edits: replaceValue(model.main!, p, 'yes'), safe: true, changes: [p.name] },
          { title: 'Unsafe alternative', edits: replaceValue(model.main!, p, 'no'), safe: false },
        ],
      }));
  },
};

/** Flips a value back and forth: never stable. */
const flipper: Rule = {
  id: 'test-flip',
  defaultSeverity: 'hint',
  description: 'test',
  check({ model }) {
    const p = model.main!.parameters.find((x) => x.name === 'flip');
    if (!p) return [];
    return [{ file: 'main', start: p.start, end: p.end, message: 'flip', fixes: [{ title: 'Flip', edits: replaceValue(model.main!, p, p.value.text === 'a' ? 'b' : 'a'), safe: true }] }];
  },
};

/** Renames `a_old` to `a`: creates a duplicate that the next round removes. */
const rename: Rule = {
  id: 'test-rename',
  defaultSeverity: 'warning',
  description: 'test',
  check({ model }) {
    return model.main!.parameters
      .filter((p) => p.name === 'a_old')
      .map((p) => ({ file: 'main' as const, start: p.start, end: p.end, message: 'old name', fixes: [{ title: 'Rename', edits: [{ file: 'main' as const, start: p.nameStart, end: p.nameEnd, newText: 'a' }], safe: true }] }));
  },
};

describe('fix-all', () => {
  test('a fix that uncovers another finding: the next round fixes it; a second run changes nothing', () => {
    const main = 'a_old = YES\na = YES\nb = 1\n';
    const rules = [rename, dropDuplicates, normalise];
    const result = fixAll({ main, rules, describeEffects: true });
    assert.equal(result.texts.main, 'a = yes\nb = 1\n');
    assert.deepEqual(
      result.applied.map((a) => [a.rule, a.round, a.names]),
      [
        ['test-rename', 1, ['a', 'a_old']],
        ['test-normalise', 1, ['a_old']],
        ['test-normalise', 1, ['a']],
        ['test-duplicates', 2, ['a']],
      ],
    );
    assert.equal(result.rounds, 2);
    assert.equal(result.unstable, false);
    const again = fixAll({ main: result.texts.main, rules });
    assert.equal(again.texts.main, result.texts.main);
    assert.deepEqual(again.applied, []);
  });

  test('without describeEffects the names are not worked out (no extra parsing on save)', () => {
    const result = fixAll({ main: 'a = YES\n', rules: [normalise] });
    assert.deepEqual(result.applied.map((a) => [a.rule, a.names, a.services, a.files]), [['test-normalise', [], [], ['main']]]);
  });

  test('two fixes of the same value: the first wins, the other is not applied on top', () => {
    const twin: Rule = { ...normalise, id: 'test-twin' };
    const result = fixAll({ main: 'a = YES\n', rules: [normalise, twin] });
    assert.equal(result.texts.main, 'a = yes\n');
    assert.deepEqual(result.applied.map((a) => a.rule), ['test-normalise']);
  });

  test('three duplicates in a row need no extra rounds (deletions of neighbouring lines do not collide)', () => {
    const result = fixAll({ main: 'x = 1\r\nx = 2\r\nx = 3\r\n', rules: [dropDuplicates] });
    assert.equal(result.texts.main, 'x = 3\r\n');
    assert.equal(result.rounds, 1);
  });

  test('switched-off rules and suppressed findings are not fixed; unsafe fixes never', () => {
    const main = 'a = YES\n# postfix-lint: disable-next-line test-normalise\nb = YES\n';
    assert.equal(fixAll({ main, rules: [normalise] }).texts.main, 'a = yes\n# postfix-lint: disable-next-line test-normalise\nb = YES\n');
    assert.equal(fixAll({ main, rules: [normalise], settings: { rules: { 'test-normalise': 'off' } } }).texts.main, main);
  });

  test('a fix that keeps undoing itself stops and says so', () => {
    const result = fixAll({ main: 'flip = a\n', rules: [flipper] });
    assert.equal(result.unstable, true);
    assert.ok(result.rounds <= MAX_ROUNDS);
  });

  test('master.cf edits name the services they touch', () => {
    const dropO: Rule = {
      id: 'test-o',
      defaultSeverity: 'hint',
      description: 'test',
      check({ model }) {
        const s = model.services[0];
        const o = s?.overrides.get('x');
        if (!o) return [];
        return [{ file: 'master', start: o.start, end: o.end, message: 'o', fixes: [{ title: 'drop', edits: [{ file: 'master', start: o.start - 1, end: o.end, newText: '' }], safe: true }] }];
      },
    };
    const result = fixAll({ master: 'smtp inet n - n - - smtpd -o x=1\n', rules: [dropO], describeEffects: true });
    assert.equal(result.texts.master, 'smtp inet n - n - - smtpd\n');
    assert.deepEqual(result.applied[0].services, ['smtp/inet']);
    assert.deepEqual(result.applied[0].names, ['x']);
    assert.deepEqual(result.applied[0].files, ['master']);
  });
});
