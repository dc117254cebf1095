/**
 * The security rules (design/security-rules.md sections 1 and 2), in catalogue order. Each file
 * names its catalogue id (SEC001 ...) in its header comment.
 */
import type { Rule } from '../../types';
import { relayNoGate } from './relayNoGate';
import { relayGateShadowed } from './relayGateShadowed';
import { relayClientControlledPermit } from './relayClientControlledPermit';
import { relaySafetyNetOff } from './relaySafetyNetOff';
import { mynetworksInternet } from './mynetworksInternet';
import { mynetworksSubnetTrust } from './mynetworksSubnetTrust';
import { mynetworksPrivateRanges } from './mynetworksPrivateRanges';
import { mynetworksSyntax } from './mynetworksSyntax';
import { permitMxBackup } from './permitMxBackup';
import { removedRestriction } from './removedRestriction';
import { relayDomainsUnvalidated } from './relayDomainsUnvalidated';
import { relayDomainsLegacyDefault } from './relayDomainsLegacyDefault';
import { relayCheckLate } from './relayCheckLate';
import { delayRejectOff } from './delayRejectOff';
import { heloChecksSkippable } from './heloChecksSkippable';
import { unauthPipeliningPlacement } from './unauthPipeliningPlacement';
import { multiRecipientBouncePlacement } from './multiRecipientBouncePlacement';
import { dnsAccessOk } from './dnsAccessOk';
import { addressVerifyPitfalls } from './addressVerifyPitfalls';
import { dnsblKeyLeak } from './dnsblKeyLeak';
import { saslOnPort25 } from './saslOnPort25';
import { submissionUnauthenticated } from './submissionUnauthenticated';
import { submissionSenderOwnership } from './submissionSenderOwnership';
import { loginMismatchNoOwnerMap } from './loginMismatchNoOwnerMap';
import { loginMismatchWithoutSasl } from './loginMismatchWithoutSasl';
import { brokenSaslClients } from './brokenSaslClients';
import { saslPathRemote } from './saslPathRemote';
import { saslAuthenticatedHeader } from './saslAuthenticatedHeader';
import { bannerHostname } from './bannerHostname';
import { bannerSoftware } from './bannerSoftware';
import { vrfyEnabled } from './vrfyEnabled';
import { unknownTableNameShown } from './unknownTableNameShown';
import { biffOn } from './biffOn';
import { defaultPrivsPrivileged } from './defaultPrivsPrivileged';
import { includeDeliveryAllowed } from './includeDeliveryAllowed';
import { mailboxCommandRoot } from './mailboxCommandRoot';
import { pipeUserPrivileged } from './pipeUserPrivileged';
import { localRecipientCheckOff } from './localRecipientCheckOff';
import { temporaryRejectCode } from './temporaryRejectCode';
import { softBounceOn } from './softBounceOn';
import { notifyClassesSensitive } from './notifyClassesSensitive';
import { debugLogging } from './debugLogging';
import { hideClientSessionMx } from './hideClientSessionMx';
import { nullClientListening } from './nullClientListening';
import { bareNewlineOff } from './bareNewlineOff';
import { bareNewlineValueUnsupported } from './bareNewlineValueUnsupported';
import { bareNewlineReject } from './bareNewlineReject';
import { bareNewlineExclusionsWide } from './bareNewlineExclusionsWide';
import { unauthPipeliningAllowed } from './unauthPipeliningAllowed';
import { dataRestrictionsPipelining } from './dataRestrictionsPipelining';
import { strayCrLfKept } from './strayCrLfKept';
import { headerBodyChecksOff } from './headerBodyChecksOff';
import { postscreenNoSmtpd } from './postscreenNoSmtpd';
import { postscreenNoDnsblog } from './postscreenNoDnsblog';
import { postscreenNoTlsproxy } from './postscreenNoTlsproxy';
import { postscreenOverridesPlacement } from './postscreenOverridesPlacement';
import { postscreenLogOnly } from './postscreenLogOnly';
import { postscreenDnsblSites } from './postscreenDnsblSites';
import { postscreenDeepTestsAuth } from './postscreenDeepTestsAuth';
import { postscreenAccessNoMynetworks } from './postscreenAccessNoMynetworks';
import { postscreenRenamed } from './postscreenRenamed';
import { domainInTwoClasses } from './domainInTwoClasses';
import { myhostnameNotFqdn } from './myhostnameNotFqdn';
import { virtualSafetyNets } from './virtualSafetyNets';
import { aliasDatabaseMismatch } from './aliasDatabaseMismatch';
import { aliasMapsIgnoredFeatures } from './aliasMapsIgnoredFeatures';
import { masterProcessLimit } from './masterProcessLimit';
import { masterUnprivilegedDelivery } from './masterUnprivilegedDelivery';
import { masterChrootDelivery } from './masterChrootDelivery';
import { masterChrootNetwork } from './masterChrootNetwork';
import { masterPrivateInet } from './masterPrivateInet';
import { afterFilterExposed } from './afterFilterExposed';
import { xclientHostsWide } from './xclientHostsWide';
import { policyServiceLimits } from './policyServiceLimits';
import { berkeleyDbTable } from './berkeleyDbTable';
import { checksIndexedTable } from './checksIndexedTable';
import { regexpPcreSyntax } from './regexpPcreSyntax';
import { indexedTableCidr } from './indexedTableCidr';

