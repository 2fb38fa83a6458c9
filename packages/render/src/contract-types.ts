/** One attribute of an element, as the hosts must write it. */
export interface AttributeSpec {
  /** The element's property for it; null when the attribute has none (`lang`). */
  property: string | null;
  type: 'string' | 'number' | 'boolean';
  /** The only values it takes (a string attribute). */
  values?: readonly string[];
  /** It may be absent with no value at all (`radius`, `zoom`). */
  nullable?: boolean;
  /** What the element uses when the attribute is absent; none: decided at run time (`lang`). */
  default?: string | number | boolean | null;
  description?: string;
}

/**
 * Attributes every host takes on every element for what it renders itself at build or request
 * time: the elements that write JSON-LD take it too, the others leave it to their host.
 */
export const HOST_ATTRIBUTES = {
  'without-json-ld': {
    property: 'withoutJsonLd',
    type: 'boolean',
    default: false,
    description: 'Leaves out the schema.org JSON-LD of the no-JS fallback.',
  },
} as const satisfies Record<string, AttributeSpec>;

/**
 * HTML's own attributes a page may set on any element, for its styles and anchors (`data-*`
 * too); the others are the element's or its host's.
 */
export const GLOBAL_ATTRIBUTES = ['class', 'id', 'style', 'title'] as const;

/** One element: the module that defines it and its attributes by name. */
export interface ElementContract {
  module: string;
  attributes: Readonly<Record<string, AttributeSpec>>;
}
