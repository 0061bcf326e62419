/**
 * `@copro/copro/define` under the `development` export condition (Vite's and web-test-runner's
 * dev servers, Storybook, any bundler run with `--conditions development`): defines every
 * element as `define.ts` does, and warns in the console about embedding mistakes (see
 * dev-warnings.ts). Production builds resolve `define.ts` and carry none of this.
 */
import './define.ts';
import { startDevWarnings } from './dev-warnings.ts';

startDevWarnings();
