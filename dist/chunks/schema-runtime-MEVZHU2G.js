import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  access_request_schema_default,
  identities_schema_default,
  makeSchemaRegistry,
  profile_schema_default,
  targets_schema_default
} from "./chunk-ZWFMTUKX.js";
import {
  BUILTIN_DESCRIPTORS
} from "./chunk-CHRPGCSH.js";
import "./chunk-TYXZ63QX.js";
import "./chunk-LN4ZPE77.js";
import "./chunk-LFKFPCZ5.js";
import "./chunk-HWR3SQBC.js";
import "./chunk-LH5SSG73.js";
import "./chunk-VNHDUT7F.js";
import "./chunk-FUNTORUL.js";
import "./chunk-VIPNLK4T.js";
import "./chunk-CHWKIGL4.js";
import "./chunk-YRJDIPLM.js";
import "./chunk-QW3YBL2B.js";
import "./chunk-5PK7Z5FH.js";

// src/providers/schema-assembly.ts
var PUBLISHED = { request: access_request_schema_default, profile: profile_schema_default, targets: targets_schema_default, identities: identities_schema_default };
function clone(value) {
  return JSON.parse(JSON.stringify(value));
}
function objectAt(node, ...path) {
  let at = node;
  for (const key of path) {
    if (typeof at !== "object" || at === null || Array.isArray(at)) throw new Error(`schema frame: no object at ${path.join("/")}`);
    at = at[key];
  }
  if (typeof at !== "object" || at === null || Array.isArray(at)) throw new Error(`schema frame: no object at ${path.join("/")}`);
  return at;
}
var ref = (name) => ({ $ref: `#/$defs/${name}` });
function defs(schema) {
  return objectAt(schema, "$defs");
}
function putDef(schema, name, value, who) {
  const all = defs(schema);
  if (Object.hasOwn(all, name) && JSON.stringify(all[name]) !== JSON.stringify(value)) {
    throw new Error(`schema assembly: ${who} declares $defs/${name} unlike an earlier provider`);
  }
  all[name] = clone(value);
}
function frame() {
  const out = clone(PUBLISHED);
  for (const d of BUILTIN_DESCRIPTORS) {
    delete defs(out.targets)[`${d.id}Target`];
    for (const name of Object.keys(d.schema.defs?.targets ?? {})) delete defs(out.targets)[name];
    const field = d.principal.identityField;
    if (field !== void 0) delete objectAt(out.identities, "$defs", "identity", "properties")[field];
    for (const kind of d.kinds) {
      delete defs(out.request)[`${kind.name}Grant`];
      delete defs(out.profile)[`${kind.name}Spec`];
    }
    for (const name of Object.keys(d.schema.defs?.request ?? {})) delete defs(out.request)[name];
    for (const name of Object.keys(d.schema.defs?.profile ?? {})) delete defs(out.profile)[name];
    for (const key of Object.keys(d.schema.allowKeys)) delete objectAt(out.profile, "$defs", "allowRule", "properties")[key];
  }
  return out;
}
function assembleSchemas(descriptors) {
  const out = frame();
  const targetRefs = [];
  const grantRefs = [];
  const specRefs = [];
  const seenKinds = /* @__PURE__ */ new Set();
  const allowProps = objectAt(out.profile, "$defs", "allowRule", "properties");
  const identityProps = objectAt(out.identities, "$defs", "identity", "properties");
  for (const d of descriptors) {
    putDef(out.targets, `${d.id}Target`, d.schema.target, d.id);
    targetRefs.push(ref(`${d.id}Target`));
    for (const [name, value] of Object.entries(d.schema.defs?.targets ?? {})) putDef(out.targets, name, value, d.id);
    for (const [name, value] of Object.entries(d.schema.defs?.request ?? {})) putDef(out.request, name, value, d.id);
    for (const [name, value] of Object.entries(d.schema.defs?.profile ?? {})) putDef(out.profile, name, value, d.id);
    const field = d.principal.identityField;
    if (field !== void 0 && d.principal.identitySchema !== void 0) {
      if (Object.hasOwn(identityProps, field) && JSON.stringify(identityProps[field]) !== JSON.stringify(d.principal.identitySchema)) {
        throw new Error(`schema assembly: ${d.id} declares identity field ${field} unlike an earlier provider`);
      }
      identityProps[field] = clone(d.principal.identitySchema);
    }
    for (const [key, value] of Object.entries(d.schema.allowKeys)) {
      if (Object.hasOwn(allowProps, key) && JSON.stringify(allowProps[key]) !== JSON.stringify(value)) {
        throw new Error(`schema assembly: ${d.id} declares allow key ${key} unlike an earlier provider`);
      }
      allowProps[key] = clone(value);
    }
    for (const kind of d.kinds) {
      putDef(out.request, `${kind.name}Grant`, kind.requestSchema, d.id);
      putDef(out.profile, `${kind.name}Spec`, kind.bundleSchema, d.id);
      if (seenKinds.has(kind.name)) continue;
      seenKinds.add(kind.name);
      grantRefs.push(ref(`${kind.name}Grant`));
      specRefs.push(ref(`${kind.name}Spec`));
    }
  }
  objectAt(out.targets, "properties", "targets", "additionalProperties")["oneOf"] = targetRefs;
  objectAt(out.request, "properties", "grants", "items")["oneOf"] = [...grantRefs, ref("bundleGrant")];
  objectAt(out.profile, "$defs", "bundle", "properties", "grants", "items")["oneOf"] = specRefs;
  return out;
}
function providerBranches(descriptors) {
  const out = {};
  for (const d of descriptors) {
    out[`${d.id}Target`] = { key: "provider", value: d.id };
    for (const kind of d.kinds) {
      out[`${kind.name}Grant`] = { key: kind.name };
      out[`${kind.name}Spec`] = { key: kind.name };
    }
  }
  return out;
}

// src/providers/schema-runtime.ts
var AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  ownProperties: true,
  verbose: true,
  messages: false
};
function oneOfBranches(node, found = /* @__PURE__ */ new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) oneOfBranches(item, found);
  } else if (typeof node === "object" && node !== null) {
    const oneOf = node.oneOf;
    for (const branch of Array.isArray(oneOf) ? oneOf : []) {
      const m = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(typeof branch === "object" && branch !== null && typeof branch.$ref === "string" ? branch.$ref : "");
      if (m?.[1] !== void 0) found.add(m[1]);
    }
    for (const value of Object.values(node)) oneOfBranches(value, found);
  }
  return found;
}
async function compileSchemas(descriptors) {
  const { Ajv2020 } = await import("./2020-4BP2OZMD.js");
  const schemas = assembleSchemas(descriptors);
  const ajv = new Ajv2020(AJV_OPTIONS);
  const validators = {};
  const branches = {};
  for (const [kind, schema] of Object.entries(schemas)) {
    ajv.addSchema(schema);
    const id = String(schema["$id"]);
    const whole = ajv.getSchema(id);
    if (whole === void 0) throw new Error(`no schema at ${id}`);
    validators[kind] = whole;
    for (const def of oneOfBranches(schema)) {
      const fn = ajv.getSchema(`${id}#/$defs/${def}`);
      if (fn !== void 0) branches[`${kind}:${def}`] = fn;
    }
  }
  const { request, profile, targets, identities } = validators;
  if (request === void 0 || profile === void 0 || targets === void 0 || identities === void 0) throw new Error("a schema did not compile");
  return makeSchemaRegistry(schemas, { validators: { request, profile, targets, identities }, branches }, providerBranches(descriptors));
}
export {
  compileSchemas
};
