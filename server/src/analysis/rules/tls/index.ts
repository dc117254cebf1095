/** The TLS rule catalogue (../shared/design/tls-rules.md sections 2.1 to 2.7, and the file checks). */
import type { Rule } from '../../types';
import { tlsAllClientcertsRelay } from './allClientcertsRelay';
import { tlsAskCcertMx } from './askCcertMx';
import { tlsAuthBeforeStarttls, tlsAuthWithoutTls } from './authBeforeStarttls';
import { tlsCertificateChain } from './certificateChain';
import { tlsCertificateNone } from './certificateNone';
import { tlsChainAndLegacyFiles } from './chainAndLegacyFiles';
import { tlsCipherGradeWeak } from './cipherGrade';
import { tlsCipherlistOverridden } from './cipherlistOverridden';
import { tlsCipherlistWeak } from './cipherlistWeak';
import { tlsClientMandatoryGlobal } from './clientMandatoryGlobal';
import { tlsClientMandatoryProtocolsWeak } from './clientMandatoryProtocols';
import { tlsClientOff } from './clientOff';
import { tlsClientSessionCache } from './clientSessionCache';
import { tlsClientWrappermode } from './clientWrappermode';
import { tlsConfigFile } from './configFile';
import { tlsCurvesNarrow } from './curvesNarrow';
import { tlsCurvesNoPq } from './curvesNoPq';
import { tlsDaneWithoutDnssec } from './daneWithoutDnssec';
import { tlsDhGroupInternetNl } from './dhGroupInternetNl';
import { tlsDhParamsCustom } from './dhParamsCustom';
import { tlsDhParamsOldRelease } from './dhParamsOldRelease';
import { tlsDhParamsSmall } from './dhParamsSmall';
import { tlsDsaCertificate } from './dsaCertificate';
import { tlsEecdhGrade } from './eecdhGrade';
import { tlsExcludeAnonymousCiphers } from './excludeAnonymousCiphers';
import { tlsExcludeFsCiphers } from './excludeFsCiphers';
import { tlsFfdheGroups } from './ffdheGroups';
import { tlsFingerprintDigest } from './fingerprintDigest';
import { tlsKeyCertMismatch } from './keyCertMismatch';
import { tlsLegacyCertFiles } from './legacyCertFiles';
import { tlsLoglevelDebug } from './logLevel';
import { tlsMandatoryOnly } from './mandatoryOnly';
import { tlsMandatoryProtocolsWeak } from './mandatoryProtocols';
import { tlsMtaSts } from './mtaSts';
import { tlsMxRequiresTls } from './mxRequiresTls';
import { tlsNoCertificate } from './noCertificate';
import { tlsOpportunisticFloor } from './opportunisticFloor';
import { tlsOpportunisticHighCiphers } from './opportunisticHighCiphers';
import { tlsPreemptCipherlist } from './preemptCipherlist';
import { tlsPrivateKeyFile } from './privateKeyFile';
import { tlsProtocolSsl } from './protocolSsl';
import { tlsProtocolSyntax } from './protocolSyntax';
import { tlsProtocolTls13 } from './protocolTls13';
import { tlsRandomSource } from './randomSource';
import { tlsReceivedHeader } from './receivedHeader';
import { tlsReqCcert } from './reqCcert';
import { tlsSaslAnonymous } from './saslAnonymous';
import { tlsServerSessionCache } from './serverSessionCache';
import { tlsSessionCacheType } from './sessionCacheType';
import { tlsSslOptions } from './sslOptions';
import { tlsSubmissionNoEncrypt } from './submissionNoEncrypt';
import { tlsSubmissionsWrappermode } from './submissionsWrappermode';
import { tlsWrappermodeMain } from './wrappermodeMain';

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
  // 2.4 security level, ports and authentication
  tlsMxRequiresTls,
  tlsWrappermodeMain,
  tlsSubmissionsWrappermode,
  tlsSubmissionNoEncrypt,
  tlsAuthBeforeStarttls,
  tlsAuthWithoutTls,
  tlsSaslAnonymous,
  tlsNoCertificate,
  tlsCertificateNone,
  tlsReqCcert,
  tlsAskCcertMx,
  tlsAllClientcertsRelay,
  // 2.5 SMTP client
  tlsClientOff,
  tlsClientMandatoryGlobal,
  tlsDaneWithoutDnssec,
  tlsClientWrappermode,
  tlsClientSessionCache,
  tlsMtaSts,
  // 2.6 obsolete or replaced parameters
  tlsLegacyCertFiles,
  tlsChainAndLegacyFiles,
  tlsDsaCertificate,
  tlsFingerprintDigest,
  tlsServerSessionCache,
  tlsSessionCacheType,
  tlsRandomSource,
  tlsSslOptions,
  tlsConfigFile,
  // 2.7 logging and headers
  tlsLoglevelDebug,
  tlsReceivedHeader,
  // file checks (need file access: trusted workspaces, postfix-lint)
  tlsDhParamsSmall,
  tlsPrivateKeyFile,
  tlsKeyCertMismatch,
  tlsCertificateChain,
];
