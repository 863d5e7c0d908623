/**
 * The contract between the TypeScript side and the hub's Python: `custom.thinkube`, the block
 * hub/thinkube_access.py reads (get_config("custom.thinkube")). Declared once, here, in zod:
 * - the TypeScript type of the block is derived from it (ThinkubeAccessValues);
 * - `npm run schema:hub` writes it as JSON Schema to hub/thinkube_access.schema.json (CI checks it is
 *   fresh), which the chart mounts beside the module and the hub validates the block against at its start,
 *   stopping with one message that names the field, instead of a KeyError deep in a spawn;
 * - the hub's tests validate the committed values against the same file.
 */
import { z } from 'zod';

const roleName = z.string().min(1);
const quantity = z.string().regex(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|K|M|G|T)?$/);

const roleAccess = z
  .object({
    clientRole: roleName.describe("The hub client's role that grants this role."),
    group: roleName.describe('Top-level group whose members have this role (compared by path, /<group>).'),
    profiles: z.array(z.string().min(1)).min(1).describe('Slugs of the profiles this role may start.'),
    limits: z
      .object({
        cpu: z.number().positive(),
        memory: quantity,
        gpus: z.number().int().nonnegative(),
        homeStorage: quantity,
        ephemeralStorage: quantity,
      })
      .strict()
      .describe('The most a server of this role may have.'),
    sharedVolume: z.enum(['read-only', 'read-write']).describe('How servers of this role mount the shared folder.'),
  })
  .strict();

export const accessPolicySchema = z
  .object({
    groupsClaim: z.string().min(1).describe('Userinfo claim with the group paths.'),
    rolesClaim: z.string().min(1).describe("Userinfo claim with the hub client's roles."),
    sharedVolumeName: z
      .string()
      .min(1)
      .nullable()
      .describe('Name of the shared volume mount to make writable per role; null when there is none.'),
    gpu: z
      .object({
        resourceName: z.string().min(1),
        capacityCacheSeconds: z.number().nonnegative(),
        apiTimeoutSeconds: z.number().positive(),
      })
      .strict()
      .nullable()
      .describe('GPU profiles are offered and started only where a node can take them; null when GPUs are off.'),
    recheckSeconds: z
      .number()
      .positive()
      .describe('How often the hub re-checks the owners of running servers with the identity provider.'),
    roles: z.object({ admin: roleAccess, gpuUser: roleAccess, user: roleAccess }).strict(),
  })
  .strict()
  .describe('custom.thinkube: the access policy hub/thinkube_access.py enforces.');

/** The role policy hub/thinkube_access.py reads from `custom.thinkube`. */
export type ThinkubeAccessValues = z.output<typeof accessPolicySchema>;
