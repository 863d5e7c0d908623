/** kubectl for the commands that act on the cluster (verify, rollback, uninstall). */
import { runTool, type ToolRun } from './command.js';

/** A Kubernetes object as JSON or YAML gives it: what every command and test reads objects as. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** kubectl with the install's cluster settings; never throws for kubectl's own failures (see `status`). */
export type Kubectl = (args: readonly string[], input?: string) => ToolRun;

/** kubectl with the user's kubeconfig and context; KUBECTL names another binary. */
export function kubectlWith(options: { kubeconfig?: string; context?: string }): Kubectl {
  const global = [
    ...(options.kubeconfig ? ['--kubeconfig', options.kubeconfig] : []),
    ...(options.context ? ['--context', options.context] : []),
    '--request-timeout=20s',
  ];
  return (args, input) =>
    runTool(process.env.KUBECTL ?? 'kubectl', [...global, ...args], {
      ...(input === undefined ? {} : { input }),
      allowFailure: true,
      timeoutMs: 60_000,
      hint: 'install kubectl or set KUBECTL',
    });
}
