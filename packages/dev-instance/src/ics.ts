/**
 * The instance's iCalendar exports (event export, group and instance feeds), written by
 * Kiosque's one iCalendar writer (@kiosque/render/ics): UTC times, all-day events where the
 * organizer hid the times, `UID` `<uuid>@<host>`, cleaned and escaped text. This module only
 * maps the instance's records to its entries.
 */
import { addressLines, hiddenTimeDays } from '@kiosque/render';
import { eventUid, icsCalendar, type IcsEntry } from '@kiosque/render/ics';
import { htmlToText } from '@kiosque/render/text';
import type { EventRecord } from './model.js';
import { absolute } from './resolvers.js';

export interface IcsContext {
  baseUrl: string;
  version: string;
  organizerName(event: EventRecord): string | null;
  now: Date;
}

function entryOf(event: EventRecord, ctx: IcsContext): IcsEntry {
  const url = absolute(event.url, ctx.baseUrl) ?? null;
  const a = event.address;
  const address = addressLines(
    a && {
      venue: a.description,
      street: a.street,
      postalCode: a.postalCode,
      locality: a.locality,
      region: a.region,
      country: a.country,
      coordinates: a.geom,
      timezone: a.timezone,
    },
  ).join(', ');
  const organizer = ctx.organizerName(event);
  const beginsOn = event.beginsOn.toISOString();
  const endsOn = event.endsOn?.toISOString() ?? null;
  return {
    uid: eventUid({ uuid: event.uuid, instance: ctx.baseUrl }),
    title: event.title,
    beginsOn,
    endsOn,
    days: hiddenTimeDays({
      beginsOn,
      endsOn,
      timezone: event.options.timezone,
      showStartTime: event.options.showStartTime,
    }),
    description: event.description ? htmlToText(event.description) || null : null,
    url,
    location: address || (a ? null : (absolute(event.onlineAddress, ctx.baseUrl) ?? null)),
    geo: a?.geom ?? null,
    status: event.status,
    categories: event.tags.map((t) => t.title),
    organizer: organizer && url ? { name: organizer, url } : null,
    stamp: event.updatedAt.toISOString(),
  };
}

export function calendar(events: EventRecord[], ctx: IcsContext, name?: string): string {
  return icsCalendar(
    events.map((event) => entryOf(event, ctx)),
    { name, now: ctx.now, productId: `-//Mobilizon ${ctx.version}//kiosque-dev-instance//EN` },
  );
}
