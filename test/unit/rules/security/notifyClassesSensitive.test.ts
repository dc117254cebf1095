import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { notifyClassesSensitive } from '../../../../server/src/analysis/rules/security/notifyClassesSensitive';
import { expectFindings, run } from './helpers';

describe('notify-classes-sensitive (SEC052)', () => {
  test('protocol and bounce: info per class', () => {
    const input = { main: 'notify_classes = resource, software, protocol, bounce\n' };
    expectFindings(input, run(notifyClassesSensitive, input), [
      { file: 'main', text: 'protocol', severity: 'info' },
      { file: 'main', text: 'bounce', severity: 'info' },
    ]);
  });
  test('no finding for the default classes', () => {
    assert.deepEqual(run(notifyClassesSensitive, { main: 'notify_classes = resource, software\n' }), []);
  });
});
