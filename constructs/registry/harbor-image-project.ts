import { Construct } from 'constructs';
import { Project } from '../../imports/terraform/providers/harbor/project/index.js';

export interface HarborImageProjectProps {
  /** Name of the Harbor project that holds the notebook images. */
  readonly name: string;
  /**
   * Create the project. `false`: it exists already (Thinkube's core owns it) and is only referred to
   * by name, so this stack never changes or deletes it and `plan` makes no API call for it.
   * @default false
   */
  readonly create?: boolean;
}

/**
 * The Harbor project for notebook images: private, scanned on push, and never force-deleted (a destroy
 * of a project that still holds images fails instead of deleting them).
 * @see https://goharbor.io/docs/main/working-with-projects/create-projects/
 */
export class HarborImageProject extends Construct {
  /** The project name, as robot permissions name it (a reference when the project is created here). */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: HarborImageProjectProps) {
    super(scope, id);
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(props.name) || props.name.length > 255) {
      throw new Error(
        `name must be a Harbor project name (lower-case letters, digits, ".", "_", "-"), got "${props.name}"`,
      );
    }
    const create = props.create ?? false;
    this.name = create
      ? new Project(this, 'Project', {
          name: props.name,
          public: false,
          vulnerabilityScanning: true,
          forceDestroy: false,
        }).name
      : props.name;
  }
}
