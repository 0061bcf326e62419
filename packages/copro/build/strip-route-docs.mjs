/**
 * The route table (packages/protocol/src/routes/*.ts, one module per resource) carries, besides what a client needs of a
 * route (`method`, `path`, `body`, the successful answers' schemas), what only the
 * server and its OpenAPI document read: `summary` and every `description`, the shared `errors`,
 * `params` and `query` schemas (the server checks them), `role`, `staffView`, `audit`, `roomEditor`,
 * `bodyMediaType`, `participantHeader` (the client is told), `onBehalf` and `kiosk` (the server's
 * guard reads them; the client finds a kiosk key by the write's path), the 3xx-5xx answers. Each route a widget calls would carry all of it into its bundle (about 2 KB
 * after gzip for the board). This build step leaves those fields out of the drop-in bundle only;
 * the server and the published @copro/protocol keep them. The endpoint client reads no other field.
 *
 * Used by vite.config.ts; tested by test/node/strip-route-docs.test.ts.
 */
import ts from 'typescript';

/** The route modules, one per resource (packages/protocol/src/routes/*.ts). */
const ROUTE_TABLE = /\/packages\/protocol\/src\/routes\/[\w-]+\.ts$/;
/** Route fields the browser never reads. */
export const SERVER_ONLY_FIELDS = new Set(['summary', 'description', 'errors', 'params', 'query', 'role', 'staffView', 'audit', 'roomEditor', 'bodyMediaType', 'participantHeader', 'onBehalf', 'kiosk']);

/**
 * Returns the route table's source without the server-only fields of its routes (in the
 * `export const name = { ... } satisfies RouteSpec` declarations only), or undefined when there is none.
 */
export function stripRouteDocs(source, fileName = 'routes.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const strip = (node) => {
    const name = ts.isPropertyAssignment(node) ? node.name.getText(file) : '';
    // Server-only fields, and the refusals among the answers (the client reads an error body the same way for every route).
    if (SERVER_ONLY_FIELDS.has(name) || /^[3-5]\d\d$/.test(name)) {
      // The property and its trailing comma: `{ a, b }` loses `b` as `{ a,  }`, still valid.
      let end = node.getEnd();
      const after = /^\s*,/.exec(source.slice(end));
      if (after) end += after[0].length;
      edits.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, strip);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init && ts.isSatisfiesExpression(init) && ts.isTypeReferenceNode(init.type) && init.type.getText(file) === 'RouteSpec') strip(init.expression);
    }
  }
  if (!edits.length) return undefined;
  let out = source;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** Vite (Rolldown) plugin: runs on the route table's source, before TypeScript is stripped. */
export function stripRouteDocsVite() {
  return {
    name: 'copro-strip-route-docs',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!ROUTE_TABLE.test(path)) return undefined;
      const out = stripRouteDocs(code, path);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
