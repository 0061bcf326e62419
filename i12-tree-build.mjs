import { rolldown } from 'rolldown';
const bundle = await rolldown({ input: process.argv[2], resolve: { conditionNames: ['copro-source', 'module', 'browser', 'production', 'import'] } });
const { output } = await bundle.generate({ format: 'es', minify: false });
const code = output[0].code;
console.log(code.length, /Revoke an editor link/.test(code), /revokedAt/.test(code), /Is the endpoint up/.test(code));
if (process.argv[3]) console.log(code);
