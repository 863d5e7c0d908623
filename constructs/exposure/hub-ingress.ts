import { Construct } from 'constructs';
import { KubeIngress } from '../../imports/k8s.js';
import { HUB_ROUTE_NAME } from '../names.js';
import { DEFAULT_INGRESS_CLASS, INGRESS_TIMEOUT_SECONDS } from './route-rules.js';

/** The chart's public Service, which fronts configurable-http-proxy. */
export const PROXY_SERVICE = { name: 'proxy-public', port: 80 } as const;

export interface HubIngressProps {
  readonly namespace: string;
  /** Public host name of the hub. */
  readonly hostname: string;
  /**
   * IngressClass; MicroK8s' ingress add-on calls its class `public`.
   * @default 'public'
   */
  readonly className?: string;
  /**
   * TLS Secret for the host (issued by cert-manager when `clusterIssuer` is set).
   * @default - `<hostname with dots as dashes>-tls`
   */
  readonly tlsSecretName?: string;
  /**
   * cert-manager ClusterIssuer that issues the TLS Secret.
   * @default - no cert-manager annotation; the TLS Secret must exist
   */
  readonly clusterIssuer?: string;
  /**
   * Read/send timeout of the proxy in seconds; kernels talk over long-lived WebSockets.
   * @default 3600
   */
  readonly timeoutSeconds?: number;
  /**
   * Largest request body (uploads), nginx syntax.
   * @default '512m'
   */
  readonly maxBodySize?: string;
}

/** An Ingress to the hub's proxy, tuned for Jupyter's WebSockets and uploads (ingress-nginx). */
export class HubIngress extends Construct {
  public readonly tlsSecretName: string;

  constructor(scope: Construct, id: string, props: HubIngressProps) {
    super(scope, id);
    const timeoutSeconds = props.timeoutSeconds ?? INGRESS_TIMEOUT_SECONDS.default;
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < INGRESS_TIMEOUT_SECONDS.minimum) {
      throw new Error(
        `HubIngress timeoutSeconds must be a whole number of at least ${INGRESS_TIMEOUT_SECONDS.minimum} (kernel WebSockets), got ${timeoutSeconds}`,
      );
    }
    this.tlsSecretName = props.tlsSecretName ?? `${props.hostname.replaceAll('.', '-')}-tls`;
    const annotations: Record<string, string> = {
      'nginx.ingress.kubernetes.io/proxy-read-timeout': String(timeoutSeconds),
      'nginx.ingress.kubernetes.io/proxy-send-timeout': String(timeoutSeconds),
      'nginx.ingress.kubernetes.io/proxy-body-size': props.maxBodySize ?? '512m',
      // Buffering would hold back streamed output and WebSocket frames.
      'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
    };
    if (props.clusterIssuer) annotations['cert-manager.io/cluster-issuer'] = props.clusterIssuer;

    new KubeIngress(this, 'Ingress', {
      metadata: { name: HUB_ROUTE_NAME, namespace: props.namespace, annotations },
      spec: {
        ingressClassName: props.className ?? DEFAULT_INGRESS_CLASS,
        tls: [{ hosts: [props.hostname], secretName: this.tlsSecretName }],
        rules: [
          {
            host: props.hostname,
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: {
                    service: { name: PROXY_SERVICE.name, port: { number: PROXY_SERVICE.port } },
                  },
                },
              ],
            },
          },
        ],
      },
    });
  }
}
