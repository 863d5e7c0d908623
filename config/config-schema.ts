/**
 * The whole configuration schema: every field's own rules (schema.ts), then the rules that span fields
 * (cross-checks.ts). Its own module, so that neither of those two imports the other.
 */
import { addCrossCheckIssues } from './cross-checks.js';
import { configObjectSchema } from './schema.js';

export const configSchema = configObjectSchema.superRefine((config, ctx) => addCrossCheckIssues(config, ctx));
