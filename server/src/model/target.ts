/**
 * The Postfix release everything version-dependent is judged against: the user's setting when
 * given; otherwise a compatibility_level of 3.6 or later in main.cf (a level names the release
 * whose defaults the configuration was written for); otherwise the newest stable release.
 */
import { NEWEST_STABLE, parseVersion, type Version } from '../data/versions';
import type { MainCf } from '../parser/mainCf';

export function resolveTarget(setting: string | undefined, main: MainCf | undefined): Version {
  const explicit = setting ? parseVersion(setting) : undefined;
  if (explicit) return explicit;
  const level = [...(main?.parameters ?? [])].reverse().find((p) => p.name === 'compatibility_level');
  const fromLevel = level ? parseVersion(level.value.text) : undefined;
  if (fromLevel && fromLevel[0] >= 3) return fromLevel;
  return parseVersion(NEWEST_STABLE)!;
}

/**
 * True when the release was not given explicitly: the target is then the newest release, or the
 * one compatibility_level names (the system runs at least that one), and findings that depend
 * on the exact release soften and say so.
 */
export function isTargetAssumed(setting: string | undefined): boolean {
  return !(setting && parseVersion(setting));
}
