/** The TLS rule catalogue (../shared/design/tls-rules.md sections 2.1 to 2.7, and the file checks). */
import type { Rule } from '../../types';
import { tlsCipherGradeWeak } from './cipherGrade';
import { tlsCipherlistOverridden } from './cipherlistOverridden';
import { tlsCipherlistWeak } from './cipherlistWeak';
import { tlsClientMandatoryProtocolsWeak } from './clientMandatoryProtocols';
import { tlsCurvesNarrow } from './curvesNarrow';
import { tlsCurvesNoPq } from './curvesNoPq';
import { tlsDhGroupInternetNl } from './dhGroupInternetNl';
import { tlsDhParamsCustom } from './dhParamsCustom';
import { tlsDhParamsOldRelease } from './dhParamsOldRelease';
import { tlsEecdhGrade } from './eecdhGrade';
import { tlsExcludeAnonymousCiphers } from './excludeAnonymousCiphers';
import { tlsExcludeFsCiphers } from './excludeFsCiphers';
import { tlsFfdheGroups } from './ffdheGroups';
import { tlsMandatoryOnly } from './mandatoryOnly';
import { tlsMandatoryProtocolsWeak } from './mandatoryProtocols';
import { tlsOpportunisticFloor } from './opportunisticFloor';
import { tlsOpportunisticHighCiphers } from './opportunisticHighCiphers';
import { tlsPreemptCipherlist } from './preemptCipherlist';
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
  // 2.2 cipher grades and lists
  tlsCipherGradeWeak,
  tlsCipherlistWeak,
  tlsCipherlistOverridden,
  tlsExcludeFsCiphers,
  tlsOpportunisticHighCiphers,
  tlsExcludeAnonymousCiphers,
  // 2.3 forward secrecy
  tlsEecdhGrade,
  tlsDhParamsOldRelease,
  tlsDhParamsCustom,
  tlsDhGroupInternetNl,
  tlsCurvesNarrow,
  tlsCurvesNoPq,
  tlsFfdheGroups,
  tlsPreemptCipherlist,
];