/**
 * Rules that judge only what master.cf says (columns, arguments, `-o` values): they run on a
 * master.cf alone. Every other rule needs main.cf, because the values and defaults it judges
 * live there; without main.cf (an editor with only master.cf open) they stay quiet.
 */
const MASTER_CF_ALONE = new Set([
  'broken-sasl-clients',
  'sasl-authenticated-header',
  'banner-hostname',
  'banner-software',
  'pipe-user-privileged',
  'soft-bounce-on',
  'debug-logging',
  'hide-client-session-mx',
  'bare-newline-exclusions-wide',
  'stray-cr-lf-kept',
  'header-body-checks-off',
  'postscreen-no-smtpd',
  'postscreen-overrides-placement',
  'postscreen-renamed',
  'master-process-limit',
  'master-unprivileged-delivery',
  'master-chroot-delivery',
  'master-chroot-network',
  'master-private-inet',
  'xclient-hosts-wide',
  'berkeley-db-table',
  'checks-indexed-table',
  'regexp-pcre-syntax',
  'indexed-table-cidr',
]);

function needingMainCf(rule: Rule): Rule {
  if (MASTER_CF_ALONE.has(rule.id)) return rule;
  return { ...rule, check: (ctx) => (ctx.model.main ? rule.check(ctx) : []) };
}

export const SECURITY_RULES: readonly Rule[] = [
  relayNoGate, // SEC001
  relayGateShadowed, // SEC002
  relayClientControlledPermit, // SEC003
  relaySafetyNetOff, // SEC004
  mynetworksInternet, // SEC005
  mynetworksSubnetTrust, // SEC006
  mynetworksPrivateRanges, // SEC007
  mynetworksSyntax, // SEC008
  permitMxBackup, // SEC009
  removedRestriction, // SEC010
  relayDomainsUnvalidated, // SEC011
  relayDomainsLegacyDefault, // SEC012
  relayCheckLate, // SEC013
  delayRejectOff, // SEC020
  heloChecksSkippable, // SEC021
  unauthPipeliningPlacement, // SEC022
  multiRecipientBouncePlacement, // SEC023
  dnsAccessOk, // SEC024
  addressVerifyPitfalls, // SEC025
  dnsblKeyLeak, // SEC026
  saslOnPort25, // SEC030
  submissionUnauthenticated, // SEC031
  submissionSenderOwnership, // SEC032
  loginMismatchNoOwnerMap, // SEC033
  loginMismatchWithoutSasl, // SEC034
  brokenSaslClients, // SEC035
  saslPathRemote, // SEC036
  saslAuthenticatedHeader, // SEC037
  bannerHostname, // SEC040
  bannerSoftware, // SEC041
  vrfyEnabled, // SEC042
  unknownTableNameShown, // SEC043
  biffOn, // SEC044
  defaultPrivsPrivileged, // SEC045
  includeDeliveryAllowed, // SEC046
  mailboxCommandRoot, // SEC047
  pipeUserPrivileged, // SEC048
  localRecipientCheckOff, // SEC049
  temporaryRejectCode, // SEC050
  softBounceOn, // SEC051
  notifyClassesSensitive, // SEC052
  debugLogging, // SEC053
  hideClientSessionMx, // SEC054
  nullClientListening, // SEC055
  bareNewlineOff, // SEC060
  bareNewlineValueUnsupported, // SEC061
  bareNewlineReject, // SEC062
  bareNewlineExclusionsWide, // SEC063
  unauthPipeliningAllowed, // SEC064
  dataRestrictionsPipelining, // SEC065
  strayCrLfKept, // SEC066
  headerBodyChecksOff, // SEC067
  postscreenNoSmtpd, // SEC070
  postscreenNoDnsblog, // SEC071
  postscreenNoTlsproxy, // SEC072
  postscreenOverridesPlacement, // SEC073
  postscreenLogOnly, // SEC074
  postscreenDnsblSites, // SEC075
  postscreenDeepTestsAuth, // SEC076
  postscreenAccessNoMynetworks, // SEC077
  postscreenRenamed, // SEC078
  domainInTwoClasses, // SEC080
  myhostnameNotFqdn, // SEC081
  virtualSafetyNets, // SEC082
  aliasDatabaseMismatch, // SEC083
  aliasMapsIgnoredFeatures, // SEC084
  masterProcessLimit, // SEC090
  masterUnprivilegedDelivery, // SEC091
  masterChrootDelivery, // SEC092
  masterChrootNetwork, // SEC093
  masterPrivateInet, // SEC094
  afterFilterExposed, // SEC095
  xclientHostsWide, // SEC096
  policyServiceLimits, // SEC097
  berkeleyDbTable, // SEC100
  checksIndexedTable, // SEC101
  regexpPcreSyntax, // SEC102
  indexedTableCidr, // SEC103
].map(needingMainCf);
