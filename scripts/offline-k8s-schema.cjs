// Preloaded into `cdk8s import` (see scripts/import-bindings.sh). The cdk8s CLI downloads the Kubernetes
// definitions from GitHub, which this project's machines cannot reach; the very same files are in
// ../shared/schemas/kubernetes (or wherever K8S_SCHEMA_DIR points), so answer the download from disk.
const fs = require('node:fs');
const path = require('node:path');
// The CLI's package exports hide lib/, so reach the module by file path (same instance the CLI uses).
const cliRoot = path.dirname(require.resolve('cdk8s-cli/package.json'));
const util = require(path.join(cliRoot, 'lib', 'util.js'));

const schemaDir = process.env.K8S_SCHEMA_DIR;
const pattern = /\/kubernetes-schemas\/(v[0-9.]+)\/_definitions\.json$/;
const download = util.download;

util.download = async (url) => {
  const match = pattern.exec(url);
  if (!match) return download(url);
  const file = path.join(schemaDir, `${match[1]}.json`);
  if (!fs.existsSync(file)) {
    throw new Error(`no Kubernetes schema ${file}; see imports/README.md for where to get it`);
  }
  return fs.readFileSync(file, 'utf8');
};
