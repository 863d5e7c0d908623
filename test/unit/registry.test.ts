import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { TerraformVariable } from '../../constructs/cdktf.js';
import { ArgoCdChartRepository } from '../../constructs/registry/argocd-chart-repository.js';
import { HarborImageProject } from '../../constructs/registry/harbor-image-project.js';
import { HarborRobot, type HarborRobotProps } from '../../constructs/registry/harbor-robot.js';
import { synthScope } from '../support/terraform.js';

const pull: HarborRobotProps = {
  project: 'thinkube',
  name: 'jupyterhub-pull',
  description: 'pulls',
  access: [{ resource: 'repository', action: 'pull' }],
  expiresInDays: 365,
};

describe('HarborImageProject', () => {
  it('defaults: an existing project, referred to by name only (no resource, no API call at plan)', () => {
    let name = '';
    const stack = synthScope((scope) => {
      name = new HarborImageProject(scope, 'Project', { name: 'thinkube' }).name;
    });
    expect(name).toBe('thinkube');
    expect(stack.parsed.resource ?? {}).toEqual({});
    expect(stack.parsed.data ?? {}).toEqual({});
  });

  it('custom: created private, scanned on push, never force-deleted', () => {
    const stack = synthScope((scope) => {
      const project = new HarborImageProject(scope, 'Project', { name: 'notebooks', create: true });
      new HarborRobot(scope, 'Pull', { ...pull, project: project.name });
    });
    expect(stack.only('harbor_project')).toMatchObject({
      name: 'notebooks',
      public: false,
      vulnerability_scanning: true,
      force_destroy: false,
    });
    expect(stack.only('harbor_robot_account')).toMatchObject({
      permissions: [{ namespace: expect.stringMatching(/^\$\{harbor_project\.Project_[0-9A-F]{8}\.name\}$/) }],
    });
  });

  it('fails if the name is not a Harbor project name', () => {
    expect(() => synthScope((scope) => new HarborImageProject(scope, 'P', { name: 'Not A Name' }))).toThrow(
      'name must be a Harbor project name (lower-case letters, digits, ".", "_", "-"), got "Not A Name"',
    );
  });
});

describe('HarborRobot', () => {
  it('defaults: a project-level robot with exactly the granted actions and an expiry in days', () => {
    const stack = synthScope((scope) => {
      new HarborRobot(scope, 'Pull', pull);
    });
    expect(stack.only('harbor_robot_account')).toEqual({
      name: 'jupyterhub-pull',
      description: 'pulls',
      level: 'project',
      duration: 365,
      permissions: [{ kind: 'project', namespace: 'thinkube', access: [{ resource: 'repository', action: 'pull' }] }],
    });
  });

  it('custom: a push robot gets pull and push, nothing else', () => {
    const stack = synthScope((scope) => {
      new HarborRobot(scope, 'Push', {
        ...pull,
        name: 'jupyterhub-push',
        access: [
          { resource: 'repository', action: 'pull' },
          { resource: 'repository', action: 'push' },
        ],
        expiresInDays: 90,
      });
    });
    const robot = stack.only('harbor_robot_account') as { duration: number; permissions: { access: unknown[] }[] };
    expect(robot.duration).toBe(90);
    expect(robot.permissions[0]?.access).toEqual([
      { resource: 'repository', action: 'pull' },
      { resource: 'repository', action: 'push' },
    ]);
  });

  it('fails if it would never expire, grant nothing or carry a bad name, naming every problem', () => {
    expect(() =>
      synthScope(
        (scope) => new HarborRobot(scope, 'R', { ...pull, name: 'Pull Robot', access: [], expiresInDays: -1 }),
      ),
    ).toThrow(
      'name must be lower-case letters, digits, ".", "_" or "-", got "Pull Robot"; access must grant at least one action, got none; ' +
        'expiresInDays must be a whole number of days of at least 1, got -1',
    );
  });
});

describe('ArgoCdChartRepository', () => {
  /** A real reference (`${var.<name>}`), standing in for the pull robot's outputs. */
  const ref = (scope: Construct, name: string) => new TerraformVariable(scope, name, { type: 'string' }).stringValue;
  const props = (scope: Construct) => ({
    argoCdNamespace: 'argocd',
    secretName: 'jupyterhub-chart-mirror',
    displayName: 'jupyterhub chart mirror',
    repository: 'registry.thinkube.example.org/thinkube/charts',
    username: ref(scope, 'robot_name'),
    password: ref(scope, 'robot_secret'),
  });

  it("defaults: a repository Secret in Argo CD's namespace for a Helm OCI repository, with the robot's login", () => {
    const stack = synthScope((scope) => {
      new ArgoCdChartRepository(scope, 'Repo', props(scope));
    });
    expect(stack.only('kubernetes_secret_v1')).toEqual({
      metadata: {
        name: 'jupyterhub-chart-mirror',
        namespace: 'argocd',
        labels: { 'argocd.argoproj.io/secret-type': 'repository' },
      },
      type: 'Opaque',
      data: {
        type: 'helm',
        name: 'jupyterhub chart mirror',
        url: 'registry.thinkube.example.org/thinkube/charts',
        enableOCI: 'true',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform expression, not a JS template
        username: '${var.robot_name}',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform expression, not a JS template
        password: '${var.robot_secret}',
      },
    });
  });

  it('custom: a plain-HTTP registry is read over HTTP; labels are kept beside the repository label', () => {
    const stack = synthScope((scope) => {
      new ArgoCdChartRepository(scope, 'Repo', { ...props(scope), plainHttp: true, labels: { team: 'lab' } });
    });
    const secret = stack.only('kubernetes_secret_v1') as { data: Record<string, string>; metadata: { labels: object } };
    expect(secret.data.insecureOCIForceHttp).toBe('true');
    expect(secret.metadata.labels).toEqual({ team: 'lab', 'argocd.argoproj.io/secret-type': 'repository' });
  });

  it('fails if the repository carries a scheme (Argo CD would not match it to the Application)', () => {
    expect(() =>
      synthScope((scope) => {
        new ArgoCdChartRepository(scope, 'Repo', {
          ...props(scope),
          repository: 'oci://registry.example.org/a/charts',
        });
      }),
    ).toThrow(
      'repository must be an OCI repository without a scheme such as "registry.example.org/thinkube/charts", got "oci://registry.example.org/a/charts"',
    );
  });
});
