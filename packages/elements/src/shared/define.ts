/** The version stamped on every element class, to tell two bundled copies apart. */
export const KIOSQUE_VERSION = '0.1.0';

const warned = new Set<string>();

/**
 * Defines a custom element once. If the tag is already defined by the same version, does
 * nothing; if by another version (two plugins bundling Kiosque), keeps the first and warns once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.version !== KIOSQUE_VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `[kiosque] <${tag}> is already defined by Kiosque ${existing.version ?? '(unknown version)'}; ` +
        `this page also loads ${KIOSQUE_VERSION}. The first one is used.`,
    );
  }
}
