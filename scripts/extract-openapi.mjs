#!/usr/bin/env node
// Extracts, from GitHub's published OpenAPI description (npm package
// `@octokit/openapi`, file generated/api.github.com.json), the response
// schemas of exactly the operations the local GitHub stand-in serves, with
// their $ref closure, into test/support/github/openapi/schemas.json.
//
// The package is ~385 MB unpacked, so it is not a dependency: install it in a
// scratch directory and point this script at it:
//
//   dir=$(mktemp -d) && (cd "$dir" && npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz)
//   node scripts/extract-openapi.mjs "$dir/package"
//
// The stand-in's schema test fails when it serves a route missing here, so
// adding a route means adding it to OPERATIONS and re-running this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPERATIONS = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'POST /repos/{owner}/{repo}/git/blobs',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'PUT /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'GET /orgs/{org}/teams/{team_slug}/members',
  'GET /repos/{owner}/{repo}/collaborators',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'PUT /repos/{owner}/{repo}/collaborators/{username}',
  'DELETE /repos/{owner}/{repo}/collaborators/{username}',
  'GET /repos/{owner}/{repo}/invitations',
  'DELETE /repos/{owner}/{repo}/invitations/{invitation_id}',
  'GET /repos/{owner}/{repo}/codeowners/errors',
  'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
  'GET /repos/{owner}/{repo}/actions/permissions/workflow',
  'GET /repos/{owner}/{repo}/environments/{environment_name}',
  'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}',
];

// Annotations only: dropping them keeps the committed file small without
// changing what a validator accepts.
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'summary']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMA_PREFIX = '#/components/schemas/';

function resolveRef(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`dangling $ref: ${ref}`);
  return node;
}

/** Copies a schema without annotations, collecting the component schemas it references. */
function strip(schema, refs) {
  if (Array.isArray(schema)) return schema.map((s) => strip(s, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref') {
      if (!value.startsWith(SCHEMA_PREFIX)) throw new Error(`unexpected $ref ${value}`);
      refs.add(value.slice(SCHEMA_PREFIX.length));
      out[key] = value;
    } else if (SCHEMA_MAPS.has(key)) {
      // Keys of these maps are property names (one may be called "description"), not keywords.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, strip(s, refs)]));
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
    } else {
      out[key] = strip(value, refs);
    }
  }
  return out;
}

export function extract(doc, operations = OPERATIONS) {
  const refs = new Set();
  const ops = {};
  for (const op of operations) {
    const [method, path] = op.split(' ');
    const operation = doc.paths[path]?.[method.toLowerCase()];
    if (operation === undefined) throw new Error(`operation not in the description: ${op}`);
    const responses = {};
    for (const [status, raw] of Object.entries(operation.responses)) {
      const response = raw.$ref !== undefined ? resolveRef(doc, raw.$ref) : raw;
      const schema = response.content?.['application/json']?.schema;
      // null = documented without a JSON body (204, or an error GitHub describes only in prose).
      responses[status] = schema === undefined ? null : strip(schema, refs);
    }
    ops[op] = { operationId: operation.operationId, responses };
  }
  const schemas = {};
  const queue = [...refs];
  while (queue.length > 0) {
    const name = queue.pop();
    if (name in schemas) continue;
    const found = new Set();
    schemas[name] = strip(resolveRef(doc, SCHEMA_PREFIX + name), found);
    for (const f of found) if (!(f in schemas)) queue.push(f);
  }
  const sorted = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((k) => [k, schemas[k]]),
  );
  return { operations: ops, components: { schemas: sorted } };
}

/** JSON with one line per operation and per schema: small, yet a re-extraction diffs readably. */
function layout(value, depth, indent = '') {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  const lines = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, depth - 1, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function main() {
  const pkgDir = process.argv[2];
  if (pkgDir === undefined) {
    console.error('usage: node scripts/extract-openapi.mjs <path to the unpacked @octokit/openapi package>');
    process.exit(2);
  }
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (pkg.name !== '@octokit/openapi') throw new Error(`not @octokit/openapi: ${pkg.name}`);
  const file = 'generated/api.github.com.json';
  const doc = JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
  const out = {
    source: { package: pkg.name, version: pkg.version, file, openapi: doc.openapi, apiVersion: doc.info.version },
    ...extract(doc),
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const target = resolve(here, '../test/support/github/openapi/schemas.json');
  writeFileSync(target, `${layout(out, 3)}\n`);
  console.log(
    `wrote ${target}: ${Object.keys(out.operations).length} operations, ` + `${Object.keys(out.components.schemas).length} schemas, ${pkg.name}@${pkg.version}`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
