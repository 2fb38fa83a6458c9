/**
 * `Intl.DateTimeFormat` objects made once per locale and options, then reused: making one costs
 * far more than formatting with it, and a list of hundreds of events formats with a handful of
 * distinct ones. A locale or zone that the runtime refuses throws, as the constructor does, and
 * is not kept.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Past this many, the cache starts over (a page uses a few dozen at most). */
const MAX_FORMATS = 256;

/** The formatter of `locale` (undefined: the runtime's) and `options`, shared. */
export function dateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  // JSON leaves out options set to undefined, which Intl treats as absent too.
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}

const zones = new Map<string, boolean>();

/** The zone when the runtime knows it, else undefined (instances send any string). */
export function validZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      dateFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (zones.size >= MAX_FORMATS) zones.clear();
    zones.set(zone, known);
  }
  return known ? zone : undefined;
}

let visitorZone: string | undefined;

/** The visitor's own time zone, as the runtime reports it (read once). */
export function visitorTimeZone(): string {
  return (visitorZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
}
