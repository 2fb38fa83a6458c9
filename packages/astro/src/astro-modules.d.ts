// tsc alone does not know .astro files (Astro's language tools do): the components are
// typed for the typecheck of this package's TypeScript; `astro check` sees their real Props.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
