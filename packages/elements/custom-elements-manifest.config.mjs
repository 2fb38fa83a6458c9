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

/**
 * Closed sets are `as const` arrays with a derived union (`LAYOUTS` → `Layout`). The analyzer
 * keeps the alias name (`Layout`), which tells a reader (and Storybook's controls) nothing:
 * this plugin writes the union of literals instead (`'list' | 'grid' | 'compact'`).
 */
function closedSetsAsUnions() {
  const arrays = new Map();
  const aliases = new Map();
  const literals = (ts, node) =>
    node.elements.every((e) => ts.isStringLiteral(e) || ts.isNumericLiteral(e))
      ? node.elements.map((e) => (ts.isStringLiteral(e) ? `'${e.text}'` : e.text))
      : null;
  return {
    name: 'kiosque-closed-sets',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name)) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init)) {
          const values = literals(ts, init);
          if (values) arrays.set(node.name.text, values);
        }
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const type = node.type;
        // (typeof NAME)[number]
        if (
          ts.isIndexedAccessTypeNode(type) &&
          ts.isParenthesizedTypeNode(type.objectType) &&
          ts.isTypeQueryNode(type.objectType.type) &&
          ts.isIdentifier(type.objectType.type.exprName)
        ) {
          aliases.set(node.name.text, type.objectType.type.exprName.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (text) =>
        text
          .split('|')
          .map((part) => part.trim())
          .flatMap((part) => arrays.get(aliases.get(part)) ?? [part])
          .filter((part, i, all) => all.indexOf(part) === i)
          .join(' | ');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = expand(item.type.text);
          }
        }
      }
    },
  };
}

/**
 * Tags are registered through `defineElement('kiosque-x', Class)` (src/kiosque-*.ts), which
 * the analyzer does not follow: this plugin gives each class the tag it is defined with (a
 * `@tagname` in the class JSDoc says the same), and a definition export in the define file.
 * It drops the analyzer's guess from inside `defineElement` itself (`customElements.define(tag, ctor)`).
 */
function tagsFromDefineElement() {
  const definitions = [];
  return {
    name: 'kiosque-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({
          tag: node.arguments[0].text,
          className: node.arguments[1].text,
          module: moduleDoc.path,
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const module of modules) {
        module.exports = module.exports?.filter(
          (e) => !(e.kind === 'custom-element-definition' && e.declaration?.name === 'ctor'),
        );
      }
      for (const { tag, className, module: definedIn } of definitions) {
        const home = modules.find((m) =>
          m.declarations?.some((d) => d.customElement && d.name === className),
        );
        if (!home) continue;
        const declaration = home.declarations.find((d) => d.name === className);
        declaration.tagName ??= tag;
        const defining = modules.find((m) => m.path === definedIn);
        if (defining && !defining.exports?.some((e) => e.name === tag)) {
          defining.exports = [
            ...(defining.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: className, module: home.path },
            },
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test/**', 'src/journey/**'],
  outdir: '.',
  litelement: true,
  plugins: [tagsFromDefineElement(), eventNamesFromClasses(), closedSetsAsUnions()],
};
