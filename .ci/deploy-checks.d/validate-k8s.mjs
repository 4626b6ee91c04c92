// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`) for .ci/deploy-checks:
//  1. every object against the Kubernetes API schemas of the npm package kubernetes-models (required fields,
//     types, enums, formats; its schemas let unknown fields through);
//  2. what Lede's deployment promises: probes on /q/health/*, requests and limits, non-root, read-only root
//     filesystem with a writable /tmp, no capabilities, topology spread, rolling updates without unavailability,
//     and that the Service, autoscaler, disruption budget, network policy and config references all find
//     their targets in the same render.
// Usage: node validate-k8s.mjs [--external-secret NAME]... [--schema-only] FILE...
// Exits 1 with one line per problem.
import fs from 'node:fs';
import yaml from 'js-yaml';

const args = process.argv.slice(2);
const externalSecrets = new Set();
let schemaOnly = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--external-secret') externalSecrets.add(args[++i]);
  else if (args[i] === '--schema-only') schemaOnly = true;
  else files.push(args[i]);
}

const problems = [];
const problem = (file, what) => problems.push(`${file}: ${what}`);

async function modelFor(apiVersion, kind) {
  const module = `kubernetes-models/${apiVersion}/${kind}`;
  try {
    return (await import(module))[kind];
  } catch (e) {
    return null;
  }
}

