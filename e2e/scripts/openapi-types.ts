import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../../apps/server/src/http/openapi-document.ts';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../support/api-schema-generate.ts';

// Regenerates e2e/support/api-schema.ts from the server's OpenAPI document.
writeFileSync(OPENAPI_TYPES_FILE, await openApiTypes(await openApiDocument()));
console.log(`wrote ${OPENAPI_TYPES_FILE}`);
