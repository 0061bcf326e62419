/**
 * `npm run analyze`: writes `custom-elements.json` at the repository root (git ignores it).
 *
 * The manifest describes every element: attributes, properties, events, slots, CSS parts and
 * custom properties, read from the classes and their JSDoc (`@summary`, `@slot`, `@event`,
 * `@csspart`, `@cssprop`). Storybook's autodocs tables are built from it.
 */
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * copro defines tags through `defineElement('copro-x', CoproX)` from `@copro/core` (a guarded
 * `customElements.define`), which the analyzer does not recognise. This plugin reads those calls
 * and gives each class its tag name, as `customElements.define` would.
 */
function defineElementCalls() {
  /** @type {{ tagName: string, className: string, path: string }[]} */
  const found = [];
  return {
    name: 'copro-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      found.push({ tagName: tag.text, className: klass.text, path: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tagName, className, path } of found) {
        for (const module of customElementsManifest.modules) {
          const declaration = module.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.tagName = tagName;
          declaration.customElement = true;
          const defineModule = customElementsManifest.modules.find((m) => m.path === path);
          defineModule?.exports?.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: module.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.spec.ts',
    '**/*.stories.ts',
    '**/test/**',
    '**/stories/**',
    'packages/server/**',
    'packages/protocol/**',
  ],
  outdir: '.',
  litelement: true,
  // Never write a "customElements" field into package.json (the analyzer's default).
  packagejson: false,
  dev: false,
  plugins: [
    defineElementCalls(),
    // Editor data for people writing copro tags by hand: completions and hover docs for tags and
    // attributes in VS Code (html/css custom data) and JetBrains IDEs (web-types), shipped in dist/.
    customElementVsCodePlugin({ outdir: 'packages/copro/dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'packages/copro/dist', webTypesFileName: 'web-types.json', packageJson: { name: '@copro/copro', version: '0.1.0' } }),
  ],
};
