import { build, loadConfigFromFile } from 'vite';
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
const sizes = {};
await build({ ...config, configFile: false, logLevel: 'warn',
  plugins: [...config.plugins.flat().filter((p) => p && p.name !== 'copro-single-file-build'), { name: 'r', generateBundle(_o, b) { const seen=new Set(); const visit=(n)=>{ if(seen.has(n))return; seen.add(n); for (const i of b[n].imports) visit(i); }; visit(Object.values(b).find(c=>c.isEntry).fileName); for (const c of Object.values(b)) if (c.type === 'chunk' && seen.has(c.fileName)) for (const [id, i] of Object.entries(c.modules)) sizes[id.replace(/.*\/(node_modules|packages)\//, '$1/')] = (sizes[id.replace(/.*\/(node_modules|packages)\//, '$1/')] ?? 0) + i.renderedLength; } }],
  build: { ...config.build, outDir: '/tmp/i17attr/alone', emptyOutDir: true, lib: { entry: 'packages/feedback-board/src/define.ts', formats: ['es'], fileName: () => 'board.js' }, rolldownOptions: { ...config.build.rolldownOptions, output: { ...config.build.rolldownOptions.output, codeSplitting: true } } } });
console.log(JSON.stringify(sizes));
