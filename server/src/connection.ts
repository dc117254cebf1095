/**
 * The server's LSP connection, over the transport its command line names (`--node-ipc` for
 * VS Code, `--stdio`, `--socket=N`, `--pipe=NAME`). Over stdio it writes with its own writer
 * and encoder (see jsonEncoder); the others are createConnection's own.
 */
import { Console } from 'node:console';
import {
  AbstractMessageWriter,
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  type Message,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { IncomingChanges, observedReader } from './incoming';
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
 * Over stdio, what createConnection does when given standard input as a stream, with the reader
 * made here so that it can be observed: the console writes to standard error (keeping console
 * output off the protocol stream), and the process ends when the input closes, with status 0
 * after a `shutdown` request and 1 otherwise.
 */
function stdioConnection() {
  globalThis.console = new Console(process.stderr);
  const exit = () => process.exit(incoming.shutdownRead ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return createConnection(ProposedFeatures.all, observedReader(new StreamMessageReader(process.stdin), incoming), new StdoutMessageWriter(process.stdout));
}

/** The changes read but not yet applied, for the transports whose reader is made here (stdio, VS Code's node IPC). */
export const incoming = new IncomingChanges();

export function serverConnection() {
  const t = transport();
  if (t === '--stdio') return stdioConnection();
  if (t === '--node-ipc') return createConnection(ProposedFeatures.all, observedReader(new IPCMessageReader(process), incoming), new IPCMessageWriter(process));
  return createConnection(ProposedFeatures.all);
}
