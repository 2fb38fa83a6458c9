/**
 * Data the Hugo component shares with @kiosque/client. The event selection it sends, per Mobilizon version: exactly what
 * @kiosque/client sends (packages/client/src/documents.ts), so that every document is one the
 * schema check has validated; and the fallback text in each language. `npm run generate -w
 * @kiosque/hugo` writes data/kiosque/{selections,text,attributes,zones}.json; a test fails when
 * the first three are out of date. The attributes each shortcode takes come from the element
 * contract of @kiosque/render.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventSelection } from '../../client/src/documents.js';
import { FALLBACK_TEXT } from '../../client/src/fallback.js';
import { CHECKED_VERSIONS, capabilitiesFor } from '../../client/src/version.js';
import { HOST_ELEMENTS } from '../../client/src/hosts.js';
import { validZone } from '../../render/src/intl.js';
import {
  ELEMENTS,
  GLOBAL_ATTRIBUTES,
  HOST_ATTRIBUTES,
  type AttributeSpec,
} from '../../render/src/contract.js';

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
export const ATTRIBUTES_FILE = fileURLToPath(
  new URL('../data/kiosque/attributes.json', import.meta.url),
);
export const ZONES_FILE = fileURLToPath(new URL('../data/kiosque/zones.json', import.meta.url));

/**
 * The time zones an event may name, by their lower-case name: every name Intl accepts (as
 * @kiosque/render's validZone does, in any case), among the canonical names and the names of
 * the system's zone database, mapped to the file name Hugo loads. An event's days are counted
 * in its zone when the zone is in this map, in UTC otherwise, so a zone Hugo cannot load never
 * stops a build. Written by `npm run generate`; not compared in the tests, since the list
 * follows the ICU and the zone database of the machine that writes it.
 */
export function zones(): Record<string, string> {
  const names = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  const root = '/usr/share/zoneinfo';
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const name = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!['posix', 'right'].includes(name)) walk(name);
      } else if (/^[A-Z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) {
        names.add(name);
      }
    }
  };
  if (existsSync(root)) walk('');
  const map: Record<string, string> = {};
  for (const name of [...names].sort()) {
    if (validZone(name) && existsSync(path.join(root, name))) map[name.toLowerCase()] ??= name;
  }
  return map;
}

/**
 * The attributes each element takes, from the element contract of @kiosque/render (with the
 * attributes every host takes): a shortcode parameter that is none of them is a typo, which the
 * build reports and leaves out.
 */
export function attributes(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const tag of HOST_ELEMENTS) {
    const specs: Record<string, AttributeSpec> = {
      ...HOST_ATTRIBUTES,
      ...ELEMENTS[tag].attributes,
    };
    out[tag] = Object.fromEntries(
      Object.keys(specs)
        .sort()
        .map((name) => [name, specs[name]!.type])
        .concat(GLOBAL_ATTRIBUTES.map((name) => [name, 'string'])),
    );
  }
  return out;
}

/** The generated data files and their expected contents. */
export function generated(): Record<string, string> {
  return {
    [SELECTIONS_FILE]: JSON.stringify(selections(), null, 2) + '\n',
    [TEXT_FILE]: JSON.stringify(FALLBACK_TEXT, null, 2) + '\n',
    [ATTRIBUTES_FILE]: JSON.stringify(attributes(), null, 2) + '\n',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(generated())) await writeFile(file, text);
  await writeFile(ZONES_FILE, JSON.stringify(zones(), null, 2) + '\n');
}
