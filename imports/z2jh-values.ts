/* The values of the JupyterHub chart 4.4.0, generated from its values.schema.json by
 * json-schema-to-typescript (scripts/chart-values-types.ts). Do not edit; see imports/README.md. */

export interface Z2jhValues {
enabled?: (boolean | null)
fullnameOverride?: (string | null)
nameOverride?: (string | null)
imagePullSecret?: {

}
imagePullSecrets: unknown[]
hub: {
revisionHistoryLimit?: (number | null)
config?: {
JupyterHub?: {
subdomain_host?: string
[k: string]: unknown
}
/**
 * Pass-through traitlets configuration of Configurable classes.
 * Keys must always be class names that start with capitals,
 * and values must be objects.
 * 
 * 
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[A-Z].*$".
 */
[k: string]: {
[k: string]: unknown
} | {
subdomain_host?: string
[k: string]: unknown
} | undefined
}
extraFiles?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: ({
[k: string]: unknown
} & {
mountPath: string
data?: {
[k: string]: unknown
}
stringData?: string
binaryData?: string
mode?: number
})
}
baseUrl: string
command?: unknown[]
args?: unknown[]
cookieSecret?: (string | null)
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
networkPolicy?: {
enabled?: boolean
ingress?: unknown[]
egress?: unknown[]
egressAllowRules?: {
cloudMetadataServer?: boolean
dnsPortsCloudMetadataServer?: boolean
dnsPortsKubeSystemNamespace?: boolean
dnsPortsPrivateIPs?: boolean
nonPrivateIPs?: boolean
privateIPs?: boolean
}
interNamespaceAccessLabels?: ("accept" | "ignore")
allowedIngressPorts?: unknown[]
}
db?: {
type?: ("sqlite-pvc" | "sqlite-memory" | "mysql" | "postgres" | "other")
pvc?: {
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
selector?: {
[k: string]: unknown
}
storage: string
accessModes?: (string | null)[]
storageClassName?: (string | null)
subPath?: (string | null)
}
upgrade?: (boolean | null)
url?: (string | null)
password?: (string | null)
}
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
initContainers?: unknown[]
extraEnv?: ({
[k: string]: unknown
} | unknown[])
extraConfig?: {
[k: string]: unknown
}
fsGid?: (number | null)
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName")
ports?: {
appProtocol?: (string | null)
nodePort?: (number | null)
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
extraPorts?: unknown[]
loadBalancerIP?: (string | null)
ipFamilyPolicy?: string
ipFamilies?: unknown[]
}
pdb?: {
enabled?: boolean
maxUnavailable?: (number | null)
minAvailable?: (number | null)
}
existingSecret?: (string | null)
nodeSelector?: {
[k: string]: unknown
}
tolerations?: unknown[]
activeServerLimit?: (number | null)
allowNamedServers?: (boolean | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
authenticatePrometheus?: (boolean | null)
concurrentSpawnLimit?: (number | null)
consecutiveFailureLimit?: (number | null)
podSecurityContext?: {
[k: string]: unknown
}
containerSecurityContext?: {
[k: string]: unknown
}
deploymentStrategy?: {
rollingUpdate?: (string | null)
type?: (string | null)
}
extraContainers?: unknown[]
extraVolumeMounts?: unknown[]
extraVolumes?: unknown[]
livenessProbe?: {
[k: string]: unknown
}
readinessProbe?: {
[k: string]: unknown
}
namedServerLimitPerUser?: (number | null)
redirectToServer?: (boolean | null)
resources?: {
[k: string]: unknown
}
lifecycle?: {
postStart?: {
[k: string]: unknown
}
preStop?: {
[k: string]: unknown
}
}
services?: {
name?: string
admin?: boolean
command?: (string | unknown[])
url?: string
api_token?: (string | null)
apiToken?: (string | null)
[k: string]: unknown
}
loadRoles?: {
[k: string]: unknown
}
shutdownOnLogout?: (boolean | null)
templatePaths?: unknown[]
templateVars?: {
[k: string]: unknown
}
serviceAccount?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
extraPodSpec?: {
[k: string]: unknown
}
}
proxy: {
chp?: {
revisionHistoryLimit?: (number | null)
networkPolicy?: {
enabled?: boolean
ingress?: unknown[]
egress?: unknown[]
egressAllowRules?: {
cloudMetadataServer?: boolean
dnsPortsCloudMetadataServer?: boolean
dnsPortsKubeSystemNamespace?: boolean
dnsPortsPrivateIPs?: boolean
nonPrivateIPs?: boolean
privateIPs?: boolean
}
interNamespaceAccessLabels?: ("accept" | "ignore")
allowedIngressPorts?: unknown[]
}
extraCommandLineFlags?: unknown[]
extraEnv?: ({
[k: string]: unknown
} | unknown[])
pdb?: {
enabled?: boolean
maxUnavailable?: (number | null)
minAvailable?: (number | null)
}
nodeSelector?: {
[k: string]: unknown
}
tolerations?: unknown[]
containerSecurityContext?: {
[k: string]: unknown
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
livenessProbe?: {
[k: string]: unknown
}
readinessProbe?: {
[k: string]: unknown
}
resources?: {
[k: string]: unknown
}
defaultTarget?: (string | null)
errorTarget?: (string | null)
extraPodSpec?: {
[k: string]: unknown
}
}
secretToken?: (string | null)
service?: {
type?: ("ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName")
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
nodePorts?: {
http?: (number | null)
https?: (number | null)
}
disableHttpPort?: boolean
extraPorts?: unknown[]
externalIPs?: unknown[]
loadBalancerIP?: (string | null)
loadBalancerSourceRanges?: unknown[]
ipFamilyPolicy?: string
ipFamilies?: unknown[]
}
https?: {
enabled?: (boolean | null)
type?: (null | "" | "letsencrypt" | "manual" | "offload" | "secret")
letsencrypt?: {
contactEmail?: (string | null)
acmeServer?: (string | null)
}
manual?: {
key?: (string | null)
cert?: (string | null)
}
secret?: {
name?: (string | null)
key?: (string | null)
crt?: (string | null)
}
hosts?: unknown[]
}
traefik?: {
revisionHistoryLimit?: (number | null)
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
networkPolicy?: {
enabled?: boolean
ingress?: unknown[]
egress?: unknown[]
egressAllowRules?: {
cloudMetadataServer?: boolean
dnsPortsCloudMetadataServer?: boolean
dnsPortsKubeSystemNamespace?: boolean
dnsPortsPrivateIPs?: boolean
nonPrivateIPs?: boolean
privateIPs?: boolean
}
interNamespaceAccessLabels?: ("accept" | "ignore")
allowedIngressPorts?: unknown[]
}
extraInitContainers?: unknown[]
extraEnv?: ({
[k: string]: unknown
} | unknown[])
pdb?: {
enabled?: boolean
maxUnavailable?: (number | null)
minAvailable?: (number | null)
}
nodeSelector?: {
[k: string]: unknown
}
tolerations?: unknown[]
containerSecurityContext?: {
[k: string]: unknown
}
extraDynamicConfig?: {
[k: string]: unknown
}
extraPorts?: unknown[]
extraStaticConfig?: {
[k: string]: unknown
}
extraVolumes?: unknown[]
extraVolumeMounts?: unknown[]
hsts?: {
includeSubdomains: boolean
maxAge: number
preload: boolean
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
resources?: {
[k: string]: unknown
}
serviceAccount?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
extraPodSpec?: {
[k: string]: unknown
}
}
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
deploymentStrategy?: {
rollingUpdate?: (string | null)
type?: (string | null)
}
secretSync?: {
containerSecurityContext?: {
[k: string]: unknown
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
resources?: {
[k: string]: unknown
}
}
}
singleuser: {
networkPolicy?: {
enabled?: boolean
ingress?: unknown[]
egress?: unknown[]
egressAllowRules?: {
cloudMetadataServer?: boolean
dnsPortsCloudMetadataServer?: boolean
dnsPortsKubeSystemNamespace?: boolean
dnsPortsPrivateIPs?: boolean
nonPrivateIPs?: boolean
privateIPs?: boolean
}
interNamespaceAccessLabels?: ("accept" | "ignore")
allowedIngressPorts?: unknown[]
}
podNameTemplate?: (string | null)
cpu?: {
limit?: (number | null)
guarantee?: (number | null)
}
memory?: {
limit?: (number | string | null)
guarantee?: (number | string | null)
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
initContainers?: unknown[]
profileList?: unknown[]
extraFiles?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: ({
[k: string]: unknown
} & {
mountPath: string
data?: {
[k: string]: unknown
}
stringData?: string
binaryData?: string
mode?: number
})
}
extraEnv?: ({
[k: string]: unknown
} | unknown[])
nodeSelector?: {
[k: string]: unknown
}
extraTolerations?: unknown[]
extraNodeAffinity?: {
required?: unknown[]
preferred?: unknown[]
}
extraPodAffinity?: {
required?: unknown[]
preferred?: unknown[]
}
extraPodAntiAffinity?: {
required?: unknown[]
preferred?: unknown[]
}
cloudMetadata?: {
blockWithIptables: boolean
ip: string
}
cmd?: (unknown[] | string | null)
defaultUrl?: (string | null)
events?: (boolean | null)
extraAnnotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
extraContainers?: unknown[]
extraLabels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
extraPodConfig?: {
[k: string]: unknown
}
extraResource?: {
guarantees?: {
[k: string]: unknown
}
limits?: {
[k: string]: unknown
}
}
fsGid?: (number | null)
lifecycleHooks?: {
postStart?: {
[k: string]: unknown
}
preStop?: {
[k: string]: unknown
}
}
networkTools?: {
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
resources?: {
[k: string]: unknown
}
}
serviceAccountName?: (string | null)
startTimeout?: (number | null)
storage?: {
capacity?: (string | null)
dynamic?: {
pvcNameTemplate?: (string | null)
storageAccessModes?: (string | null)[]
storageClass?: (string | null)
subPath?: (string | null)
volumeNameTemplate?: (string | null)
}
extraLabels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
extraVolumeMounts?: ({

} | unknown[] | null)
extraVolumes?: ({

} | unknown[] | null)
homeMountPath: string
static?: {
pvcName?: (string | null)
subPath?: (string | null)
}
type: ("dynamic" | "static" | "none")
}
allowPrivilegeEscalation?: (boolean | null)
uid?: (number | null)
}
scheduling?: {
userScheduler?: {
enabled: boolean
revisionHistoryLimit?: (number | null)
replicas?: number
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
pdb?: {
enabled?: boolean
maxUnavailable?: (number | null)
minAvailable?: (number | null)
}
nodeSelector?: {
[k: string]: unknown
}
tolerations?: unknown[]
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
containerSecurityContext?: {
[k: string]: unknown
}
logLevel: number
plugins: {
[k: string]: unknown
}
pluginConfig: unknown[]
resources?: {
[k: string]: unknown
}
serviceAccount?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
extraPodSpec?: {
[k: string]: unknown
}
}
podPriority?: {
enabled?: boolean
globalDefault?: boolean
defaultPriority?: number
imagePullerPriority?: number
userPlaceholderPriority?: number
}
userPlaceholder?: {
enabled?: boolean
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
revisionHistoryLimit?: (number | null)
replicas?: number
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
resources?: {
[k: string]: unknown
}
containerSecurityContext?: {
[k: string]: unknown
}
extraPodSpec?: {
[k: string]: unknown
}
}
corePods?: {
tolerations?: unknown[]
nodeAffinity?: {
matchNodePurpose?: ("ignore" | "prefer" | "require")
}
}
userPods?: {
tolerations?: unknown[]
nodeAffinity?: {
matchNodePurpose?: ("ignore" | "prefer" | "require")
}
}
}
ingress: {
enabled: boolean
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
ingressClassName?: (string | null)
hosts?: unknown[]
pathSuffix?: (string | null)
pathType?: ("Prefix" | "Exact" | "ImplementationSpecific")
tls?: unknown[]
extraPaths?: unknown[]
}
httpRoute?: {
enabled: boolean
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
hostnames?: unknown[]
gateway?: {
name: string
namespace?: string
sectionName?: string
}
}
prePuller: {
revisionHistoryLimit?: (number | null)
labels?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
resources?: {
[k: string]: unknown
}
extraTolerations?: unknown[]
hook: {
enabled: boolean
pullOnlyOnChanges?: boolean
podSchedulingWaitDuration?: number
nodeSelector?: {
[k: string]: unknown
}
tolerations?: unknown[]
containerSecurityContext?: {
[k: string]: unknown
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
resources?: {
[k: string]: unknown
}
serviceAccount?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
serviceAccountImagePuller?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
daemonsetAnnotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
continuous: {
enabled: boolean
serviceAccount?: {
create: boolean
name?: (string | null)
annotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
daemonsetAnnotations?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: string
}
}
pullProfileListImages?: boolean
extraImages?: {
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` ".*".
 */
[k: string]: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
}
}
containerSecurityContext?: {
[k: string]: unknown
}
pause?: {
containerSecurityContext?: {
[k: string]: unknown
}
image?: {
name: string
tag: string
pullPolicy?: (null | "" | "IfNotPresent" | "Always" | "Never")
pullSecrets?: unknown[]
}
}
}
custom: {
[k: string]: unknown
}
cull: {
enabled: boolean
users?: (boolean | null)
adminUsers?: (boolean | null)
removeNamedServers?: (boolean | null)
timeout?: (number | null)
every?: (number | null)
concurrency?: (number | null)
maxAge?: (number | null)
}
debug: {
enabled: boolean
}
rbac: {
enabled?: boolean
create: boolean
}
global: {
safeToShowValues?: boolean
[k: string]: unknown
}
}
