/** The TLS rule catalogue (../shared/design/tls-rules.md sections 2.1 to 2.7, and the file checks). */
import type { Rule } from '../../types';
import { tlsClientMandatoryProtocolsWeak } from './clientMandatoryProtocols';
import { tlsMandatoryOnly } from './mandatoryOnly';
import { tlsMandatoryProtocolsWeak } from './mandatoryProtocols';
import { tlsOpportunisticFloor } from './opportunisticFloor';
import { tlsProtocolSsl } from './protocolSsl';
import { tlsProtocolSyntax } from './protocolSyntax';
import { tlsProtocolTls13 } from './protocolTls13';

export const TLS_RULES: readonly Rule[] = [
  // 2.1 protocol versions
  tlsProtocolSsl,
  tlsMandatoryProtocolsWeak,
  tlsClientMandatoryProtocolsWeak,
  tlsOpportunisticFloor,
  tlsMandatoryOnly,
  tlsProtocolSyntax,
  tlsProtocolTls13,
];
