// The demo: lints the bundled example (a TLS configuration as a 2015 blog post published it).
// postfix-lint exits 1 when it finds errors, which is the point of the demo; only a usage or
// read error (exit 2) fails it.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['bin/postfix-lint.js', 'examples/'], { stdio: 'inherit' });
console.log(`\npostfix-lint exited ${r.status} (0: clean, 1: errors found, 2: usage or read error)`);
console.log('The extension package is postfix-config.vsix (code --install-extension postfix-config.vsix).');
process.exit(r.status === 2 || r.status === null ? 1 : 0);
