/**
 * Mobilizon versions and what each one accepts. The table is the field guide's §6, read
 * from the Elixir source of each tag. Unknown arguments or fields make Mobilizon reject the
 * whole request (HTTP 400), so every document is built from these flags only.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** Parses "5.1.3", "v3.0", "2.1.0-rc.1"; null for anything else. */
export function parseVersion(v: string): Version | null {
  if (typeof v !== 'string') return null;
  const match = /^\s*v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?![\d.])/.exec(v);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export interface Capabilities {
  /** A short stable name for cache keys and reports: the version, or "portable". */
  readonly profile: string;
  readonly version: Version | null;
  /** config.maps.routing (1.0.3), config.instanceFeeds (1.2), Media.metadata (1.2). */
  readonly routing: boolean;
  readonly instanceFeeds: boolean;
  readonly mediaMetadata: boolean;
  /** Event.insertedAt (1.1). */
  readonly insertedAt: boolean;
  /**
   * Event.metadata: 1.3 on a real server, but the reference 1.3.2 schema lacks it, so we
   * only ask from 2.0 on (accessibility metadata is lost on 1.3, an obsolete line).
   */
  readonly eventMetadata: boolean;
  /** Event.language, options.timezone, options.isOnline, address.timezone, searchEvents(type), joinEvent(timezone) (2.0). */
  readonly language: boolean;
  readonly optionsTimezone: boolean;
  readonly optionsIsOnline: boolean;
  readonly addressTimezone: boolean;
  readonly searchType: boolean;
  readonly joinTimezone: boolean;
  /** searchEvents(category), config.eventCategories (2.1). */
  readonly searchCategory: boolean;
  readonly eventCategories: boolean;
  /** searchEvents returns EventSearchResult; sortBy, statusOneOf, categoryOneOf; config.search (3.0). */
  readonly searchResultInterface: boolean;
  readonly searchSortBy: boolean;
  readonly searchStatusOneOf: boolean;
  readonly searchCategoryOneOf: boolean;
  readonly configSearch: boolean;
  /** SearchEventSortOptions.START_TIME_ASC (3.1). */
  readonly searchStartTimeAsc: boolean;
  /** Timezone scalar for joinEvent(timezone) (3.1.2): why we inline the value. */
  readonly timezoneScalar: boolean;
  /** Event.externalParticipationUrl and EXTERNAL join option (3.2). */
  readonly externalParticipationUrl: boolean;
  /** searchEvents(searchTarget: SELF) (4.1). */
  readonly searchTargetSelf: boolean;
  /** options.hideNumberOfParticipants (5.0). */
  readonly hideNumberOfParticipants: boolean;
  /** Event.longEvent (5.1). */
  readonly longEvent: boolean;
  /** Absinthe max_complexity: 200 (1.x), 250 (2.0–4.0), 300 (4.1+). */
  readonly maxComplexity: number;
}

/** The capability profiles the document check covers (one per row of the version table). */
export const CHECKED_VERSIONS = [
  '1.3.2',
  '2.1.0',
  '3.0.0',
  '3.1.2',
  '3.2.0',
  '4.1.0',
  '5.0.0',
  '5.1.3',
] as const;

/**
 * The newest version whose documents are checked: a first request, sent before the version
 * is known, is built for it (an older instance rejects it and is asked step by step).
 */
export const NEWEST_VERSION = '5.1.3';

function atLeast(v: Version | null, major: number, minor = 0, patch = 0): boolean {
  return v !== null && compareVersions(v, { major, minor, patch }) >= 0;
}

/**
 * Flags for a version string. An unknown or unparseable version gets the portable set
 * (valid from 1.1 to 5.1), and so does anything older than 1.1.
 */
export function capabilitiesFor(version: string | null | undefined): Capabilities {
  const parsed = typeof version === 'string' ? parseVersion(version) : null;
  const v = parsed && atLeast(parsed, 1, 1) ? parsed : null;
  return {
    profile: v ? `${v.major}.${v.minor}.${v.patch}` : 'portable',
    version: v,
    routing: atLeast(v, 1, 1),
    instanceFeeds: atLeast(v, 1, 2),
    mediaMetadata: atLeast(v, 1, 2),
    insertedAt: atLeast(v, 1, 1),
    eventMetadata: atLeast(v, 2),
    language: atLeast(v, 2),
    optionsTimezone: atLeast(v, 2),
    optionsIsOnline: atLeast(v, 2),
    addressTimezone: atLeast(v, 2),
    searchType: atLeast(v, 2),
    joinTimezone: atLeast(v, 2),
    searchCategory: atLeast(v, 2, 1),
    eventCategories: atLeast(v, 2, 1),
    searchResultInterface: atLeast(v, 3),
    searchSortBy: atLeast(v, 3),
    searchStatusOneOf: atLeast(v, 3),
    searchCategoryOneOf: atLeast(v, 3),
    configSearch: atLeast(v, 3),
    searchStartTimeAsc: atLeast(v, 3, 1),
    timezoneScalar: atLeast(v, 3, 1, 2),
    externalParticipationUrl: atLeast(v, 3, 2),
    searchTargetSelf: atLeast(v, 4, 1),
    hideNumberOfParticipants: atLeast(v, 5),
    longEvent: atLeast(v, 5, 1),
    maxComplexity: atLeast(v, 4, 1) ? 300 : atLeast(v, 2) ? 250 : 200,
  };
}

export const PORTABLE: Capabilities = /* @__PURE__ */ capabilitiesFor(null);
