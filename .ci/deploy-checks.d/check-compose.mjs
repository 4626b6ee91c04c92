// Checks the output of `docker-compose config` (docker-compose.yml with .env.example) for .ci/deploy-checks:
// Elasticsearch 9 and PostgreSQL 17 with health checks, Lede built from src/main/docker/Dockerfile.jvm for the
// same major version of Elasticsearch, started only once both are healthy, hardened like in Kubernetes, data in
// named volumes, credentials consistent between the services.
// Usage: node check-compose.mjs RENDERED_CONFIG DOCKERFILE [HEALTHCHECK_OUT]
// Writes Lede's health check command (JSON array) to HEALTHCHECK_OUT, for the image check to run it for real.
import fs from 'node:fs';
import yaml from 'js-yaml';

const [renderedFile, dockerfile, healthcheckOut] = process.argv.slice(2);
const config = yaml.load(fs.readFileSync(renderedFile, 'utf8'));
const stages = [...fs.readFileSync(dockerfile, 'utf8').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);
const problems = [];
const expect = (ok, what) => { if (!ok) problems.push(what); };

const services = config.services ?? {};
for (const name of ['elasticsearch', 'postgres', 'lede']) {
  expect(services[name], `no service ${name}`);
  expect(services[name]?.healthcheck?.test, `service ${name} has no health check`);
}
const es = services.elasticsearch ?? {};
const pg = services.postgres ?? {};
const lede = services.lede ?? {};
const esMajor = (es.image ?? '').match(/elasticsearch:(\d+)\./)?.[1];
expect(esMajor === '9', `elasticsearch image is not Elasticsearch 9: ${es.image}`);
expect(/postgres:17/.test(pg.image ?? ''), `postgres image is not PostgreSQL 17: ${pg.image}`);
expect(es.environment?.['discovery.type'] === 'single-node', 'elasticsearch is not single-node');
expect(es.environment?.ELASTIC_PASSWORD, 'elasticsearch has no password');

expect(lede.build?.dockerfile === 'src/main/docker/Dockerfile.jvm', `lede is not built from src/main/docker/Dockerfile.jvm`);
expect(stages.includes(lede.build?.target), `lede's build target ${lede.build?.target} is not a stage of the Dockerfile (${stages})`);
const searchVersion = String(lede.build?.args?.SEARCH_VERSION ?? '');
expect(searchVersion.split('.')[0] === esMajor, `lede is built for "${searchVersion}", the cluster is Elasticsearch ${esMajor}`);
for (const dep of ['elasticsearch', 'postgres']) {
  expect(lede.depends_on?.[dep]?.condition === 'service_healthy', `lede does not wait for ${dep} to be healthy`);
}
const env = lede.environment ?? {};
expect(env.QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS === 'elasticsearch:9200', 'lede does not point at elasticsearch:9200');
expect(env.QUARKUS_DATASOURCE_JDBC_URL === 'jdbc:postgresql://postgres:5432/lede', 'lede does not point at postgres');
expect(env.QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_PASSWORD === es.environment?.ELASTIC_PASSWORD, 'lede and elasticsearch disagree on the password');
expect(env.QUARKUS_DATASOURCE_PASSWORD === pg.environment?.POSTGRES_PASSWORD, 'lede and postgres disagree on the password');
expect(env.QUARKUS_DATASOURCE_USERNAME === pg.environment?.POSTGRES_USER, 'lede and postgres disagree on the user');
expect((lede.ports ?? []).some((p) => Number(p.target ?? String(p).split(':').pop()) === 8080), 'lede does not publish 8080');
expect(lede.read_only === true, 'lede root filesystem is not read-only');
expect((lede.tmpfs ?? []).some((t) => String(t).startsWith('/tmp')), 'lede has no tmpfs /tmp');
expect((lede.cap_drop ?? []).includes('ALL'), 'lede keeps capabilities');

const declared = new Set(Object.keys(config.volumes ?? {}));
for (const [name, service] of Object.entries(services)) {
  for (const v of service.volumes ?? []) {
    const source = typeof v === 'string' ? v.split(':')[0] : v.source;
    expect(declared.has(source), `service ${name} mounts ${source}, which is not a named volume`);
  }
}
expect(declared.size >= 2, 'fewer than two named volumes');

if (healthcheckOut) fs.writeFileSync(healthcheckOut, JSON.stringify(lede.healthcheck?.test ?? []));
if (problems.length > 0) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  process.exit(1);
}
console.log(`docker-compose.yml: ${Object.keys(services).join(', ')}; volumes ${[...declared].join(', ')}; lede built for ${searchVersion}, waits for healthy backends`);
