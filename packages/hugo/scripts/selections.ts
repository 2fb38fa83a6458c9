/**
 * Data the Hugo component shares with @kiosque/client. The event selection it sends, per Mobilizon version: exactly what
 * @kiosque/client sends (packages/client/src/documents.ts), so that every document is one the
 * schema check has validated; and the fallback text in each language. `npm run generate -w
 * @kiosque/hugo` writes data/kiosque/{selections,text}.json; a test fails when they are out of date.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eventSelection } from '../../client/src/documents.js';
import { FALLBACK_TEXT } from '../../client/src/fallback.js';
import { CHECKED_VERSIONS, capabilitiesFor } from '../../client/src/version.js';

export interface HugoSelection {
  /** Lowest version (major × 10000 + minor × 100 + patch) this selection is for; 0 = any. */
  min: number;
  profile: string;
  /** The instance orders by start on the server (searchEvents sortBy START_TIME_ASC). */
  sortByStart: boolean;
  /** searchEvents(statusOneOf:) exists. */
  statusOneOf: boolean;
  /** searchEvents(type:) exists. */
  searchType: boolean;
  /** organizedEvents(afterDatetime:) compares with the end (5.1+), not the start. */
  afterComparesEnd: boolean;
  selection: string;
}

export function selections(): HugoSelection[] {
  const rows = [...CHECKED_VERSIONS].reverse().map((version) => {
    const caps = capabilitiesFor(version);
    const v = caps.version!;
    return {
      min: v.major * 10000 + v.minor * 100 + v.patch,
      profile: caps.profile,
      sortByStart: caps.searchStartTimeAsc,
      statusOneOf: caps.searchStatusOneOf,
      searchType: caps.searchType,
      afterComparesEnd: caps.longEvent,
      selection: eventSelection(caps),
    };
  });
  const portable = capabilitiesFor(null);
  rows.push({
    min: 0,
    profile: portable.profile,
    sortByStart: false,
    statusOneOf: false,
    searchType: false,
    afterComparesEnd: false,
    selection: eventSelection(portable),
  });
  return rows;
}

export const SELECTIONS_FILE = fileURLToPath(
  new URL('../data/kiosque/selections.json', import.meta.url),
);
export const TEXT_FILE = fileURLToPath(new URL('../data/kiosque/text.json', import.meta.url));

/** The generated data files and their expected contents. */
export function generated(): Record<string, string> {
  return {
    [SELECTIONS_FILE]: JSON.stringify(selections(), null, 2) + '\n',
    [TEXT_FILE]: JSON.stringify(FALLBACK_TEXT, null, 2) + '\n',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(generated())) await writeFile(file, text);
}