const matches = (selector, labels) =>
  selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkLede(file, objects) {
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  for (const kind of ['Deployment', 'Service', 'ConfigMap', 'HorizontalPodAutoscaler', 'PodDisruptionBudget',
    'NetworkPolicy', 'ServiceAccount']) {
    if (!objects.some((o) => o.kind === kind && o.metadata?.labels?.['app.kubernetes.io/name'] === 'lede')) {
      problem(file, `no ${kind} for lede`);
    }
  }
  const deployment = byKind('Deployment').find((d) => d.metadata.name === 'lede');
  if (!deployment) return;
  const where = `Deployment ${deployment.metadata.name}`;
  const spec = deployment.spec;
  const pod = spec.template.spec;
  const podLabels = spec.template.metadata?.labels ?? {};

  if (!matches(spec.selector?.matchLabels, podLabels)) problem(file, `${where}: selector does not match its pods`);
  if (spec.replicas !== undefined) problem(file, `${where}: sets replicas, which the autoscaler owns`);
  if (spec.strategy?.type !== 'RollingUpdate' || spec.strategy?.rollingUpdate?.maxUnavailable !== 0) {
    problem(file, `${where}: not a RollingUpdate with maxUnavailable 0`);
  }
  if (pod.securityContext?.runAsNonRoot !== true) problem(file, `${where}: pod securityContext.runAsNonRoot not true`);
  if (!(pod.securityContext?.runAsUser > 0)) problem(file, `${where}: pod runs without a non-zero runAsUser`);
  const spread = pod.topologySpreadConstraints ?? [];
  if (spread.length === 0) problem(file, `${where}: no topologySpreadConstraints`);
  for (const c of spread) {
    if (!matches(c.labelSelector?.matchLabels, podLabels)) {
      problem(file, `${where}: topology spread on ${c.topologyKey} does not select its own pods`);
    }
  }

  const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
  const containers = [...(pod.initContainers ?? []), ...pod.containers];
  for (const c of containers) {
    const cw = `${where} container ${c.name}`;
    for (const part of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (!c.resources?.[part]?.[resource]) problem(file, `${cw}: no ${part}.${resource}`);
      }
    }
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) problem(file, `${cw}: root filesystem not read-only`);
    if (sc.allowPrivilegeEscalation !== false) problem(file, `${cw}: allowPrivilegeEscalation not false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problem(file, `${cw}: capabilities not dropped (ALL)`);
    if (sc.runAsUser === 0) problem(file, `${cw}: runs as root`);
    for (const m of c.volumeMounts ?? []) {
      if (!volumes.has(m.name)) problem(file, `${cw}: mounts undefined volume ${m.name}`);
    }
    for (const source of c.envFrom ?? []) {
      const cm = source.configMapRef?.name;
      const secret = source.secretRef?.name;
      if (cm && !named('ConfigMap', cm)) problem(file, `${cw}: ConfigMap ${cm} is not in the render`);
      if (secret && !named('Secret', secret) && !externalSecrets.has(secret)) {
        problem(file, `${cw}: Secret ${secret} is neither in the render nor declared external`);
      }
    }
  }

  const main = pod.containers.find((c) => c.name === 'lede');
  if (!main) {
    problem(file, `${where}: no container named lede`);
    return;
  }
  const ports = new Map((main.ports ?? []).map((p) => [p.name, p.containerPort]));
  if (ports.get('http') !== 8080) problem(file, `${where}: no port "http" on 8080`);
  const probes = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };
  for (const [probe, path] of Object.entries(probes)) {
    const get = main[probe]?.httpGet;
    if (get?.path !== path || !(get.port === 'http' || get.port === 8080)) {
      problem(file, `${where}: ${probe} is not an HTTP GET of ${path} on port http`);
    }
  }
  const tmp = (main.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
  if (!tmp || !volumes.get(tmp.name)?.emptyDir) problem(file, `${where}: /tmp is not a writable emptyDir`);

  for (const service of byKind('Service').filter((s) => s.metadata.name === 'lede')) {
    if (!matches(service.spec.selector, podLabels)) problem(file, `Service lede: selector does not match the pods`);
    for (const p of service.spec.ports) {
      if (typeof p.targetPort === 'string' && !ports.has(p.targetPort)) {
        problem(file, `Service lede: targetPort ${p.targetPort} is not a port of the container`);
      }
    }
  }
  for (const hpa of byKind('HorizontalPodAutoscaler')) {
    const ref = hpa.spec.scaleTargetRef;
    if (!named(ref.kind, ref.name)) problem(file, `HorizontalPodAutoscaler ${hpa.metadata.name}: target ${ref.kind} ${ref.name} not in the render`);
    if (!(hpa.spec.minReplicas >= 1 && hpa.spec.maxReplicas >= hpa.spec.minReplicas)) {
      problem(file, `HorizontalPodAutoscaler ${hpa.metadata.name}: bad replica range`);
    }
  }
  for (const pdb of byKind('PodDisruptionBudget')) {
    if (pdb.metadata.name === 'lede' && !matches(pdb.spec.selector?.matchLabels, podLabels)) {
      problem(file, `PodDisruptionBudget lede: selector does not match the pods`);
    }
  }
  const policy = byKind('NetworkPolicy').find((n) => n.metadata.name === 'lede');
  if (policy && !matches(policy.spec.podSelector?.matchLabels, podLabels)) {
    problem(file, `NetworkPolicy lede: does not select the pods`);
  }
  if (policy && !(policy.spec.ingress ?? []).some((rule) => (rule.ports ?? []).some((p) => p.port === 8080))) {
    problem(file, `NetworkPolicy lede: does not admit port 8080`);
  }
  // Every secretKeyRef (the dev backends read Lede's credentials) must name a key the Secret has.
  for (const o of objects) {
    const template = o.spec?.template?.spec;
    for (const c of [...(template?.initContainers ?? []), ...(template?.containers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (!ref) continue;
        const secret = named('Secret', ref.name);
        const keys = { ...(secret?.data ?? {}), ...(secret?.stringData ?? {}) };
        if (secret && !(ref.key in keys)) problem(file, `${o.kind} ${o.metadata.name}: Secret ${ref.name} has no key ${ref.key}`);
        if (!secret && !externalSecrets.has(ref.name)) problem(file, `${o.kind} ${o.metadata.name}: Secret ${ref.name} not found`);
      }
    }
  }
}

for (const file of files) {
  const objects = yaml.loadAll(fs.readFileSync(file, 'utf8')).filter((o) => o);
  if (objects.length === 0) problem(file, 'no objects');
  const kinds = [];
  for (const object of objects) {
    const label = `${object.kind} ${object.metadata?.name}`;
    const Model = await modelFor(object.apiVersion, object.kind);
    if (!Model) {
      problem(file, `${label}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      problem(file, `${label}: ${e.message}`);
    }
    kinds.push(object.kind);
  }
  if (!schemaOnly) checkLede(file, objects);
  console.log(`${file}: ${objects.length} objects (${kinds.join(', ')})`);
}
if (problems.length > 0) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
