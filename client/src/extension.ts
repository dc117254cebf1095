/** The VS Code client: starts the bundled language server over IPC for the two Postfix languages. */
import { Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerEffectiveView } from './effectiveView';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'postfix-main' },
      { scheme: 'file', language: 'postfix-master' },
      { scheme: 'untitled', language: 'postfix-main' },
      { scheme: 'untitled', language: 'postfix-master' },
    ],
    synchronize: { configurationSection: 'postfix' },
    // Read at every (re)start: a server in an untrusted workspace runs nothing and reads no
    // file besides the open documents (no certificates, keys or DH files either).
    initializationOptions: () => ({ trusted: workspace.isTrusted }),
    middleware: {
      // The server's commands act on a document, passed as a URI string: from the command
      // palette they get the active editor's.
      executeCommand: (command, args, next) => {
        const target = args.length === 0 ? window.activeTextEditor?.document.uri : args[0];
        return next(command, target === undefined ? args : [target instanceof Uri ? target.toString() : target, ...args.slice(1)]);
      },
    },
  };
  client = new LanguageClient('postfix', 'Postfix Language Server', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()), ...registerEffectiveView(client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
