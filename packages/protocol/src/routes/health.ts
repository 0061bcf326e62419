/** The endpoint itself. One module per resource, so a widget's bundle holds only its own routes (routes.ts joins them). */
import { Health } from '../common.ts';
import { JsonDocument, type RouteSpec } from './spec.ts';

export const health = { method: 'get', path: '/v1/health', summary: 'Is the endpoint up?', responses: { 200: { description: 'Up.', schema: Health } } } satisfies RouteSpec;
export const openApi = { method: 'get', path: '/v1/openapi.json', summary: 'This API as an OpenAPI 3.1 document, made from the route table', responses: { 200: { description: 'The OpenAPI document.', schema: JsonDocument } } } satisfies RouteSpec;
