/**
 * Storybook reads controls and docs from custom-elements.json as it is. Two adjustments keep
 * them to the public API, still generated from the manifest rather than written by hand.
 */
import type { ArgTypes, ArgTypesEnhancer } from 'storybook/internal/types';

interface Member {
  kind?: string;
  privacy?: string;
  static?: boolean;
  name?: string;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The manifest without private, protected and static members: Storybook would otherwise list
 * internal state (`#task`, `shown`) as properties a page could set.
 */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) =>
            !member.static &&
            (member.privacy ?? 'public') === 'public' &&
            !member.name?.startsWith('#'),
        ),
      })),
    })),
  };
}

/** `'light' | 'dark' | 'auto'` → ['light', 'dark', 'auto']; anything else → null. */
export function literalUnion(text: string | undefined): string[] | null {
  if (!text) return null;
  const parts = text.split('|').map((part) => part.trim());
  const values = parts
    .filter((part) => part !== 'null' && part !== 'undefined')
    .map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part))
    .map((match) => (match ? (match[1] ?? match[2] ?? '') : null));
  if (values.length < 2 || values.some((value) => value === null)) return null;
  return values as string[];
}

/** A select control for every attribute or property typed as a union of string literals. */
export const selectsFromUnions: ArgTypesEnhancer = (context) => {
  const argTypes: ArgTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    if (argType.control !== undefined || argType.options) continue;
    const options = literalUnion(argType.table?.type?.summary);
    if (options) argTypes[name] = { ...argType, options, control: { type: 'select' } };
  }
  return argTypes;
};
