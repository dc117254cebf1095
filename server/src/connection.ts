/**
 * The server's LSP connection, over the transport its command line names (`--node-ipc` for
 * VS Code, `--stdio`, `--socket=N`, `--pipe=NAME`). Over stdio it writes with its own encoder
 * (see jsonEncoder); the others are createConnection's own.
 */
import { Console } from 'node:console';
import { createConnection, ProposedFeatures, StreamMessageWriter, type MessageReader } from 'vscode-languageserver/node';
import { encodeMessage } from './jsonEncoder';

/** The transport argument createConnection would act on (it takes the first it knows). */
function transport(): string | undefined {
  return process.argv.slice(2).find((a) => /^--(node-ipc|stdio|socket|pipe)(=|$)/.test(a));
}

/**
 * Standard input is passed as a stream, as createConnection opens it for `--stdio` (it then
 * ends the process when the input closes). What it does besides for `--stdio`, keeping console
 * output off the protocol stream, is done here: the console writes to standard error.
 */
function stdioConnection() {
  globalThis.console = new Console(process.stderr);
  return createConnection(
    ProposedFeatures.all,
    // createConnection accepts a readable stream here too (it wraps it as for `--stdio`).
    process.stdin as unknown as MessageReader,
    new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(encodeMessage(msg)) } }),
  );
}

export function serverConnection() {
  return transport() === '--stdio' ? stdioConnection() : createConnection(ProposedFeatures.all);
}
