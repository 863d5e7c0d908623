/**
 * npm run schema:hub: writes hub/thinkube_access.schema.json, the JSON Schema of `custom.thinkube`,
 * from its one declaration (constructs/jupyterhub/access-policy-schema.ts). The chart mounts it beside
 * the hub's module, which validates the block against it at start; CI checks the file is fresh.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/project-files.js';
import { accessPolicySchema } from '../constructs/jupyterhub/access-policy-schema.js';

const file = join(PROJECT_ROOT, 'hub', 'thinkube_access.schema.json');
const schema = z.toJSONSchema(accessPolicySchema, { target: 'draft-2020-12' });
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${file}`);
