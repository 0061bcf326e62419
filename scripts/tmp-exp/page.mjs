import { build, loadConfigFromFile } from 'vite';
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
const sizes = {};
await build({ ...config, configFile: false, logLevel: 'warn',
  plugins: [...config.plugins.flat().filter((p) => p && p.name !== 'copro-single-file-build'), { name: 'r', generateBundle(_o, b) { const entry = Object.values(b).find(c => c.type==='chunk' && c.facadeModuleId?.endsWith('feedback-board/src/define.ts')); const seen=new Set(); const visit=(n)=>{ if(seen.has(n))return; seen.add(n); for (const i of b[n].imports) visit(i); }; visit(entry.fileName); for (const c of Object.values(b)) if (c.type === 'chunk' && seen.has(c.fileName)) for (const [id, i] of Object.entries(c.modules)) { const k = id.replace(/.*\/(node_modules|packages)\//, '$1/'); sizes[k] = (sizes[k] ?? 0) + i.renderedLength; } } }],
  build: { ...config.build, outDir: '/tmp/i17attr/page', emptyOutDir: true } });
console.log(JSON.stringify(sizes));
