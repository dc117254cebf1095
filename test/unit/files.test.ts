/** Local file access for the file checks: regular files only, absolute paths only, bounded size. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localFileAccess } from '../../server/src/workspace/files';

describe('local file access', () => {
  test('regular files only, absolute paths only, bounded size', () => {
    const files = localFileAccess();
    assert.equal(files.readFile('/etc', 1000), undefined, 'a directory');
    assert.equal(files.readFile('relative/path.pem', 1000), undefined, 'a relative path');
    assert.equal(files.readFile('/nonexistent/x.pem', 1000), undefined, 'a missing file');
    assert.equal(files.readFile('/dev/null', 1000), undefined, 'a device');
    assert.equal(files.statFile('/dev/null'), undefined);
    const self = __filename;
    assert.ok(files.readFile(self, 1_000_000)!.length > 0);
    assert.equal(files.readFile(self, 1_000_000), files.readFile(self, 1_000_000), 'an unchanged file comes from the cache');
    assert.equal(files.readFile(self, 10), undefined, 'larger than the bound');
    assert.equal(typeof files.statFile(self)?.mode, 'number');
  });
});
