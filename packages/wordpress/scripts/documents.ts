/**
 * Writes the GraphQL documents of @kiosque/client as JSON for the plugin's PHP, one entry per
 * capability profile the client's document check validates (plus "portable"), so the plugin
 * sends exactly what the client sends and never a hand-copied query.
 *
 *   tsx scripts/documents.ts <out.json>
 *
 * Every distinct capability set gets its profile. The fixed documents are copied whole; the ones whose shape depends on the caller (group
 * batches, search, join) are assembled in PHP from the same event selection, and
 * test/documents.test.ts proves the PHP output equals the client's for every profile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  configExtrasOperation,
  configOperation,
  configSelection,
  eventOperation,
  eventSelection,
  eventsOperation,
  groupsPerRequest,
} from '../../client/src/documents.js';
import { leaveOperation } from '../../client/src/participation.js';
import {
  CHECKED_VERSIONS,
  NEWEST_VERSION,
  capabilitiesFor,
  type Capabilities,
} from '../../client/src/version.js';

/** The capability flags, without the profile name and the parsed version. */
export function flagsOf(caps: Capabilities): Record<string, boolean | number> {
  const flags: Record<string, boolean | number> = {};
  for (const [key, value] of Object.entries(caps)) {
    if (typeof value === 'boolean' || typeof value === 'number') flags[key] = value;
  }
  return flags;
}

/**
 * One version per distinct set of capabilities: the versions the client's document check
 * validates first (their names are kept), then a grid of versions that reaches every
 * boundary of capabilitiesFor(), so every real version finds its exact profile.
 */
function representativeVersions(): Array<string | null> {
  const grid: string[] = [];
  for (let major = 1; major <= 7; major++) {
    for (let minor = 0; minor <= 9; minor++) {
      for (let patch = 0; patch <= 4; patch++) grid.push(`${major}.${minor}.${patch}`);
    }
  }
  const seen = new Set<string>();
  const out: Array<string | null> = [];
  for (const version of [null, ...CHECKED_VERSIONS, ...grid]) {
    const key = JSON.stringify(flagsOf(capabilitiesFor(version)));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(version);
  }
  return out;
}

export function documentsJson(): Record<string, unknown> {
  const profiles: Record<string, unknown> = {};
  for (const version of representativeVersions()) {
    const caps = capabilitiesFor(version);
    profiles[caps.profile] = {
      flags: flagsOf(caps),
      groupsPerRequest: groupsPerRequest(caps),
      selection: eventSelection(caps),
      config: configOperation().query,
      configExtras: configExtrasOperation(caps)?.query ?? null,
      configSelection: configSelection(caps),
      events: eventsOperation(caps, 1, 1).query,
      event: eventOperation(caps, '00000000-0000-0000-0000-000000000000').query,
      leave: leaveOperation('1', '1', 'x').query,
    };
  }
  // A first visit's reads are built for this version, the config selected beside them.
  return { format: 1, newest: capabilitiesFor(NEWEST_VERSION).profile, profiles };
}

const out = process.argv[2];
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(documentsJson(), null, 1) + '\n');
}
