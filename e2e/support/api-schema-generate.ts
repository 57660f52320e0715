import { execFileSync } from 'node:child_process';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the typed client's types live: generated from the server's OpenAPI document, committed. */
export const OPENAPI_TYPES_FILE = path.join(import.meta.dirname, 'api-schema.ts');

const HEADER = `/**
 * The Brug API's paths and operations, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: run \`npm run openapi:types\` after changing a route.
 */

`;

/** The TypeScript of an OpenAPI document, formatted by Biome as the repository formats its files. */
export async function openApiTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true, alphabetize: false });
  const source = HEADER + astToString(ast);
  return execFileSync('npx', ['biome', 'format', `--stdin-file-path=${OPENAPI_TYPES_FILE}`], {
    cwd: path.join(import.meta.dirname, '..'),
    input: source,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
}
