import { build, loadConfigFromFile } from 'vite';
import { readFileSync } from 'node:fs';
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
const entry = process.argv[2] ?? 'packages/feedback-board/src/define.ts';
await build({ ...config, configFile: false, logLevel: 'warn',
  plugins: [...config.plugins.flat().filter((p) => p && p.name !== 'copro-single-file-build'), { name: 'no-dyn', resolveDynamicImport(spec) { return { id: typeof spec === 'string' ? spec : 'x', external: true }; } }],
  build: { ...config.build, sourcemap: 'hidden', outDir: '/tmp/i17attr/static', emptyOutDir: true, lib: { entry, formats: ['es'], fileName: () => 'board.js' }, rolldownOptions: { ...config.build.rolldownOptions, output: { ...config.build.rolldownOptions.output, codeSplitting: false } } } });
