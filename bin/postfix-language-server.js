#!/usr/bin/env node
'use strict';
// The language server over stdio (or --node-ipc / --socket=N), for editors other than VS Code.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket='))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
