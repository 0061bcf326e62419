/// <reference types="vite/client" />
/**
 * Storybook preview: autodocs from the custom elements manifest, and axe checks at WCAG 2.2 AA.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { publicManifest, type Manifest } from './manifest.ts';

// `npm run storybook` and `npm run build-storybook` write custom-elements.json first
// (`npm run analyze`). A glob, not an import, so the preview still loads without it.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];
if (manifest) setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // The rules the UK public sector is monitored against: WCAG 2.2 AA (and A).
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        },
      },
      test: 'error',
    },
  },
};

export default preview;
