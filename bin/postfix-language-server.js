#!/usr/bin/env node
'use strict';
// The language server over stdio (or --node-ipc / --socket=N), for editors other than VS Code.
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('--help') || args.includes('-h')) {
  // Answered here: started, the server would wait for an editor on standard input.
  const { version } = require('../package.json');
  process.stdout.write(
    args.includes('--version')
      ? `postfix-language-server ${version}\n`
      : 'usage: postfix-language-server [--stdio | --node-ipc | --socket=PORT]\n\n' +
          'The Postfix language server (main.cf, master.cf) for LSP editors; --stdio is the default.\n' +
          'Settings arrive from the editor as initializationOptions.settings or postfix.* configuration.\n',
  );
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket='))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
