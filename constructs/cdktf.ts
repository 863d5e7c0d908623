/**
 * The one seam between the project and CDK for Terraform. CDK for Terraform is archived upstream
 * (2025-12-10) and its community fork is CDK Terrain (`cdktn`): every hand-written file imports cdktf
 * through this module, so moving to the fork changes this file (and the generated bindings under
 * imports/terraform, which `cdktf get` / `cdktn get` regenerate). See docs/decisions/0004.
 */
export type { DataTerraformRemoteStateConfig } from 'cdktf';
export {
  App as TerraformApp,
  Fn,
  LocalBackend,
  TerraformBackend,
  TerraformOutput,
  TerraformRemoteState,
  TerraformStack,
  TerraformVariable,
  Testing as TerraformTesting,
  Token,
} from 'cdktf';
