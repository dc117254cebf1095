/**
 * The server's LSP connection, over the transport its command line names (`--node-ipc` for
 * VS Code, `--stdio`, `--socket=N`, `--pipe=NAME`). Over stdio it writes with its own writer
 * and encoder (see jsonEncoder); the others are createConnection's own.
 */
import { Console } from 'node:console';
import { AbstractMessageWriter, createConnection, ProposedFeatures, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { encodeFrame } from './jsonEncoder';

/**
 * Writes each message, header and body, in one write of one buffer. The library's stream writer
 * wrote the header, waited for its callback, then wrote the body: the client woke up twice per
 * message, and the body went out a turn of the event loop later. Messages go out in the order
 * they are written (the encoding is synchronous), as the library's semaphore ensured.
 */
export class StdoutMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = encodeFrame(msg);
    } catch (error) {
      this.fireError(error, msg, ++this.errors);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.out.write(frame, (error) => {
        if (!error) return resolve();
        this.fireError(error, msg, ++this.errors);
        reject(error);
      });
    });
  }

  end(): void {
    this.out.end();
  }
}

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
    new StdoutMessageWriter(process.stdout),
  );
}

export function serverConnection() {
  return transport() === '--stdio' ? stdioConnection() : createConnection(ProposedFeatures.all);
}
