import { safeUrl, type KiosqueEvent } from '@kiosque/client';

/**
 * The event's calendar file on the instance it was fetched from
 * (`<instance>/events/<uuid>/export/ics`, what Mobilizon's own "Add to my calendar" offers),
 * or null when the instance address is not http(s).
 */
export function icsUrl(event: Pick<KiosqueEvent, 'instance' | 'uuid'>): string | null {
  const base = safeUrl(event.instance);
  if (!base || !/^[0-9a-f-]{36}$/i.test(event.uuid)) return null;
  return safeUrl(`${base.replace(/\/+$/, '')}/events/${event.uuid}/export/ics`);
}
