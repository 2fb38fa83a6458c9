/**
 * The analyzer also reads `this.dispatchEvent(new KiosqueLoadEvent(…))` and guesses an event
 * name from the constructor's arguments ("1", "error", or none). Our event classes carry their
 * real name in `static readonly eventName`: this plugin replaces each guess with that name,
 * merged into the `@event` entry the class JSDoc documents (description + type).
 */
function eventNamesFromClasses() {
  return {
    name: 'kiosque-event-names',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const eventNames = new Map();
      for (const declaration of declarations) {
        const field = declaration.members?.find(
          (member) => member.static && member.name === 'eventName' && member.default,
        );
        if (field) eventNames.set(declaration.name, field.default.replace(/^['"]|['"]$/g, ''));
      }
      for (const declaration of declarations) {
        if (!declaration.customElement || !declaration.events) continue;
        const events = [];
        for (const event of declaration.events) {
          const fromClass = event.type && eventNames.get(event.type.text);
          const name = fromClass ?? event.name;
          if (!name) continue;
          const existing = events.find((e) => e.name === name);
          if (existing) {
            existing.type ??= event.type;
            existing.description ??= event.description;
          } else {
            events.push({ ...event, name });
          }
        }
        declaration.events = events;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test/**'],
  outdir: '.',
  litelement: true,
  plugins: [eventNamesFromClasses()],
};
