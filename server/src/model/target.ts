/**
 * The Postfix release everything version-dependent is judged against: the user's setting when
 * given (postfix.version, postfix-lint --postfix-version); otherwise the compatibility_level
 * of main.cf when it names a release (3.6 and later write levels as release numbers): the
 * configuration needs at least that release, and its defaults are the ones it was written
 * for; otherwise the newest stable release.
 */
import { atLeast, NEWEST_STABLE, parseVersion, type Version } from '../data/versions';
import type { MainCf } from '../parser/mainCf';

export function resolveTarget(setting: string | undefined, main: MainCf | undefined): Version {
  const explicit = setting ? parseVersion(setting) : undefined;
  if (explicit) return explicit;
  const parameters = main?.parameters ?? [];
  let level;
  for (let i = parameters.length - 1; i >= 0 && !level; i--) if (parameters[i].name === 'compatibility_level') level = parameters[i];
  const fromLevel = level ? parseVersion(level.value.text) : undefined;
  // Levels before 3.6 were plain numbers (0, 1, 2); "3.6" and later name the release.
  if (fromLevel && atLeast(fromLevel, '3.6')) return fromLevel;
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
