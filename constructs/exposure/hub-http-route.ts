import { Construct } from 'constructs';
import { HttpRoute, HttpRouteSpecRulesMatchesPathType } from '../../imports/gateway.networking.k8s.io.js';
import { HUB_ROUTE_NAME } from '../names.js';
import { PROXY_SERVICE } from './hub-ingress.js';
import { DEFAULT_REQUEST_TIMEOUT, GATEWAY_API_DURATION } from './route-rules.js';

export interface HubHttpRouteProps {
  readonly namespace: string;
  /** Public host name of the hub. */
  readonly hostname: string;
  /** The Gateway the route attaches to (it must allow routes from this namespace). */
  readonly gateway: {
    readonly name: string;
    readonly namespace: string;
    /** @default - every listener of the Gateway */
    readonly sectionName?: string;
  };
  /**
   * Gateway API duration for the whole request; Jupyter kernels hold WebSockets open for a long time.
   * @default '1h'
   * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutetimeouts
   */
  readonly requestTimeout?: string;
}

/** A Gateway API HTTPRoute to the hub's proxy, as Thinkube exposes its services today. */
export class HubHttpRoute extends Construct {
  constructor(scope: Construct, id: string, props: HubHttpRouteProps) {
    super(scope, id);
    const requestTimeout = props.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT;
    if (!GATEWAY_API_DURATION.test(requestTimeout)) {
      throw new Error(
        `HubHttpRoute requestTimeout must be a Gateway API duration such as "1h", got "${requestTimeout}"`,
      );
    }
    new HttpRoute(this, 'Route', {
      metadata: { name: HUB_ROUTE_NAME, namespace: props.namespace },
      spec: {
        parentRefs: [
          {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            name: props.gateway.name,
            namespace: props.gateway.namespace,
            ...(props.gateway.sectionName ? { sectionName: props.gateway.sectionName } : {}),
          },
        ],
        hostnames: [props.hostname],
        rules: [
          {
            matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: '/' } }],
            backendRefs: [{ name: PROXY_SERVICE.name, port: PROXY_SERVICE.port }],
            timeouts: { request: requestTimeout, backendRequest: requestTimeout },
          },
        ],
      },
    });
  }
}
