/**
 * The deploy workflow (.github/workflows/deploy.yml) of an install's repository, run step by step by
 * test/support/workflow-runner.ts against a test's own Keycloak and Harbor and the running test cluster,
 * as a runner on the platform's network would: the secrets and vars an operator sets, the runner's tools,
 * and the addresses under which it reaches the servers. pipeline.e2e runs it in helm mode,
 * pipeline-argocd.e2e in argocd mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_CHART } from '../../support/real-chart.js';
import type { ScratchRepository } from '../../support/scratch-repository.js';
import { readWorkflow, runJob, type StepResult } from '../../support/workflow-runner.js';
import { type ChartImagesInHarbor, chartImagesInHarbor } from './chart-images.js';
import type { RunningCluster } from './cluster.js';
import { type HarborServer, startHarbor } from './harbor-server.js';
import { type KeycloakServer, startKeycloak } from './keycloak-server.js';
import { KUBE_BIN, KUBECTL } from './kube-apiserver.js';
import { type GatewayStandIn, gatewayWithHttpRoutes } from './platform-stand-ins.js';
import { TOFU, TOFU_CLI_CONFIG } from './terraform-cli.js';

export interface DeployWorkflow {
  /** Checks out `sha` and runs the deploy job for a push whose previous head was `before`. */
  deploy(sha: string, before: string): Promise<StepResult[]>;
  /** The runner machine's environment: its tools, and the servers' addresses. */
  runnerEnv(): Record<string, string | undefined>;
  /** A project command in the install's repository, with the runner's environment and the operator's logins. */
  runProjectCommand(script: string, args: string[]): Promise<{ status: number; output: string }>;
  /** Keycloak's admin, the login of the Terraform provider. */
  keycloakAdmin(): { username: string; password: string };
}

export function deployWorkflow(options: {
  repo: ScratchRepository;
  cluster: RunningCluster;
  keycloak: KeycloakServer;
  harbor: HarborServer;
  /** Extra flags for npm run verify (VERIFY_FLAGS), e.g. the gateway stand-in's address as --hub-url. */
  verifyFlags: string;
}): DeployWorkflow {
  const { repo, cluster, keycloak, harbor } = options;
  const keycloakAdmin = () => ({
    username: keycloak.providerEnv.KEYCLOAK_USER ?? '',
    password: keycloak.providerEnv.KEYCLOAK_PASSWORD ?? '',
  });
  const runnerEnv = () => ({
    PATH: `${KUBE_BIN}:${process.env.PATH}`,
    HOME: process.env.HOME,
    // Set by the install step on a real runner (GITHUB_ENV); the provider mirror instead of a registry.
    TERRAFORM_BINARY_NAME: TOFU,
    TF_CLI_CONFIG_FILE: TOFU_CLI_CONFIG,
    // The runner's view of Keycloak and Harbor (on a real network: the config's own URLs).
    TF_VAR_keycloak_url: keycloak.url,
    TF_VAR_harbor_url: harbor.url,
    KUBECTL,
  });
  return {
    runnerEnv,
    keycloakAdmin,
    deploy(sha, before) {
      repo.git('checkout', '-q', sha);
      return runJob(readWorkflow(join(repo.dir, '.github', 'workflows', 'deploy.yml')), 'deploy', {
        workspace: repo.dir,
        secrets: {
          KUBECONFIG: readFileSync(cluster.kubeconfig, 'utf8'),
          KEYCLOAK_PASSWORD: keycloakAdmin().password,
          HARBOR_PASSWORD: harbor.admin.password,
        },
        vars: {
          KEYCLOAK_CLIENT_ID: 'admin-cli',
          KEYCLOAK_USER: keycloakAdmin().username,
          KEYCLOAK_REALM: 'master',
          HARBOR_USERNAME: harbor.admin.username,
          VERIFY_FLAGS: options.verifyFlags,
        },
        github: { event: { before }, sha, ref: 'refs/heads/main' },
        runnerEnv: runnerEnv(),
        providedActions: ['actions/checkout', 'actions/setup-node'],
        providedSteps: { install: 'the tools are installed on this machine (scripts/install-tools.sh, npm ci)' },
      });
    },
    runProjectCommand(script, args) {
      return repo.npm(script, args, {
        ...runnerEnv(),
        KUBECONFIG: cluster.kubeconfig,
        KUBE_CONFIG_PATH: cluster.kubeconfig,
        KEYCLOAK_CLIENT_ID: 'admin-cli',
        KEYCLOAK_USER: keycloakAdmin().username,
        KEYCLOAK_PASSWORD: keycloakAdmin().password,
        KEYCLOAK_REALM: 'master',
        HARBOR_USERNAME: harbor.admin.username,
        HARBOR_PASSWORD: harbor.admin.password,
      } as NodeJS.ProcessEnv);
    },
  };
}

/** Each step's outcome, by id. */
export const outcomes = (results: StepResult[]) => Object.fromEntries(results.map((r) => [r.id, r.outcome]));
/** Every step's outcome and the end of its output, for a failure message. */
export const explain = (results: StepResult[]) =>
  results.map((r) => `--- ${r.id}: ${r.outcome}\n${r.output.slice(-4000)}`).join('\n');
/** One step's output. */
export const stepOutput = (results: StepResult[], id: string) => results.find((r) => r.id === id)?.output ?? '';

/** What the platform has before the install the workflow makes: its Keycloak realm, Harbor project, chart images, a Gateway's place. */
export interface PlatformBeforeInstall {
  readonly keycloak: KeycloakServer;
  readonly harbor: HarborServer;
  readonly chartImages: ChartImagesInHarbor;
  readonly gateway: GatewayStandIn;
}

/**
 * Starts the file's own Keycloak and Harbor and makes what the platform has before this project: the
 * realm, the private image project holding the chart's images (as its proxy-cache projects would), the
 * Gateway API CRDs and a Gateway's place in front of the release.
 */
export async function platformBeforeInstall(
  cluster: RunningCluster,
  options: { gatewayNamespace: string; releaseNamespace: string },
): Promise<PlatformBeforeInstall> {
  const [keycloak, harbor] = await Promise.all([startKeycloak(), startHarbor()]);
  await keycloak.admin('POST', '', { realm: 'thinkube', enabled: true });
  await harbor.api('POST', '/projects', { project_name: 'thinkube', metadata: { public: 'false' } });
  const chartImages = await chartImagesInHarbor(harbor, 'thinkube');
  const gateway = await gatewayWithHttpRoutes(cluster, {
    namespace: options.gatewayNamespace,
    releaseNamespace: options.releaseNamespace,
    proxyImage: chartImages.proxyImage,
    harbor,
  });
  return { keycloak, harbor, chartImages, gateway };
}

/** `npm run synth` and `npm run render` (of the real chart) in the install's repository, as its author does before a commit. */
export async function synthesizeInstall(repo: ScratchRepository): Promise<void> {
  for (const [script, args] of [
    ['synth', []],
    ['render', ['--chart', REAL_CHART]],
  ] as const) {
    const run = await repo.npm(script, [...args], { PATH: `${KUBE_BIN}:${process.env.PATH}` });
    if (run.status !== 0) throw new Error(`npm run ${script}: ${run.output}`);
  }
}
