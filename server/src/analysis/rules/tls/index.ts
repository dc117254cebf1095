/** The TLS rule catalogue (../shared/design/tls-rules.md sections 2.1 to 2.7, and the file checks). */
import type { Rule } from '../../types';
import { tlsProtocolSsl } from './protocolSsl';
import { tlsProtocolSyntax } from './protocolSyntax';
import { tlsProtocolTls13 } from './protocolTls13';

export const TLS_RULES: readonly Rule[] = [tlsProtocolSsl, tlsProtocolSyntax, tlsProtocolTls13];
