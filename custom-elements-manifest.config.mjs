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

/**
 * The analyzer reads `@summary` up to the next tag, so a summary line followed by the description
 * became one long summary. copro's JSDoc writes the summary as its first paragraph: keep that as the
 * summary and the rest as the description. And the base class's typed `emit(name, detail)`
 * dispatches `new CustomEvent(name, …)`, which the analyzer lists (and every element inherits) as
 * an event called `name`: only documented `copro-*` events are real. Private members are dropped.
 */
function summaryAndRealEvents() {
  return {
    name: 'copro-summary-and-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.summary) {
            const [first, ...rest] = declaration.summary.trim().split(/\n\s*\n/);
            declaration.summary = first.replace(/\s*\n\s*/g, ' ');
            const description = [rest.join('\n\n').trim(), declaration.description?.trim()].filter(Boolean).join('\n\n');
            if (description) declaration.description = description;
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => /^copro-[a-z-]+$/.test(event.name ?? ''));
          // Private state is no part of an element's surface (and would show up as Storybook controls).
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name?.startsWith('#'));
        }
      }
    },
  };
}

/** The element files (and their base class, for what they inherit), and the files that define their tags. */
const elementFiles = [
  'packages/core/src/element.ts',
  'packages/feedback-board/src/feedback-board.ts',
  'packages/room-checklist/src/room-checklist.ts',
  'packages/ladder/src/ladder.ts',
  'packages/you-said-we-did/src/you-said-we-did.ts',
  'packages/staff/src/staff-admin.ts',
  'packages/plain-language/src/plain-language.ts',
  'packages/plain-language/src/plain-text.ts',
  'packages/plain-language/src/term.ts',
  'packages/plain-language/src/clarity/question.ts',
  'packages/plain-language/src/clarity/report.ts',
  'packages/plain-language/src/author/notes.ts',
];
const defineFiles = ['packages/*/src/define.ts', 'packages/plain-language/src/clarity/define-*.ts', 'packages/plain-language/src/author/define-notes.ts'];

export default {
  // Element files only: helpers, controllers and views are not part of any element's public surface.
  globs: [...elementFiles, ...defineFiles],
  exclude: ['packages/copro/**'],
  outdir: '.',
  litelement: true,
  // Never write a "customElements" field into package.json (the analyzer's default).
  packagejson: false,
  dev: false,
  plugins: [
    defineElementCalls(),
    summaryAndRealEvents(),
    // Editor data for people writing copro tags by hand: completions and hover docs for tags and
    // attributes in VS Code (html/css custom data) and JetBrains IDEs (web-types), shipped in dist/.
    customElementVsCodePlugin({ outdir: 'packages/copro/dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'packages/copro/dist', webTypesFileName: 'web-types.json', packageJson: { name: '@copro/copro', version: '0.1.0' } }),
  ],
};
