import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  matches
} from "./chunk-YRJDIPLM.js";
import {
  diagnostic,
  failed,
  ok
} from "./chunk-LN4ZPE77.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5PK7Z5FH.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives2 = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives2 = true;
        } else if (doc.directives.docStart)
          hasDirectives2 = true;
      }
      if (hasDirectives2)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives2)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/load/limits.ts
var REQUEST_MAX_BYTES = 64 * 1024;
var POLICY_MAX_BYTES = 256 * 1024;
var MAX_DEPTH = 32;
var MAX_MAPPING_KEYS = 1e3;
var MAX_NODES_REQUEST = 1e4;
var MAX_NODES_POLICY = 2e5;
var MAX_DIAGNOSTICS_PER_FILE = 50;
var MAX_REPO_FILES = 2e4;
var MAX_REPO_DEPTH = 8;

// src/load/paths.ts
var REQUESTS_DIR = "access-requests";
var POLICIES_DIR = "policies";
var TARGETS_PATH = "policies/targets.yaml";
var IDENTITIES_PATH = "policies/identities.yaml";
var SAFE_PATH = /^[A-Za-z0-9._/-]{1,300}$/;
var MAX_DISPLAY = 300;
function displayPath(path) {
  if (SAFE_PATH.test(path)) return path;
  let out = "";
  for (const byte of new TextEncoder().encode(path)) {
    const ch = String.fromCharCode(byte);
    out += byte < 128 && /[A-Za-z0-9._/-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    if (out.length > MAX_DISPLAY) return `${out.slice(0, MAX_DISPLAY)}...`;
  }
  return out;
}
function splitRepoPath(path) {
  if (path.length === 0 || path.length > 1024 || path.includes("\\") || path.includes("\0")) return void 0;
  const parts = path.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return void 0;
  return parts;
}
var PLACEHOLDERS = /* @__PURE__ */ new Set([`${REQUESTS_DIR}/.gitkeep`, `${REQUESTS_DIR}/README.md`, `${POLICIES_DIR}/.gitkeep`]);
function classifyPath(path) {
  const parts = splitRepoPath(path);
  const top = parts?.[0] ?? path.split("/")[0];
  if ((top === REQUESTS_DIR || top === POLICIES_DIR) && parts?.length === 2 && PLACEHOLDERS.has(`${top}/${parts[1] ?? ""}`)) return { role: "placeholder" };
  if (top === REQUESTS_DIR) {
    const id = parts?.length === 2 ? stem(parts[1]) : void 0;
    return id !== void 0 && matches("requestId", id) ? { role: "request", id } : { role: "bad-request-path" };
  }
  if (top === POLICIES_DIR) {
    if (path === TARGETS_PATH) return { role: "targets" };
    if (path === IDENTITIES_PATH) return { role: "identities" };
    const name = parts?.length === 2 ? stem(parts[1]) : void 0;
    return name !== void 0 && matches("name", name) ? { role: "profile", name } : { role: "bad-policy-path" };
  }
  return { role: "other" };
}
function stem(fileName) {
  if (fileName === void 0 || !fileName.endsWith(".yaml")) return void 0;
  return fileName.slice(0, -".yaml".length);
}

// src/load/pointer.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/load/source.ts
var FILE_START = { line: 1, column: 1 };
function positionAt(text, offset) {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

// src/load/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  strict: true,
  uniqueKeys: false,
  prettyErrors: false,
  intAsBigInt: false,
  logLevel: "silent"
};
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var DEFAULT_TAG_HANDLES = JSON.stringify({ "!!": "tag:yaml.org,2002:" });
var PARSER_CODES = {
  DUPLICATE_KEY: "E_YAML_DUPLICATE_KEY",
  TAG_RESOLVE_FAILED: "E_YAML_TAG",
  MULTIPLE_TAGS: "E_YAML_TAG",
  BAD_DIRECTIVE: "E_YAML_DIRECTIVE",
  MULTIPLE_DOCS: "E_YAML_MULTI_DOCUMENT",
  TAB_AS_INDENT: "E_TEXT_TAB",
  BAD_ALIAS: "E_YAML_ALIAS",
  ALIAS_PROPS: "E_YAML_ALIAS",
  MULTIPLE_ANCHORS: "E_YAML_ALIAS",
  NON_STRING_KEY: "E_YAML_KEY_NOT_STRING",
  // The library's own guard: composing ran out of stack on deep nesting.
  RESOURCE_EXHAUSTION: "E_YAML_TOO_DEEP"
};
var PARSER_MESSAGES = {
  E_YAML_DUPLICATE_KEY: "A mapping has the same key twice.",
  E_YAML_TAG: "Explicit YAML tags are not accepted.",
  E_YAML_DIRECTIVE: "YAML directives are not accepted.",
  E_YAML_MULTI_DOCUMENT: "The file holds more than one YAML document.",
  E_TEXT_TAB: "Tabs are not accepted.",
  E_YAML_ALIAS: "YAML anchors and aliases are not accepted.",
  E_YAML_KEY_NOT_STRING: "A mapping key is not text.",
  E_YAML_TOO_DEEP: `The YAML nests deeper than ${MAX_DEPTH} levels.`
};
var Abort = class extends Error {
};
function report(w, code, message, offset) {
  w.found.push(diagnostic(code, message, { file: w.file, pointer: "", position: positionAt(w.text, offset ?? 0) }));
  if (w.found.length >= MAX_DIAGNOSTICS_PER_FILE) throw new Abort();
}
function startOf(node) {
  const range = node?.range;
  return range?.[0];
}
function plainNode(w, node) {
  if ((0, import_yaml.isAlias)(node)) {
    report(w, "E_YAML_ALIAS", "YAML aliases (*name) are not accepted.", startOf(node));
    return false;
  }
  const props = node;
  let clean = true;
  if (typeof props?.anchor === "string") {
    report(w, "E_YAML_ALIAS", "YAML anchors (&name) are not accepted.", startOf(node));
    clean = false;
  }
  if (typeof props?.tag === "string") {
    report(w, "E_YAML_TAG", "Explicit YAML tags are not accepted.", startOf(node));
    clean = false;
  }
  return clean;
}
function buildMap(w, node, depth) {
  if (node.items.length > MAX_MAPPING_KEYS) {
    report(w, "E_YAML_TOO_MANY_KEYS", `A mapping has more than ${MAX_MAPPING_KEYS} keys.`, startOf(node));
    throw new Abort();
  }
  const out = /* @__PURE__ */ Object.create(null);
  for (const pair of node.items) {
    const key = pair.key;
    if (!(0, import_yaml.isScalar)(key) || typeof key.value !== "string") {
      if (key !== null && !(0, import_yaml.isAlias)(key)) plainNode(w, key);
      report(w, "E_YAML_KEY_NOT_STRING", "A mapping key is not text.", startOf(key) ?? startOf(node));
      continue;
    }
    if (!plainNode(w, key)) continue;
    const name = key.value;
    if (RESERVED_KEYS.has(name)) {
      report(w, "E_YAML_RESERVED_KEY", "A mapping uses a reserved key (__proto__, constructor or prototype).", startOf(key));
      continue;
    }
    if (Object.hasOwn(out, name)) {
      report(w, "E_YAML_DUPLICATE_KEY", "A mapping has the same key twice.", startOf(key));
      continue;
    }
    out[name] = build(w, pair.value, depth + 1);
  }
  return out;
}
function build(w, node, depth) {
  w.nodes += 1;
  if (w.nodes > w.maxNodes) {
    report(w, "E_YAML_TOO_LARGE", `The file has more than ${w.maxNodes} values.`, startOf(node));
    throw new Abort();
  }
  if (depth > MAX_DEPTH) {
    report(w, "E_YAML_TOO_DEEP", `The YAML nests deeper than ${MAX_DEPTH} levels.`, startOf(node));
    throw new Abort();
  }
  if (node === null || node === void 0) return null;
  if (!plainNode(w, node)) return null;
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
  }
  if ((0, import_yaml.isSeq)(node)) return node.items.map((item) => build(w, item, depth + 1));
  if ((0, import_yaml.isMap)(node)) return buildMap(w, node, depth);
  report(w, "E_YAML_SYNTAX", "The YAML has a node Grantbook does not read.", startOf(node));
  return null;
}
function parserDiagnostics(doc, file, text) {
  const problems = [...doc.errors, ...doc.warnings];
  const exhausted = problems.find((e) => e.code === "RESOURCE_EXHAUSTION");
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of exhausted === void 0 ? problems : [exhausted]) {
    const code = PARSER_CODES[e.code] ?? (e.name === "YAMLWarning" ? "E_YAML_WARNING" : "E_YAML_SYNTAX");
    const message = PARSER_MESSAGES[code] ?? `The YAML parser refused the file here (${e.code}).`;
    const key = `${code}:${e.pos[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic(code, message, { file, pointer: "", position: positionAt(text, e.pos[0]) }));
    if (out.length >= MAX_DIAGNOSTICS_PER_FILE) break;
  }
  return out;
}
function hasDirectives(doc) {
  const d = doc.directives;
  return d !== void 0 && (d.yaml.explicit === true || JSON.stringify(d.tags) !== DEFAULT_TAG_HANDLES);
}
function parseStrictYaml(text, file, maxNodes) {
  const at = (offset) => ({ file, pointer: "", position: positionAt(text, offset ?? 0) });
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, YAML_OPTIONS);
  } catch (error) {
    if (error instanceof RangeError) {
      return failed([diagnostic("E_YAML_TOO_DEEP", `The YAML nests deeper than ${MAX_DEPTH} levels.`, { file, pointer: "", position: FILE_START })]);
    }
    throw error;
  }
  const doc = docs[0];
  if (doc === void 0) return failed([diagnostic("E_YAML_EMPTY", "The file holds no YAML document.", at(0))]);
  if (docs.length > 1) {
    return failed([diagnostic("E_YAML_MULTI_DOCUMENT", "The file holds more than one YAML document.", at(startOf(docs[1])))]);
  }
  if (hasDirectives(doc)) {
    return failed([diagnostic("E_YAML_DIRECTIVE", "YAML directives (%YAML, %TAG) are not accepted.", at(0))]);
  }
  const parserProblems = parserDiagnostics(doc, file, text);
  if (parserProblems.length > 0) return failed(parserProblems);
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null && root.tag === void 0 && root.anchor === void 0) {
    return failed([diagnostic("E_YAML_EMPTY", "The file holds no YAML document.", at(startOf(root) ?? 0))]);
  }
  if (!(0, import_yaml.isMap)(root)) {
    return failed([diagnostic("E_YAML_TOP_LEVEL", "The document is not a mapping of fields.", at(startOf(root)))]);
  }
  const walk = { file, text, maxNodes, nodes: 0, found: [] };
  let value = null;
  try {
    value = build(walk, root, 1);
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
  }
  if (walk.found.length > 0 || !isMapping(value)) return failed(walk.found);
  return ok({ doc, value });
}

// src/load/pointer.ts
function pointerSegments(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return void 0;
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function joinPointer(base, ...segments) {
  return base + segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function startOf2(node) {
  const range = node?.range;
  return range?.[0];
}
function isEmptyScalar(node) {
  return (0, import_yaml2.isScalar)(node) && node.value === null && node.source === "";
}
function offsetsAt(doc, pointer) {
  let node = doc.contents;
  let best = startOf2(node) ?? 0;
  let key;
  const segments = pointerSegments(pointer);
  if (segments === void 0) return { value: best, exact: false };
  for (const segment of segments) {
    let next;
    let nextKey;
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === segment);
      if (pair === void 0) return { value: best, ...key !== void 0 ? { key } : {}, exact: false };
      next = pair.value;
      nextKey = startOf2(pair.key);
    } else if ((0, import_yaml2.isSeq)(node) && /^(?:0|[1-9][0-9]*)$/.test(segment)) {
      next = node.items[Number(segment)];
      if (next === void 0) return { value: best, exact: false };
      nextKey = void 0;
    } else {
      return { value: best, exact: false };
    }
    node = next;
    key = nextKey;
    const start = isEmptyScalar(node) ? void 0 : startOf2(node);
    best = start ?? nextKey ?? best;
  }
  return { value: best, ...key !== void 0 ? { key } : {}, exact: true };
}
function positionOf(doc, text, pointer, part = "value") {
  const hit = offsetsAt(doc, pointer);
  return positionAt(text, part === "key" ? hit.key ?? hit.value : hit.value);
}
function lazyLocate(text) {
  let doc;
  return (pointer) => {
    doc ??= (0, import_yaml2.parseAllDocuments)(text, YAML_OPTIONS)[0];
    return doc === void 0 ? void 0 : positionOf(doc, text, pointer);
  };
}

// schemas/access-request.schema.json
var access_request_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/access-request.schema.json",
  title: "Grantbook access request",
  description: "One file per request: access-requests/<id>.yaml. The id is the file name.",
  type: "object",
  additionalProperties: false,
  required: ["requester", "profile", "grants"],
  properties: {
    requester: { $ref: "#/$defs/login", description: "GitHub login of the person who needs access; must be the pull request author." },
    profile: { $ref: "#/$defs/name", description: "Profile name: policies/<profile>.yaml." },
    duration: { $ref: "#/$defs/duration", description: "How long the grant lasts once applied, e.g. 15m, 2h, 3d. Optional only if the profile has duration.default." },
    reason: { type: "string", minLength: 1, maxLength: 1e3, description: "Why the access is needed." },
    ticket: { $ref: "#/$defs/ticket", description: "Incident or change ticket, e.g. INC-4211." },
    extends: { $ref: "#/$defs/requestId", description: "Id of an earlier request this one extends (needs fresh approval)." },
    grants: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      description: "What to grant; each item is exactly one of a table, team, repo or bundle grant.",
      items: {
        oneOf: [
          { $ref: "#/$defs/tableGrant" },
          { $ref: "#/$defs/teamGrant" },
          { $ref: "#/$defs/repoGrant" },
          { $ref: "#/$defs/bundleGrant" }
        ]
      }
    }
  },
  $defs: {
    tableGrant: {
      type: "object",
      description: "Privileges on a PostgreSQL table, optionally limited to columns.",
      additionalProperties: false,
      required: ["target", "privileges", "table"],
      properties: {
        target: { $ref: "#/$defs/name" },
        privileges: { $ref: "#/$defs/privileges" },
        table: { $ref: "#/$defs/qualifiedTable" },
        columns: { $ref: "#/$defs/columns" },
        rows: { $ref: "#/$defs/rows" },
        masked: { $ref: "#/$defs/masked" }
      }
    },
    rows: {
      type: "object",
      description: "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.",
      minProperties: 1,
      maxProperties: 8,
      propertyNames: { $ref: "#/$defs/identifier" },
      additionalProperties: { oneOf: [{ $ref: "#/$defs/rowValues" }, { $ref: "#/$defs/rowRange" }] }
    },
    rowValues: {
      type: "array",
      description: "The column equals one of these values.",
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      items: { oneOf: [{ $ref: "#/$defs/rowInteger" }, { $ref: "#/$defs/rowText" }] }
    },
    rowInteger: { type: "integer", minimum: 0, maximum: 9007199254740991, description: 'A whole number 0 or more; write other numbers as text ("-1").' },
    rowText: { type: "string", maxLength: 200, pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" },
    rowRange: {
      type: "object",
      description: "A time range on a timestamp column: from included, to excluded.",
      additionalProperties: false,
      required: ["from", "to"],
      properties: {
        from: { $ref: "#/$defs/instant" },
        to: { $ref: "#/$defs/instant" }
      }
    },
    instant: { type: "string", maxLength: 32, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" },
    masked: {
      type: "object",
      description: "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: { $ref: "#/$defs/identifier" },
      additionalProperties: { $ref: "#/$defs/maskName" }
    },
    maskName: { enum: ["hash", "last4", "domain", "null", null] },
    teamGrant: {
      type: "object",
      description: "Membership of a GitHub team.",
      additionalProperties: false,
      required: ["target", "team", "role"],
      properties: {
        target: { $ref: "#/$defs/name" },
        team: { $ref: "#/$defs/teamSlug" },
        role: { $ref: "#/$defs/teamRole" }
      }
    },
    repoGrant: {
      type: "object",
      description: "Collaborator permission on a GitHub repository.",
      additionalProperties: false,
      required: ["target", "repo", "permission"],
      properties: {
        target: { $ref: "#/$defs/name" },
        repo: { $ref: "#/$defs/repoName" },
        permission: { $ref: "#/$defs/repoPermission" }
      }
    },
    bundleGrant: {
      type: "object",
      description: "A named set of grants defined by the profile.",
      additionalProperties: false,
      required: ["target", "bundle"],
      properties: {
        target: { $ref: "#/$defs/name" },
        bundle: { $ref: "#/$defs/name" }
      }
    },
    privileges: {
      type: "array",
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      items: { $ref: "#/$defs/privilege" }
    },
    privilege: { type: "string", maxLength: 32, pattern: "^[A-Z][A-Z_]{0,31}$" },
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: { $ref: "#/$defs/identifier" }
    },
    identifier: { type: "string", maxLength: 63, pattern: "^[a-z_][a-z0-9_$]{0,62}$" },
    qualifiedTable: { type: "string", maxLength: 127, pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" },
    teamSlug: { type: "string", maxLength: 100, pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" },
    teamRole: { type: "string", enum: ["member"] },
    repoName: { type: "string", maxLength: 100, pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" },
    repoPermission: { type: "string", enum: ["pull", "triage", "push", "maintain"] },
    login: { type: "string", maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" },
    name: { type: "string", maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" },
    requestId: { type: "string", maxLength: 48, pattern: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" },
    ticket: { type: "string", maxLength: 27, pattern: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" },
    duration: { type: "string", maxLength: 5, pattern: "^[1-9][0-9]{0,3}[mhd]$" }
  }
};

// schemas/identities.schema.json
var identities_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/identities.schema.json",
  title: "Grantbook identities",
  description: "policies/identities.yaml: GitHub login and numeric user id -> principal on each provider. People are matched by id.",
  type: "object",
  additionalProperties: false,
  required: ["identities"],
  properties: {
    identities: {
      type: "array",
      maxItems: 5e3,
      items: { $ref: "#/$defs/identity" }
    }
  },
  $defs: {
    identity: {
      type: "object",
      additionalProperties: false,
      required: ["login", "id"],
      properties: {
        login: { $ref: "#/$defs/login" },
        id: { type: "integer", minimum: 1, maximum: 9007199254740991, description: "GitHub numeric user id (see https://api.github.com/users/<login>)." },
        postgres: { $ref: "#/$defs/identifier", description: "PostgreSQL login role used on every postgres target unless overridden." },
        targets: {
          type: "object",
          maxProperties: 200,
          description: "Per-target principal override: target name -> PostgreSQL role or GitHub login.",
          propertyNames: { $ref: "#/$defs/name" },
          additionalProperties: { $ref: "#/$defs/principal" }
        }
      }
    },
    principal: { type: "string", maxLength: 63, pattern: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" },
    identifier: { type: "string", maxLength: 63, pattern: "^[a-z_][a-z0-9_$]{0,62}$" },
    login: { type: "string", maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" },
    name: { type: "string", maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }
  }
};

// schemas/profile.schema.json
var profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/profile.schema.json",
  title: "Grantbook access profile",
  description: "policies/<name>.yaml: who may request what, for how long, approved by whom. Anything not allowed is refused.",
  type: "object",
  additionalProperties: false,
  required: ["name", "requesters", "approvals", "duration", "ticket", "reason", "sensitive_columns", "allow"],
  properties: {
    name: { $ref: "#/$defs/name", description: "Must equal the file name without .yaml." },
    description: { type: "string", minLength: 1, maxLength: 500 },
    requesters: {
      type: "object",
      description: "Who may request this profile; at least one of users / teams must be non-empty.",
      additionalProperties: false,
      properties: {
        users: { type: "array", maxItems: 500, uniqueItems: true, items: { $ref: "#/$defs/login" } },
        teams: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/teamSlug" } }
      }
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      required: ["min"],
      properties: {
        min: { type: "integer", minimum: 1, maximum: 10, description: "Distinct approvers in total (code owners of the request path)." },
        groups: {
          type: "array",
          maxItems: 10,
          description: "Each group must also be satisfied; exactly one of team / users per group.",
          items: { oneOf: [{ $ref: "#/$defs/teamGroup" }, { $ref: "#/$defs/usersGroup" }] }
        }
      }
    },
    duration: {
      type: "object",
      additionalProperties: false,
      required: ["max"],
      properties: {
        default: { $ref: "#/$defs/duration", description: "Used when a request omits duration; without it, requests must name one." },
        max: { $ref: "#/$defs/duration" }
      }
    },
    ticket: {
      type: "object",
      additionalProperties: false,
      required: ["required"],
      properties: {
        required: { type: "boolean" },
        pattern: { type: "string", minLength: 2, maxLength: 200, description: "ECMAScript regular expression anchored with ^...$." }
      }
    },
    reason: {
      type: "object",
      additionalProperties: false,
      required: ["required"],
      properties: {
        required: { type: "boolean" },
        min_length: { type: "integer", minimum: 1, maximum: 1e3 },
        max_length: { type: "integer", minimum: 1, maximum: 1e3 }
      }
    },
    max_grants: { type: "integer", minimum: 1, maximum: 20 },
    sensitive_columns: { type: "string", enum: ["flag", "refuse"] },
    break_glass: { type: "boolean", description: "Emergency profile: duration.max must be at most 4h." },
    allow: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      description: "One rule per target. Default deny.",
      items: { $ref: "#/$defs/allowRule" }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "Alerts on unusual use during the window, checked by scheduled revoke runs where the provider records activity (PostgreSQL with pg_stat_statements). Every crossed limit is a ledger `alert` event and an issue.",
      properties: {
        rows_read: { type: "integer", minimum: 0, maximum: 1e12, description: "Rows returned by statements that do not write, per grant and target, summed over the window." },
        read_only: { type: "boolean", description: "true: any statement that writes (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, DDL) during the window is an alert." },
        on_exceed: { type: "string", enum: ["alert", "revoke"], description: "alert (default): an alert only. revoke: also revoke the grant early." }
      }
    },
    bundles: {
      type: "object",
      maxProperties: 50,
      propertyNames: { $ref: "#/$defs/name" },
      additionalProperties: { $ref: "#/$defs/bundle" }
    }
  },
  $defs: {
    teamGroup: {
      type: "object",
      additionalProperties: false,
      required: ["team", "min"],
      properties: {
        team: { $ref: "#/$defs/teamSlug" },
        min: { $ref: "#/$defs/groupMin" }
      }
    },
    usersGroup: {
      type: "object",
      additionalProperties: false,
      required: ["users", "min"],
      properties: {
        users: { type: "array", minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/login" } },
        min: { $ref: "#/$defs/groupMin" }
      }
    },
    groupMin: { type: "integer", minimum: 1, maximum: 10 },
    allowRule: {
      type: "object",
      additionalProperties: false,
      required: ["target"],
      properties: {
        target: { $ref: "#/$defs/name" },
        privileges: { type: "array", minItems: 1, maxItems: 16, uniqueItems: true, items: { $ref: "#/$defs/privilege" } },
        tables: { type: "array", minItems: 1, maxItems: 200, items: { $ref: "#/$defs/allowedTable" } },
        teams: { type: "array", minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/teamSlug" } },
        repos: { type: "array", minItems: 1, maxItems: 100, items: { $ref: "#/$defs/allowedRepo" } }
      }
    },
    allowedTable: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { $ref: "#/$defs/qualifiedTable" },
        columns: { $ref: "#/$defs/columns" },
        all_columns: { type: "boolean" },
        sensitive: { type: "array", minItems: 1, maxItems: 200, uniqueItems: true, items: { $ref: "#/$defs/identifier" } },
        rows: { $ref: "#/$defs/rowRule" },
        masks: { $ref: "#/$defs/maskRule" }
      }
    },
    rowRule: {
      type: "object",
      description: "Row filters a request may put on this table. Without this entry a request may not filter rows here.",
      additionalProperties: false,
      required: ["columns"],
      properties: {
        columns: {
          type: "object",
          description: "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).",
          minProperties: 1,
          maxProperties: 50,
          propertyNames: { $ref: "#/$defs/identifier" },
          additionalProperties: { type: "string", enum: ["values", "range"] }
        },
        required: { type: "boolean", description: "true: a grant on this table without a row filter is refused." },
        count: { type: "string", enum: ["estimate", "exact"], description: "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)." }
      }
    },
    maskRule: {
      type: "object",
      description: "Masks on this table's columns.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        allowed: { type: "array", minItems: 1, maxItems: 4, uniqueItems: true, items: { $ref: "#/$defs/maskName" }, description: "Masks a request may use here; default: all of them." },
        required: {
          type: "object",
          description: "Columns that are never read in clear, each with the masks it may be read through.",
          minProperties: 1,
          maxProperties: 200,
          propertyNames: { $ref: "#/$defs/identifier" },
          additionalProperties: { type: "array", minItems: 1, maxItems: 4, uniqueItems: true, items: { $ref: "#/$defs/maskName" } }
        }
      }
    },
    maskName: { enum: ["hash", "last4", "domain", "null", null] },
    allowedRepo: {
      type: "object",
      additionalProperties: false,
      required: ["name", "permissions"],
      properties: {
        name: { $ref: "#/$defs/repoName" },
        permissions: { type: "array", minItems: 1, maxItems: 4, uniqueItems: true, items: { $ref: "#/$defs/repoPermission" } }
      }
    },
    bundle: {
      type: "object",
      additionalProperties: false,
      required: ["target", "grants"],
      properties: {
        target: { $ref: "#/$defs/name" },
        grants: {
          type: "array",
          minItems: 1,
          maxItems: 20,
          items: { oneOf: [{ $ref: "#/$defs/tableSpec" }, { $ref: "#/$defs/teamSpec" }, { $ref: "#/$defs/repoSpec" }] }
        }
      }
    },
    tableSpec: {
      type: "object",
      additionalProperties: false,
      required: ["privileges", "table"],
      properties: {
        privileges: { type: "array", minItems: 1, maxItems: 6, uniqueItems: true, items: { $ref: "#/$defs/privilege" } },
        table: { $ref: "#/$defs/qualifiedTable" },
        columns: { $ref: "#/$defs/columns" }
      }
    },
    teamSpec: {
      type: "object",
      additionalProperties: false,
      required: ["team", "role"],
      properties: {
        team: { $ref: "#/$defs/teamSlug" },
        role: { $ref: "#/$defs/teamRole" }
      }
    },
    repoSpec: {
      type: "object",
      additionalProperties: false,
      required: ["repo", "permission"],
      properties: {
        repo: { $ref: "#/$defs/repoName" },
        permission: { $ref: "#/$defs/repoPermission" }
      }
    },
    columns: {
      type: "array",
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: { $ref: "#/$defs/identifier" }
    },
    privilege: { type: "string", maxLength: 32, pattern: "^[A-Z][A-Z_]{0,31}$" },
    identifier: { type: "string", maxLength: 63, pattern: "^[a-z_][a-z0-9_$]{0,62}$" },
    qualifiedTable: { type: "string", maxLength: 127, pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" },
    teamSlug: { type: "string", maxLength: 100, pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" },
    teamRole: { type: "string", enum: ["member"] },
    repoName: { type: "string", maxLength: 100, pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" },
    repoPermission: { type: "string", enum: ["pull", "triage", "push", "maintain"] },
    login: { type: "string", maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" },
    name: { type: "string", maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" },
    duration: { type: "string", maxLength: 5, pattern: "^[1-9][0-9]{0,3}[mhd]$" }
  }
};

// schemas/targets.schema.json
var targets_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://grantbook.dev/schemas/targets.schema.json",
  title: "Grantbook targets",
  description: "policies/targets.yaml: target name -> provider and settings. Secrets are never here: a target names the environment variable that holds them.",
  type: "object",
  additionalProperties: false,
  required: ["targets"],
  properties: {
    targets: {
      type: "object",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: { $ref: "#/$defs/name" },
      additionalProperties: { oneOf: [{ $ref: "#/$defs/postgresTarget" }, { $ref: "#/$defs/githubTarget" }] }
    }
  },
  $defs: {
    postgresTarget: {
      type: "object",
      additionalProperties: false,
      required: ["provider", "connection_env", "grantor_role"],
      properties: {
        provider: { type: "string", enum: ["postgres"] },
        description: { $ref: "#/$defs/description" },
        connection_env: { $ref: "#/$defs/envName", description: "Name of the environment variable holding the connection string." },
        grantor_role: { $ref: "#/$defs/identifier", description: "The role Grantbook connects as; never grantable." },
        protected_roles: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/identifier" } }
      }
    },
    githubTarget: {
      type: "object",
      additionalProperties: false,
      required: ["provider", "org", "token_env"],
      properties: {
        provider: { type: "string", enum: ["github"] },
        description: { $ref: "#/$defs/description" },
        org: { $ref: "#/$defs/login" },
        token_env: { $ref: "#/$defs/envName", description: "Name of the environment variable holding the token." },
        protected_teams: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/teamSlug" } },
        protected_repos: { type: "array", maxItems: 100, uniqueItems: true, items: { $ref: "#/$defs/repoName" } }
      }
    },
    description: { type: "string", minLength: 1, maxLength: 500 },
    envName: { type: "string", maxLength: 128, pattern: "^[A-Z][A-Z0-9_]{0,127}$" },
    identifier: { type: "string", maxLength: 63, pattern: "^[a-z_][a-z0-9_$]{0,62}$" },
    teamSlug: { type: "string", maxLength: 100, pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" },
    repoName: { type: "string", maxLength: 100, pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" },
    login: { type: "string", maxLength: 39, pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" },
    name: { type: "string", maxLength: 64, pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }
  }
};

// src/load/generated/validators.js
var runtime_ucs2length = function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
};
var runtime_equal = function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (a.constructor !== b.constructor) return false;
    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0; )
        if (!equal(a[i], b[i])) return false;
      return true;
    }
    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;
    for (i = length; i-- !== 0; )
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (i = length; i-- !== 0; ) {
      var key = keys[i];
      if (!equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
};
var request = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/access-request.schema.json", "title": "Grantbook access request", "description": "One file per request: access-requests/<id>.yaml. The id is the file name.", "type": "object", "additionalProperties": false, "required": ["requester", "profile", "grants"], "properties": { "requester": { "$ref": "#/$defs/login", "description": "GitHub login of the person who needs access; must be the pull request author." }, "profile": { "$ref": "#/$defs/name", "description": "Profile name: policies/<profile>.yaml." }, "duration": { "$ref": "#/$defs/duration", "description": "How long the grant lasts once applied, e.g. 15m, 2h, 3d. Optional only if the profile has duration.default." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": "Why the access is needed." }, "ticket": { "$ref": "#/$defs/ticket", "description": "Incident or change ticket, e.g. INC-4211." }, "extends": { "$ref": "#/$defs/requestId", "description": "Id of an earlier request this one extends (needs fresh approval)." }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "description": "What to grant; each item is exactly one of a table, team, repo or bundle grant.", "items": { "oneOf": [{ "$ref": "#/$defs/tableGrant" }, { "$ref": "#/$defs/teamGrant" }, { "$ref": "#/$defs/repoGrant" }, { "$ref": "#/$defs/bundleGrant" }] } } }, "$defs": { "tableGrant": { "type": "object", "description": "Privileges on a PostgreSQL table, optionally limited to columns.", "additionalProperties": false, "required": ["target", "privileges", "table"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "$ref": "#/$defs/privileges" }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "rows": { "$ref": "#/$defs/rows" }, "masked": { "$ref": "#/$defs/masked" } } }, "rows": { "type": "object", "description": "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.", "minProperties": 1, "maxProperties": 8, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/rowValues" }, { "$ref": "#/$defs/rowRange" }] } }, "rowValues": { "type": "array", "description": "The column equals one of these values.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/$defs/rowInteger" }, { "$ref": "#/$defs/rowText" }] } }, "rowInteger": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": 'A whole number 0 or more; write other numbers as text ("-1").' }, "rowText": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9@._:+/# -]{1,200}$" }, "rowRange": { "type": "object", "description": "A time range on a timestamp column: from included, to excluded.", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/instant" }, "to": { "$ref": "#/$defs/instant" } } }, "instant": { "type": "string", "maxLength": 32, "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, "masked": { "type": "object", "description": "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/maskName" } }, "maskName": { "enum": ["hash", "last4", "domain", "null", null] }, "teamGrant": { "type": "object", "description": "Membership of a GitHub team.", "additionalProperties": false, "required": ["target", "team", "role"], "properties": { "target": { "$ref": "#/$defs/name" }, "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } }, "repoGrant": { "type": "object", "description": "Collaborator permission on a GitHub repository.", "additionalProperties": false, "required": ["target", "repo", "permission"], "properties": { "target": { "$ref": "#/$defs/name" }, "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } }, "bundleGrant": { "type": "object", "description": "A named set of grants defined by the profile.", "additionalProperties": false, "required": ["target", "bundle"], "properties": { "target": { "$ref": "#/$defs/name" }, "bundle": { "$ref": "#/$defs/name" } } }, "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "privilege": { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" }, "columns": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "qualifiedTable": { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "teamRole": { "type": "string", "enum": ["member"] }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "repoPermission": { "type": "string", "enum": ["pull", "triage", "push", "maintain"] }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "requestId": { "type": "string", "maxLength": 48, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" }, "ticket": { "type": "string", "maxLength": 27, "pattern": "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" }, "duration": { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" } } };
var schema32 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema33 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema34 = { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" };
var schema35 = { "type": "string", "maxLength": 27, "pattern": "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" };
var schema36 = { "type": "string", "maxLength": 48, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" };
var func0 = Object.prototype.hasOwnProperty;
var func64 = runtime_ucs2length;
var pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
var pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern6 = new RegExp("^[1-9][0-9]{0,3}[mhd]$", "u");
var pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$", "u");
var pattern8 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$", "u");
var schema37 = { "type": "object", "description": "Privileges on a PostgreSQL table, optionally limited to columns.", "additionalProperties": false, "required": ["target", "privileges", "table"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "$ref": "#/$defs/privileges" }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "rows": { "$ref": "#/$defs/rows" }, "masked": { "$ref": "#/$defs/masked" } } };
var schema41 = { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" };
var pattern11 = new RegExp("^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", "u");
var schema39 = { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } };
var schema40 = { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" };
var func27 = runtime_equal;
var pattern10 = new RegExp("^[A-Z][A-Z_]{0,31}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 6) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema40, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema40, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema40.type, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema39, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } };
var schema43 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var pattern12 = new RegExp("^[a-z_][a-z0-9_$]{0,62}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 63) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema42, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "type": "object", "description": "Row filter (SELECT only, with columns): only rows matching every condition are visible. Per column either a list of values (equal to one of them) or a time range {from, to} (from included, to excluded). Columns must be allowed by the profile's rows.columns. The grant is then a view in a schema of its own; the check comment names it.", "minProperties": 1, "maxProperties": 8, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/rowValues" }, { "$ref": "#/$defs/rowRange" }] } };
var schema46 = { "type": "array", "description": "The column equals one of these values.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/$defs/rowInteger" }, { "$ref": "#/$defs/rowText" }] } };
var schema47 = { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": 'A whole number 0 or more; write other numbers as text ("-1").' };
var schema48 = { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9@._:+/# -]{1,200}$" };
var pattern14 = new RegExp("^[A-Za-z0-9@._:+/# -]{1,200}$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs2 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs3 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 9007199254740991 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (func64(data0) > 200) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern14.test(data0)) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema46.items.oneOf, parentSchema: schema46.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err9 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema46, data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "object", "description": "A time range on a timestamp column: from included, to excluded.", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/instant" }, "to": { "$ref": "#/$defs/instant" } } };
var schema50 = { "type": "string", "maxLength": 32, "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" };
var pattern15 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.from === void 0 || !func0.call(data, "from")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0 || !func0.call(data, "to")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "from" || key0 === "to")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.from !== void 0 && func0.call(data, "from")) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err3 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern15.test(data0)) {
          const err4 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.to !== void 0 && func0.call(data, "to")) {
      let data1 = data.to;
      if (typeof data1 === "string") {
        if (func64(data1) > 32) {
          const err6 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern15.test(data1)) {
          const err7 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 8) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 8 }, schema: 8, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func64(key0) > 63) {
          const err2 = { instancePath, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema44.propertyNames, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      let data0 = data[key1];
      const _errs6 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (!validate27(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (!validate29(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema44.additionalProperties.oneOf, parentSchema: schema44.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "description": "Granted columns shown through a mask instead of in clear: hash (keyed, stable within this request, different in any other), last4 (the last four characters), domain (of an e-mail address), null (always empty).", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/maskName" } };
var schema54 = { "enum": ["hash", "last4", "domain", "null", null] };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func64(key0) > 63) {
          const err2 = { instancePath, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema43, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema43.type, parentSchema: schema43, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema52.propertyNames, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      let data0 = data[key1];
      if (!(data0 === "hash" || data0 === "last4" || data0 === "domain" || data0 === "null" || data0 === null)) {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema54.enum }, schema: schema54.enum, parentSchema: schema54, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "table" || key0 === "columns" || key0 === "rows" || key0 === "masked")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      if (!validate22(data.privileges, { instancePath: instancePath + "/privileges", parentData: data, parentDataProperty: "privileges", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err7 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err8 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema41.type, parentSchema: schema41, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate24(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate26(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.masked !== void 0 && func0.call(data, "masked")) {
      if (!validate32(data.masked, { instancePath: instancePath + "/masked", parentData: data, parentDataProperty: "masked", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema55 = { "type": "object", "description": "Membership of a GitHub team.", "additionalProperties": false, "required": ["target", "team", "role"], "properties": { "target": { "$ref": "#/$defs/name" }, "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } };
var schema57 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema58 = { "type": "string", "enum": ["member"] };
var pattern19 = new RegExp("^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "team" || key0 === "role")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data1 = data.team;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern19.test(data1)) {
          const err8 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema57.type, parentSchema: schema57, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data2 = data.role;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema58.type, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "member")) {
        const err11 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema58.enum }, schema: schema58.enum, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema59 = { "type": "object", "description": "Collaborator permission on a GitHub repository.", "additionalProperties": false, "required": ["target", "repo", "permission"], "properties": { "target": { "$ref": "#/$defs/name" }, "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } };
var schema61 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
var schema62 = { "type": "string", "enum": ["pull", "triage", "push", "maintain"] };
var pattern21 = new RegExp("^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", "u");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "repo" || key0 === "permission")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data1 = data.repo;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern21.test(data1)) {
          const err8 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema61.type, parentSchema: schema61, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data2 = data.permission;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema62.type, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
        const err11 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema62.enum }, schema: schema62.enum, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "description": "A named set of grants defined by the profile.", "additionalProperties": false, "required": ["target", "bundle"], "properties": { "target": { "$ref": "#/$defs/name" }, "bundle": { "$ref": "#/$defs/name" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bundle === void 0 || !func0.call(data, "bundle")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "bundle")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bundle !== void 0 && func0.call(data, "bundle")) {
      let data1 = data.bundle;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err6 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requester === void 0 || !func0.call(data, "requester")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.profile === void 0 || !func0.call(data, "profile")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grants === void 0 || !func0.call(data, "grants")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grants" }, schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "requester" || key0 === "profile" || key0 === "duration" || key0 === "reason" || key0 === "ticket" || key0 === "extends" || key0 === "grants")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requester !== void 0 && func0.call(data, "requester")) {
      let data0 = data.requester;
      if (typeof data0 === "string") {
        if (func64(data0) > 39) {
          const err4 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/requester", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.profile !== void 0 && func0.call(data, "profile")) {
      let data1 = data.profile;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err8 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/profile", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.duration !== void 0 && func0.call(data, "duration")) {
      let data2 = data.duration;
      if (typeof data2 === "string") {
        if (func64(data2) > 5) {
          const err10 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err11 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/duration", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0 && func0.call(data, "reason")) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func64(data3) > 1e3) {
          const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, schema: 1e3, parentSchema: schema31.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func64(data3) < 1) {
          const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema31.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, schema: schema31.properties.reason.type, parentSchema: schema31.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0 && func0.call(data, "ticket")) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func64(data4) > 27) {
          const err16 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/maxLength", keyword: "maxLength", params: { limit: 27 }, schema: 27, parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern7.test(data4)) {
          const err17 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$" }, schema: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$", parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/ticket/type", keyword: "type", params: { type: "string" }, schema: schema35.type, parentSchema: schema35, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.extends !== void 0 && func0.call(data, "extends")) {
      let data5 = data.extends;
      if (typeof data5 === "string") {
        if (func64(data5) > 48) {
          const err19 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/maxLength", keyword: "maxLength", params: { limit: 48 }, schema: 48, parentSchema: schema36, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern8.test(data5)) {
          const err20 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$", parentSchema: schema36, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/requestId/type", keyword: "type", params: { type: "string" }, schema: schema36.type, parentSchema: schema36, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.grants !== void 0 && func0.call(data, "grants")) {
      let data6 = data.grants;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err22 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema31.properties.grants, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.length < 1) {
          const err23 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema31.properties.grants, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs22 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs23 = errors;
          if (!validate21(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs23 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs24 = errors;
          if (!validate35(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs25 = errors;
            if (!validate37(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs25 === errors;
            if (_valid0 && valid8) {
              valid8 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid8 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs26 = errors;
              if (!validate39(data7, { instancePath: instancePath + "/grants/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs26 === errors;
              if (_valid0 && valid8) {
                valid8 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid8 = true;
                  passing0 = 3;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
          if (!valid8) {
            const err24 = { instancePath: instancePath + "/grants/" + i0, schemaPath: "#/properties/grants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema31.properties.grants.items.oneOf, parentSchema: schema31.properties.grants.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, schema: schema31.properties.grants.type, parentSchema: schema31.properties.grants, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_bundleGrant = validate41;
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bundle === void 0 || !func0.call(data, "bundle")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "bundle")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bundle !== void 0 && func0.call(data, "bundle")) {
      let data1 = data.bundle;
      if (typeof data1 === "string") {
        if (func64(data1) > 64) {
          const err6 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/bundle", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_repoGrant = validate42;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "repo" || key0 === "permission")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data1 = data.repo;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern21.test(data1)) {
          const err8 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema61, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema61.type, parentSchema: schema61, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data2 = data.permission;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema62.type, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
        const err11 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema62.enum }, schema: schema62.enum, parentSchema: schema62, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_rowInteger = validate43;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 9007199254740991 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "dynamicProps": false, "dynamicItems": false };
var request_rowRange = validate44;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.from === void 0 || !func0.call(data, "from")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0 || !func0.call(data, "to")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "from" || key0 === "to")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.from !== void 0 && func0.call(data, "from")) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (func64(data0) > 32) {
          const err3 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern15.test(data0)) {
          const err4 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.to !== void 0 && func0.call(data, "to")) {
      let data1 = data.to;
      if (typeof data1 === "string") {
        if (func64(data1) > 32) {
          const err6 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern15.test(data1)) {
          const err7 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema50, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, schema: schema50.type, parentSchema: schema50, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_rowText = validate45;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func64(data) > 200) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern14.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "dynamicProps": false, "dynamicItems": false };
var request_rowValues = validate46;
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs2 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs3 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/type", keyword: "type", params: { type: "integer" }, schema: schema47.type, parentSchema: schema47, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 9007199254740991 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema47, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (func64(data0) > 200) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern14.test(data0)) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@._:+/# -]{1,200}$" }, schema: "^[A-Za-z0-9@._:+/# -]{1,200}$", parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rowText/type", keyword: "type", params: { type: "string" }, schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema46.items.oneOf, parentSchema: schema46.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err9 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema46, data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var request_tableGrant = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "table" || key0 === "columns" || key0 === "rows" || key0 === "masked")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      if (!validate22(data.privileges, { instancePath: instancePath + "/privileges", parentData: data, parentDataProperty: "privileges", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err7 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err8 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema41, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema41.type, parentSchema: schema41, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate24(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate26(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.masked !== void 0 && func0.call(data, "masked")) {
      if (!validate32(data.masked, { instancePath: instancePath + "/masked", parentData: data, parentDataProperty: "masked", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var request_teamGrant = validate52;
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "team" || key0 === "role")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data1 = data.team;
      if (typeof data1 === "string") {
        if (func64(data1) > 100) {
          const err7 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern19.test(data1)) {
          const err8 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema57, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema57.type, parentSchema: schema57, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data2 = data.role;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema58.type, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "member")) {
        const err11 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema58.enum }, schema: schema58.enum, parentSchema: schema58, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile = validate53;
var schema88 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/profile.schema.json", "title": "Grantbook access profile", "description": "policies/<name>.yaml: who may request what, for how long, approved by whom. Anything not allowed is refused.", "type": "object", "additionalProperties": false, "required": ["name", "requesters", "approvals", "duration", "ticket", "reason", "sensitive_columns", "allow"], "properties": { "name": { "$ref": "#/$defs/name", "description": "Must equal the file name without .yaml." }, "description": { "type": "string", "minLength": 1, "maxLength": 500 }, "requesters": { "type": "object", "description": "Who may request this profile; at least one of users / teams must be non-empty.", "additionalProperties": false, "properties": { "users": { "type": "array", "maxItems": 500, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } } } }, "approvals": { "type": "object", "additionalProperties": false, "required": ["min"], "properties": { "min": { "type": "integer", "minimum": 1, "maximum": 10, "description": "Distinct approvers in total (code owners of the request path)." }, "groups": { "type": "array", "maxItems": 10, "description": "Each group must also be satisfied; exactly one of team / users per group.", "items": { "oneOf": [{ "$ref": "#/$defs/teamGroup" }, { "$ref": "#/$defs/usersGroup" }] } } } }, "duration": { "type": "object", "additionalProperties": false, "required": ["max"], "properties": { "default": { "$ref": "#/$defs/duration", "description": "Used when a request omits duration; without it, requests must name one." }, "max": { "$ref": "#/$defs/duration" } } }, "ticket": { "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "type": "boolean" }, "pattern": { "type": "string", "minLength": 2, "maxLength": 200, "description": "ECMAScript regular expression anchored with ^...$." } } }, "reason": { "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "type": "boolean" }, "min_length": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "max_length": { "type": "integer", "minimum": 1, "maximum": 1e3 } } }, "max_grants": { "type": "integer", "minimum": 1, "maximum": 20 }, "sensitive_columns": { "type": "string", "enum": ["flag", "refuse"] }, "break_glass": { "type": "boolean", "description": "Emergency profile: duration.max must be at most 4h." }, "allow": { "type": "array", "minItems": 1, "maxItems": 20, "description": "One rule per target. Default deny.", "items": { "$ref": "#/$defs/allowRule" } }, "limits": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Alerts on unusual use during the window, checked by scheduled revoke runs where the provider records activity (PostgreSQL with pg_stat_statements). Every crossed limit is a ledger `alert` event and an issue.", "properties": { "rows_read": { "type": "integer", "minimum": 0, "maximum": 1e12, "description": "Rows returned by statements that do not write, per grant and target, summed over the window." }, "read_only": { "type": "boolean", "description": "true: any statement that writes (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, DDL) during the window is an alert." }, "on_exceed": { "type": "string", "enum": ["alert", "revoke"], "description": "alert (default): an alert only. revoke: also revoke the grant early." } } }, "bundles": { "type": "object", "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/bundle" } } }, "$defs": { "teamGroup": { "type": "object", "additionalProperties": false, "required": ["team", "min"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "min": { "$ref": "#/$defs/groupMin" } } }, "usersGroup": { "type": "object", "additionalProperties": false, "required": ["users", "min"], "properties": { "users": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "min": { "$ref": "#/$defs/groupMin" } } }, "groupMin": { "type": "integer", "minimum": 1, "maximum": 10 }, "allowRule": { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "tables": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "$ref": "#/$defs/allowedTable" } }, "teams": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "repos": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/$defs/allowedRepo" } } } }, "allowedTable": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "all_columns": { "type": "boolean" }, "sensitive": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "rows": { "$ref": "#/$defs/rowRule" }, "masks": { "$ref": "#/$defs/maskRule" } } }, "rowRule": { "type": "object", "description": "Row filters a request may put on this table. Without this entry a request may not filter rows here.", "additionalProperties": false, "required": ["columns"], "properties": { "columns": { "type": "object", "description": "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).", "minProperties": 1, "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "string", "enum": ["values", "range"] } }, "required": { "type": "boolean", "description": "true: a grant on this table without a row filter is refused." }, "count": { "type": "string", "enum": ["estimate", "exact"], "description": "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)." } } }, "maskRule": { "type": "object", "description": "Masks on this table's columns.", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" }, "description": "Masks a request may use here; default: all of them." }, "required": { "type": "object", "description": "Columns that are never read in clear, each with the masks it may be read through.", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" } } } } }, "maskName": { "enum": ["hash", "last4", "domain", "null", null] }, "allowedRepo": { "type": "object", "additionalProperties": false, "required": ["name", "permissions"], "properties": { "name": { "$ref": "#/$defs/repoName" }, "permissions": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/repoPermission" } } } }, "bundle": { "type": "object", "additionalProperties": false, "required": ["target", "grants"], "properties": { "target": { "$ref": "#/$defs/name" }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "oneOf": [{ "$ref": "#/$defs/tableSpec" }, { "$ref": "#/$defs/teamSpec" }, { "$ref": "#/$defs/repoSpec" }] } } } }, "tableSpec": { "type": "object", "additionalProperties": false, "required": ["privileges", "table"], "properties": { "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" } } }, "teamSpec": { "type": "object", "additionalProperties": false, "required": ["team", "role"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } }, "repoSpec": { "type": "object", "additionalProperties": false, "required": ["repo", "permission"], "properties": { "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } }, "columns": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "privilege": { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "qualifiedTable": { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "teamRole": { "type": "string", "enum": ["member"] }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "repoPermission": { "type": "string", "enum": ["pull", "triage", "push", "maintain"] }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "duration": { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" } } };
var schema89 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema90 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema91 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema98 = { "type": "string", "maxLength": 5, "pattern": "^[1-9][0-9]{0,3}[mhd]$" };
var schema92 = { "type": "object", "additionalProperties": false, "required": ["team", "min"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "min": { "$ref": "#/$defs/groupMin" } } };
var schema94 = { "type": "integer", "minimum": 1, "maximum": 10 };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema94.type, parentSchema: schema94, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema94, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema95 = { "type": "object", "additionalProperties": false, "required": ["users", "min"], "properties": { "users": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/login" } }, "min": { "$ref": "#/$defs/groupMin" } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.users === void 0 || !func0.call(data, "users")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "users" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema95, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.users !== void 0 && func0.call(data, "users")) {
      let data0 = data.users;
      if (Array.isArray(data0)) {
        if (data0.length > 100) {
          const err3 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema95.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema95.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 39) {
              const err5 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema90, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err6 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema90, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema90.type, parentSchema: schema90, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema95.properties.users, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema95.properties.users.type, parentSchema: schema95.properties.users, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data2 = data.min;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema94.type, parentSchema: schema94, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 10 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema94, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema95.type, parentSchema: schema95, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema100 = { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/$defs/name" }, "privileges": { "type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "tables": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "$ref": "#/$defs/allowedTable" } }, "teams": { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "repos": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/$defs/allowedRepo" } } } };
var schema102 = { "type": "string", "maxLength": 32, "pattern": "^[A-Z][A-Z_]{0,31}$" };
var schema103 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" }, "all_columns": { "type": "boolean" }, "sensitive": { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } }, "rows": { "$ref": "#/$defs/rowRule" }, "masks": { "$ref": "#/$defs/maskRule" } } };
var schema104 = { "type": "string", "maxLength": 127, "pattern": "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" };
var schema106 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var schema105 = { "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 200) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func64(data0) > 63) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema106, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern12.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema106, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema106.type, parentSchema: schema106, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func27(data[i1], data[j0])) {
              const err5 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema105, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema108 = { "type": "object", "description": "Row filters a request may put on this table. Without this entry a request may not filter rows here.", "additionalProperties": false, "required": ["columns"], "properties": { "columns": { "type": "object", "description": "Columns a filter may use: values (equal to one of a list) or range (a time range on a timestamp column).", "minProperties": 1, "maxProperties": 50, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "string", "enum": ["values", "range"] } }, "required": { "type": "boolean", "description": "true: a grant on this table without a row filter is refused." }, "count": { "type": "string", "enum": ["estimate", "exact"], "description": "How the rows a filter admits are counted with credentials (grantbook plan --count, apply): estimate (default) from the planner's statistics, exact with count(*)." } } };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns === void 0 || !func0.call(data, "columns")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "columns" || key0 === "required" || key0 === "count")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      let data0 = data.columns;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 50) {
          const err2 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/maxProperties", keyword: "maxProperties", params: { limit: 50 }, schema: 50, parentSchema: schema108.properties.columns, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (Object.keys(data0).length < 1) {
          const err3 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema108.properties.columns, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 63) {
              const err4 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema106, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern12.test(key1)) {
              const err5 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema106, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/columns", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema106.type, parentSchema: schema106, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err7 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema108.properties.columns.propertyNames, parentSchema: schema108.properties.columns, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data0)) {
          let data1 = data0[key2];
          if (typeof data1 !== "string") {
            const err8 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/type", keyword: "type", params: { type: "string" }, schema: schema108.properties.columns.additionalProperties.type, parentSchema: schema108.properties.columns.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data1 === "values" || data1 === "range")) {
            const err9 = { instancePath: instancePath + "/columns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema108.properties.columns.additionalProperties.enum }, schema: schema108.properties.columns.additionalProperties.enum, parentSchema: schema108.properties.columns.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, schema: schema108.properties.columns.type, parentSchema: schema108.properties.columns, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.required !== void 0 && func0.call(data, "required")) {
      let data2 = data.required;
      if (typeof data2 !== "boolean") {
        const err11 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema108.properties.required.type, parentSchema: schema108.properties.required, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.count !== void 0 && func0.call(data, "count")) {
      let data3 = data.count;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "string" }, schema: schema108.properties.count.type, parentSchema: schema108.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data3 === "estimate" || data3 === "exact")) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/enum", keyword: "enum", params: { allowedValues: schema108.properties.count.enum }, schema: schema108.properties.count.enum, parentSchema: schema108.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema110 = { "type": "object", "description": "Masks on this table's columns.", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" }, "description": "Masks a request may use here; default: all of them." }, "required": { "type": "object", "description": "Columns that are never read in clear, each with the masks it may be read through.", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/maskName" } } } } };
var schema111 = { "enum": ["hash", "last4", "domain", "null", null] };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema110, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "allowed" || key0 === "required")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema110, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0 && func0.call(data, "allowed")) {
      let data0 = data.allowed;
      if (Array.isArray(data0)) {
        if (data0.length > 4) {
          const err2 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema110.properties.allowed, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema110.properties.allowed, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "hash" || data1 === "last4" || data1 === "domain" || data1 === "null" || data1 === null)) {
            const err4 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema111.enum }, schema: schema111.enum, parentSchema: schema111, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err5 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema110.properties.allowed, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "array" }, schema: schema110.properties.allowed.type, parentSchema: schema110.properties.allowed, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.required !== void 0 && func0.call(data, "required")) {
      let data2 = data.required;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length > 200) {
          const err7 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema110.properties.required, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (Object.keys(data2).length < 1) {
          const err8 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema110.properties.required, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 of Object.keys(data2)) {
          const _errs8 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 63) {
              const err9 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema106, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern12.test(key1)) {
              const err10 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema106, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/required", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema106.type, parentSchema: schema106, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid5 = _errs8 === errors;
          if (!valid5) {
            const err12 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema110.properties.required.propertyNames, parentSchema: schema110.properties.required, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data2)) {
          let data3 = data2[key2];
          if (Array.isArray(data3)) {
            if (data3.length > 4) {
              const err13 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema110.properties.required.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err14 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema110.properties.required.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (!(data4 === "hash" || data4 === "last4" || data4 === "domain" || data4 === "null" || data4 === null)) {
                const err15 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/$defs/maskName/enum", keyword: "enum", params: { allowedValues: schema111.enum }, schema: schema111.enum, parentSchema: schema111, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            let i3 = data3.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func27(data3[i3], data3[j1])) {
                      const err16 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema110.properties.required.additionalProperties, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err17 = { instancePath: instancePath + "/required/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/required/additionalProperties/type", keyword: "type", params: { type: "array" }, schema: schema110.properties.required.additionalProperties.type, parentSchema: schema110.properties.required.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "object" }, schema: schema110.properties.required.type, parentSchema: schema110.properties.required, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema110.type, parentSchema: schema110, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "name" || key0 === "columns" || key0 === "all_columns" || key0 === "sensitive" || key0 === "rows" || key0 === "masks")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema103, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 127) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema104, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern11.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema104, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema104.type, parentSchema: schema104, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate60(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.all_columns !== void 0 && func0.call(data, "all_columns")) {
      let data2 = data.all_columns;
      if (typeof data2 !== "boolean") {
        const err5 = { instancePath: instancePath + "/all_columns", schemaPath: "#/properties/all_columns/type", keyword: "type", params: { type: "boolean" }, schema: schema103.properties.all_columns.type, parentSchema: schema103.properties.all_columns, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sensitive !== void 0 && func0.call(data, "sensitive")) {
      let data3 = data.sensitive;
      if (Array.isArray(data3)) {
        if (data3.length > 200) {
          const err6 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema103.properties.sensitive, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err7 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema103.properties.sensitive, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func64(data4) > 63) {
              const err8 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema106, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern12.test(data4)) {
              const err9 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema106, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/sensitive/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema106.type, parentSchema: schema106, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data3[i1], data3[j0])) {
                  const err11 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema103.properties.sensitive, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/type", keyword: "type", params: { type: "array" }, schema: schema103.properties.sensitive.type, parentSchema: schema103.properties.sensitive, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.rows !== void 0 && func0.call(data, "rows")) {
      if (!validate62(data.rows, { instancePath: instancePath + "/rows", parentData: data, parentDataProperty: "rows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.masks !== void 0 && func0.call(data, "masks")) {
      if (!validate64(data.masks, { instancePath: instancePath + "/masks", parentData: data, parentDataProperty: "masks", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema103.type, parentSchema: schema103, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema115 = { "type": "object", "additionalProperties": false, "required": ["name", "permissions"], "properties": { "name": { "$ref": "#/$defs/repoName" }, "permissions": { "type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true, "items": { "$ref": "#/$defs/repoPermission" } } } };
var schema116 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
var schema117 = { "type": "string", "enum": ["pull", "triage", "push", "maintain"] };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema115.required, parentSchema: schema115, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permissions === void 0 || !func0.call(data, "permissions")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, schema: schema115.required, parentSchema: schema115, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "name" || key0 === "permissions")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema115, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema116.type, parentSchema: schema116, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0 && func0.call(data, "permissions")) {
      let data1 = data.permissions;
      if (Array.isArray(data1)) {
        if (data1.length > 4) {
          const err6 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/maxItems", keyword: "maxItems", params: { limit: 4 }, schema: 4, parentSchema: schema115.properties.permissions, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema115.properties.permissions, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema117.type, parentSchema: schema117, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data2 === "pull" || data2 === "triage" || data2 === "push" || data2 === "maintain")) {
            const err9 = { instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema117.enum }, schema: schema117.enum, parentSchema: schema117, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data1[i1], data1[j0])) {
                  const err10 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema115.properties.permissions, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, schema: schema115.properties.permissions.type, parentSchema: schema115.properties.permissions, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema115.type, parentSchema: schema115, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "privileges" || key0 === "tables" || key0 === "teams" || key0 === "repos")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema100, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err2 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema89.type, parentSchema: schema89, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data1 = data.privileges;
      if (Array.isArray(data1)) {
        if (data1.length > 16) {
          const err5 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 16 }, schema: 16, parentSchema: schema100.properties.privileges, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema100.properties.privileges, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func64(data2) > 32) {
              const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema102, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern10.test(data2)) {
              const err8 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema102, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema102.type, parentSchema: schema102, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data1[i1], data1[j0])) {
                  const err10 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema100.properties.privileges, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema100.properties.privileges.type, parentSchema: schema100.properties.privileges, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tables !== void 0 && func0.call(data, "tables")) {
      let data3 = data.tables;
      if (Array.isArray(data3)) {
        if (data3.length > 200) {
          const err12 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/maxItems", keyword: "maxItems", params: { limit: 200 }, schema: 200, parentSchema: schema100.properties.tables, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err13 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema100.properties.tables, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate59(data3[i2], { instancePath: instancePath + "/tables/" + i2, parentData: data3, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/tables", schemaPath: "#/properties/tables/type", keyword: "type", params: { type: "array" }, schema: schema100.properties.tables.type, parentSchema: schema100.properties.tables, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.teams !== void 0 && func0.call(data, "teams")) {
      let data5 = data.teams;
      if (Array.isArray(data5)) {
        if (data5.length > 100) {
          const err15 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema100.properties.teams, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err16 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema100.properties.teams, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data6 = data5[i3];
          if (typeof data6 === "string") {
            if (func64(data6) > 100) {
              const err17 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern19.test(data6)) {
              const err18 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/teams/" + i3, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i4 = data5.length;
        let j1;
        if (i4 > 1) {
          outer1:
            for (; i4--; ) {
              for (j1 = i4; j1--; ) {
                if (func27(data5[i4], data5[j1])) {
                  const err20 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, schema: true, parentSchema: schema100.properties.teams, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err21 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, schema: schema100.properties.teams.type, parentSchema: schema100.properties.teams, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.repos !== void 0 && func0.call(data, "repos")) {
      let data7 = data.repos;
      if (Array.isArray(data7)) {
        if (data7.length > 100) {
          const err22 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema100.properties.repos, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data7.length < 1) {
          const err23 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema100.properties.repos, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len3 = data7.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (!validate67(data7[i5], { instancePath: instancePath + "/repos/" + i5, parentData: data7, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/repos", schemaPath: "#/properties/repos/type", keyword: "type", params: { type: "array" }, schema: schema100.properties.repos.type, parentSchema: schema100.properties.repos, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema119 = { "type": "object", "additionalProperties": false, "required": ["target", "grants"], "properties": { "target": { "$ref": "#/$defs/name" }, "grants": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "oneOf": [{ "$ref": "#/$defs/tableSpec" }, { "$ref": "#/$defs/teamSpec" }, { "$ref": "#/$defs/repoSpec" }] } } } };
var schema121 = { "type": "object", "additionalProperties": false, "required": ["privileges", "table"], "properties": { "privileges": { "type": "array", "minItems": 1, "maxItems": 6, "uniqueItems": true, "items": { "$ref": "#/$defs/privilege" } }, "table": { "$ref": "#/$defs/qualifiedTable" }, "columns": { "$ref": "#/$defs/columns" } } };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "privileges" || key0 === "table" || key0 === "columns")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data0 = data.privileges;
      if (Array.isArray(data0)) {
        if (data0.length > 6) {
          const err3 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema121.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema121.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 32) {
              const err5 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema102, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err6 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema102, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema102.type, parentSchema: schema102, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema121.properties.privileges, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema121.properties.privileges.type, parentSchema: schema121.properties.privileges, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err10 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema104, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err11 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema104, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema104.type, parentSchema: schema104, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate60(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema124 = { "type": "object", "additionalProperties": false, "required": ["team", "role"], "properties": { "team": { "$ref": "#/$defs/teamSlug" }, "role": { "$ref": "#/$defs/teamRole" } } };
var schema126 = { "type": "string", "enum": ["member"] };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema124.required, parentSchema: schema124, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema124.required, parentSchema: schema124, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "role")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema124, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data1 = data.role;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema126.type, parentSchema: schema126, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "member")) {
        const err7 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema126.enum }, schema: schema126.enum, parentSchema: schema126, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema124.type, parentSchema: schema124, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema127 = { "type": "object", "additionalProperties": false, "required": ["repo", "permission"], "properties": { "repo": { "$ref": "#/$defs/repoName" }, "permission": { "$ref": "#/$defs/repoPermission" } } };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema127.required, parentSchema: schema127, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema127.required, parentSchema: schema127, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "repo" || key0 === "permission")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema127, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data0 = data.repo;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema116.type, parentSchema: schema116, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data1 = data.permission;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema117.type, parentSchema: schema117, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "pull" || data1 === "triage" || data1 === "push" || data1 === "maintain")) {
        const err7 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema117.enum }, schema: schema117.enum, parentSchema: schema117, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema127.type, parentSchema: schema127, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.target === void 0 || !func0.call(data, "target")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.grants === void 0 || !func0.call(data, "grants")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grants" }, schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "target" || key0 === "grants")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0 && func0.call(data, "target")) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema89.type, parentSchema: schema89, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.grants !== void 0 && func0.call(data, "grants")) {
      let data1 = data.grants;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          const err6 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema119.properties.grants, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema119.properties.grants, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs8 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (!validate71(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs10 = errors;
          if (!validate74(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs11 = errors;
            if (!validate76(data2, { instancePath: instancePath + "/grants/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs11 === errors;
            if (_valid0 && valid4) {
              valid4 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid4 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/grants/" + i0, schemaPath: "#/properties/grants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema119.properties.grants.items.oneOf, parentSchema: schema119.properties.grants.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, schema: schema119.properties.grants.type, parentSchema: schema119.properties.grants, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0 || !func0.call(data, "name")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requesters === void 0 || !func0.call(data, "requesters")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requesters" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approvals === void 0 || !func0.call(data, "approvals")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.duration === void 0 || !func0.call(data, "duration")) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.ticket === void 0 || !func0.call(data, "ticket")) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ticket" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.reason === void 0 || !func0.call(data, "reason")) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sensitive_columns === void 0 || !func0.call(data, "sensitive_columns")) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sensitive_columns" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.allow === void 0 || !func0.call(data, "allow")) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allow" }, schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!func0.call(schema88.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0 && func0.call(data, "name")) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func64(data0) > 64) {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema89, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema89.type, parentSchema: schema89, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema88.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema88.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, schema: schema88.properties.description.type, parentSchema: schema88.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.requesters !== void 0 && func0.call(data, "requesters")) {
      let data2 = data.requesters;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 of Object.keys(data2)) {
          if (!(key1 === "users" || key1 === "teams")) {
            const err15 = { instancePath: instancePath + "/requesters", schemaPath: "#/properties/requesters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema88.properties.requesters, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.users !== void 0 && func0.call(data2, "users")) {
          let data3 = data2.users;
          if (Array.isArray(data3)) {
            if (data3.length > 500) {
              const err16 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/maxItems", keyword: "maxItems", params: { limit: 500 }, schema: 500, parentSchema: schema88.properties.requesters.properties.users, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (func64(data4) > 39) {
                  const err17 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema90, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern4.test(data4)) {
                  const err18 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema90, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/requesters/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema90.type, parentSchema: schema90, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func27(data3[i1], data3[j0])) {
                      const err20 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema88.properties.requesters.properties.users, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err21 = { instancePath: instancePath + "/requesters/users", schemaPath: "#/properties/requesters/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema88.properties.requesters.properties.users.type, parentSchema: schema88.properties.requesters.properties.users, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.teams !== void 0 && func0.call(data2, "teams")) {
          let data5 = data2.teams;
          if (Array.isArray(data5)) {
            if (data5.length > 100) {
              const err22 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema88.properties.requesters.properties.teams, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data6 = data5[i2];
              if (typeof data6 === "string") {
                if (func64(data6) > 100) {
                  const err23 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (!pattern19.test(data6)) {
                  const err24 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/requesters/teams/" + i2, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i3 = data5.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func27(data5[i3], data5[j1])) {
                      const err26 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema88.properties.requesters.properties.teams, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err27 = { instancePath: instancePath + "/requesters/teams", schemaPath: "#/properties/requesters/properties/teams/type", keyword: "type", params: { type: "array" }, schema: schema88.properties.requesters.properties.teams.type, parentSchema: schema88.properties.requesters.properties.teams, data: data5 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/requesters", schemaPath: "#/properties/requesters/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.requesters.type, parentSchema: schema88.properties.requesters, data: data2 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0 && func0.call(data, "approvals")) {
      let data7 = data.approvals;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.min === void 0 || !func0.call(data7, "min")) {
          const err29 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/required", keyword: "required", params: { missingProperty: "min" }, schema: schema88.properties.approvals.required, parentSchema: schema88.properties.approvals, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 of Object.keys(data7)) {
          if (!(key2 === "min" || key2 === "groups")) {
            const err30 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, schema: false, parentSchema: schema88.properties.approvals, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.min !== void 0 && func0.call(data7, "min")) {
          let data8 = data7.min;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err31 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/type", keyword: "type", params: { type: "integer" }, schema: schema88.properties.approvals.properties.min.type, parentSchema: schema88.properties.approvals.properties.min, data: data8 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 10 || isNaN(data8)) {
              const err32 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema88.properties.approvals.properties.min, data: data8 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err33 = { instancePath: instancePath + "/approvals/min", schemaPath: "#/properties/approvals/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema88.properties.approvals.properties.min, data: data8 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data7.groups !== void 0 && func0.call(data7, "groups")) {
          let data9 = data7.groups;
          if (Array.isArray(data9)) {
            if (data9.length > 10) {
              const err34 = { instancePath: instancePath + "/approvals/groups", schemaPath: "#/properties/approvals/properties/groups/maxItems", keyword: "maxItems", params: { limit: 10 }, schema: 10, parentSchema: schema88.properties.approvals.properties.groups, data: data9 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len2 = data9.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data10 = data9[i4];
              const _errs28 = errors;
              let valid14 = false;
              let passing0 = null;
              const _errs29 = errors;
              if (!validate54(data10, { instancePath: instancePath + "/approvals/groups/" + i4, parentData: data9, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs29 === errors;
              if (_valid0) {
                valid14 = true;
                passing0 = 0;
                var props0 = true;
              }
              const _errs30 = errors;
              if (!validate56(data10, { instancePath: instancePath + "/approvals/groups/" + i4, parentData: data9, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs30 === errors;
              if (_valid0 && valid14) {
                valid14 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid14 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
              if (!valid14) {
                const err35 = { instancePath: instancePath + "/approvals/groups/" + i4, schemaPath: "#/properties/approvals/properties/groups/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema88.properties.approvals.properties.groups.items.oneOf, parentSchema: schema88.properties.approvals.properties.groups.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/approvals/groups", schemaPath: "#/properties/approvals/properties/groups/type", keyword: "type", params: { type: "array" }, schema: schema88.properties.approvals.properties.groups.type, parentSchema: schema88.properties.approvals.properties.groups, data: data9 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.approvals.type, parentSchema: schema88.properties.approvals, data: data7 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.duration !== void 0 && func0.call(data, "duration")) {
      let data11 = data.duration;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.max === void 0 || !func0.call(data11, "max")) {
          const err38 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/required", keyword: "required", params: { missingProperty: "max" }, schema: schema88.properties.duration.required, parentSchema: schema88.properties.duration, data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key3 of Object.keys(data11)) {
          if (!(key3 === "default" || key3 === "max")) {
            const err39 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, schema: false, parentSchema: schema88.properties.duration, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.default !== void 0 && func0.call(data11, "default")) {
          let data12 = data11.default;
          if (typeof data12 === "string") {
            if (func64(data12) > 5) {
              const err40 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema98, data: data12 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!pattern6.test(data12)) {
              const err41 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema98, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/duration/default", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema98.type, parentSchema: schema98, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data11.max !== void 0 && func0.call(data11, "max")) {
          let data13 = data11.max;
          if (typeof data13 === "string") {
            if (func64(data13) > 5) {
              const err43 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/maxLength", keyword: "maxLength", params: { limit: 5 }, schema: 5, parentSchema: schema98, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern6.test(data13)) {
              const err44 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[mhd]$" }, schema: "^[1-9][0-9]{0,3}[mhd]$", parentSchema: schema98, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/duration/max", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, schema: schema98.type, parentSchema: schema98, data: data13 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.duration.type, parentSchema: schema88.properties.duration, data: data11 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0 && func0.call(data, "ticket")) {
      let data14 = data.ticket;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.required === void 0 || !func0.call(data14, "required")) {
          const err47 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/required", keyword: "required", params: { missingProperty: "required" }, schema: schema88.properties.ticket.required, parentSchema: schema88.properties.ticket, data: data14 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key4 of Object.keys(data14)) {
          if (!(key4 === "required" || key4 === "pattern")) {
            const err48 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, schema: false, parentSchema: schema88.properties.ticket, data: data14 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data14.required !== void 0 && func0.call(data14, "required")) {
          let data15 = data14.required;
          if (typeof data15 !== "boolean") {
            const err49 = { instancePath: instancePath + "/ticket/required", schemaPath: "#/properties/ticket/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema88.properties.ticket.properties.required.type, parentSchema: schema88.properties.ticket.properties.required, data: data15 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data14.pattern !== void 0 && func0.call(data14, "pattern")) {
          let data16 = data14.pattern;
          if (typeof data16 === "string") {
            if (func64(data16) > 200) {
              const err50 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema88.properties.ticket.properties.pattern, data: data16 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (func64(data16) < 2) {
              const err51 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/minLength", keyword: "minLength", params: { limit: 2 }, schema: 2, parentSchema: schema88.properties.ticket.properties.pattern, data: data16 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/ticket/pattern", schemaPath: "#/properties/ticket/properties/pattern/type", keyword: "type", params: { type: "string" }, schema: schema88.properties.ticket.properties.pattern.type, parentSchema: schema88.properties.ticket.properties.pattern, data: data16 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.ticket.type, parentSchema: schema88.properties.ticket, data: data14 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.reason !== void 0 && func0.call(data, "reason")) {
      let data17 = data.reason;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.required === void 0 || !func0.call(data17, "required")) {
          const err54 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/required", keyword: "required", params: { missingProperty: "required" }, schema: schema88.properties.reason.required, parentSchema: schema88.properties.reason, data: data17 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key5 of Object.keys(data17)) {
          if (!(key5 === "required" || key5 === "min_length" || key5 === "max_length")) {
            const err55 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, schema: false, parentSchema: schema88.properties.reason, data: data17 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data17.required !== void 0 && func0.call(data17, "required")) {
          let data18 = data17.required;
          if (typeof data18 !== "boolean") {
            const err56 = { instancePath: instancePath + "/reason/required", schemaPath: "#/properties/reason/properties/required/type", keyword: "type", params: { type: "boolean" }, schema: schema88.properties.reason.properties.required.type, parentSchema: schema88.properties.reason.properties.required, data: data18 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data17.min_length !== void 0 && func0.call(data17, "min_length")) {
          let data19 = data17.min_length;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err57 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/type", keyword: "type", params: { type: "integer" }, schema: schema88.properties.reason.properties.min_length.type, parentSchema: schema88.properties.reason.properties.min_length, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 1e3 || isNaN(data19)) {
              const err58 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, schema: 1e3, parentSchema: schema88.properties.reason.properties.min_length, data: data19 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err59 = { instancePath: instancePath + "/reason/min_length", schemaPath: "#/properties/reason/properties/min_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema88.properties.reason.properties.min_length, data: data19 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data17.max_length !== void 0 && func0.call(data17, "max_length")) {
          let data20 = data17.max_length;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err60 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/type", keyword: "type", params: { type: "integer" }, schema: schema88.properties.reason.properties.max_length.type, parentSchema: schema88.properties.reason.properties.max_length, data: data20 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 1e3 || isNaN(data20)) {
              const err61 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, schema: 1e3, parentSchema: schema88.properties.reason.properties.max_length, data: data20 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data20 < 1 || isNaN(data20)) {
              const err62 = { instancePath: instancePath + "/reason/max_length", schemaPath: "#/properties/reason/properties/max_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema88.properties.reason.properties.max_length, data: data20 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.reason.type, parentSchema: schema88.properties.reason, data: data17 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.max_grants !== void 0 && func0.call(data, "max_grants")) {
      let data21 = data.max_grants;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
        const err64 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/type", keyword: "type", params: { type: "integer" }, schema: schema88.properties.max_grants.type, parentSchema: schema88.properties.max_grants, data: data21 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 > 20 || isNaN(data21)) {
          const err65 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, schema: 20, parentSchema: schema88.properties.max_grants, data: data21 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data21 < 1 || isNaN(data21)) {
          const err66 = { instancePath: instancePath + "/max_grants", schemaPath: "#/properties/max_grants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema88.properties.max_grants, data: data21 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
    }
    if (data.sensitive_columns !== void 0 && func0.call(data, "sensitive_columns")) {
      let data22 = data.sensitive_columns;
      if (typeof data22 !== "string") {
        const err67 = { instancePath: instancePath + "/sensitive_columns", schemaPath: "#/properties/sensitive_columns/type", keyword: "type", params: { type: "string" }, schema: schema88.properties.sensitive_columns.type, parentSchema: schema88.properties.sensitive_columns, data: data22 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      if (!(data22 === "flag" || data22 === "refuse")) {
        const err68 = { instancePath: instancePath + "/sensitive_columns", schemaPath: "#/properties/sensitive_columns/enum", keyword: "enum", params: { allowedValues: schema88.properties.sensitive_columns.enum }, schema: schema88.properties.sensitive_columns.enum, parentSchema: schema88.properties.sensitive_columns, data: data22 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.break_glass !== void 0 && func0.call(data, "break_glass")) {
      let data23 = data.break_glass;
      if (typeof data23 !== "boolean") {
        const err69 = { instancePath: instancePath + "/break_glass", schemaPath: "#/properties/break_glass/type", keyword: "type", params: { type: "boolean" }, schema: schema88.properties.break_glass.type, parentSchema: schema88.properties.break_glass, data: data23 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.allow !== void 0 && func0.call(data, "allow")) {
      let data24 = data.allow;
      if (Array.isArray(data24)) {
        if (data24.length > 20) {
          const err70 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 20 }, schema: 20, parentSchema: schema88.properties.allow, data: data24 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data24.length < 1) {
          const err71 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema88.properties.allow, data: data24 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        const len3 = data24.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (!validate58(data24[i5], { instancePath: instancePath + "/allow/" + i5, parentData: data24, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, schema: schema88.properties.allow.type, parentSchema: schema88.properties.allow, data: data24 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.limits !== void 0 && func0.call(data, "limits")) {
      let data26 = data.limits;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (Object.keys(data26).length < 1) {
          const err73 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema88.properties.limits, data: data26 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        for (const key6 of Object.keys(data26)) {
          if (!(key6 === "rows_read" || key6 === "read_only" || key6 === "on_exceed")) {
            const err74 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, schema: false, parentSchema: schema88.properties.limits, data: data26 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data26.rows_read !== void 0 && func0.call(data26, "rows_read")) {
          let data27 = data26.rows_read;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err75 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/type", keyword: "type", params: { type: "integer" }, schema: schema88.properties.limits.properties.rows_read.type, parentSchema: schema88.properties.limits.properties.rows_read, data: data27 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 1e12 || isNaN(data27)) {
              const err76 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, schema: 1e12, parentSchema: schema88.properties.limits.properties.rows_read, data: data27 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err77 = { instancePath: instancePath + "/limits/rows_read", schemaPath: "#/properties/limits/properties/rows_read/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema88.properties.limits.properties.rows_read, data: data27 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        }
        if (data26.read_only !== void 0 && func0.call(data26, "read_only")) {
          let data28 = data26.read_only;
          if (typeof data28 !== "boolean") {
            const err78 = { instancePath: instancePath + "/limits/read_only", schemaPath: "#/properties/limits/properties/read_only/type", keyword: "type", params: { type: "boolean" }, schema: schema88.properties.limits.properties.read_only.type, parentSchema: schema88.properties.limits.properties.read_only, data: data28 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data26.on_exceed !== void 0 && func0.call(data26, "on_exceed")) {
          let data29 = data26.on_exceed;
          if (typeof data29 !== "string") {
            const err79 = { instancePath: instancePath + "/limits/on_exceed", schemaPath: "#/properties/limits/properties/on_exceed/type", keyword: "type", params: { type: "string" }, schema: schema88.properties.limits.properties.on_exceed.type, parentSchema: schema88.properties.limits.properties.on_exceed, data: data29 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (!(data29 === "alert" || data29 === "revoke")) {
            const err80 = { instancePath: instancePath + "/limits/on_exceed", schemaPath: "#/properties/limits/properties/on_exceed/enum", keyword: "enum", params: { allowedValues: schema88.properties.limits.properties.on_exceed.enum }, schema: schema88.properties.limits.properties.on_exceed.enum, parentSchema: schema88.properties.limits.properties.on_exceed, data: data29 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.limits.type, parentSchema: schema88.properties.limits, data: data26 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.bundles !== void 0 && func0.call(data, "bundles")) {
      let data30 = data.bundles;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (Object.keys(data30).length > 50) {
          const err82 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/maxProperties", keyword: "maxProperties", params: { limit: 50 }, schema: 50, parentSchema: schema88.properties.bundles, data: data30 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        for (const key7 of Object.keys(data30)) {
          const _errs76 = errors;
          if (typeof key7 === "string") {
            if (func64(key7) > 64) {
              const err83 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema89, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (!pattern5.test(key7)) {
              const err84 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema89, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/bundles", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema89.type, parentSchema: schema89, data: key7, propertyName: key7 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          var valid23 = _errs76 === errors;
          if (!valid23) {
            const err86 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, schema: schema88.properties.bundles.propertyNames, parentSchema: schema88.properties.bundles, data: data30 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        for (const key8 of Object.keys(data30)) {
          if (!validate70(data30[key8], { instancePath: instancePath + "/bundles/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key8, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "object" }, schema: schema88.properties.bundles.type, parentSchema: schema88.properties.bundles, data: data30 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_repoSpec = validate79;
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repo === void 0 || !func0.call(data, "repo")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, schema: schema127.required, parentSchema: schema127, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permission === void 0 || !func0.call(data, "permission")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permission" }, schema: schema127.required, parentSchema: schema127, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "repo" || key0 === "permission")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema127, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repo !== void 0 && func0.call(data, "repo")) {
      let data0 = data.repo;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern21.test(data0)) {
          const err4 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema116, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema116.type, parentSchema: schema116, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permission !== void 0 && func0.call(data, "permission")) {
      let data1 = data.permission;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/type", keyword: "type", params: { type: "string" }, schema: schema117.type, parentSchema: schema117, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "pull" || data1 === "triage" || data1 === "push" || data1 === "maintain")) {
        const err7 = { instancePath: instancePath + "/permission", schemaPath: "#/$defs/repoPermission/enum", keyword: "enum", params: { allowedValues: schema117.enum }, schema: schema117.enum, parentSchema: schema117, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema127.type, parentSchema: schema127, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_tableSpec = validate80;
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.privileges === void 0 || !func0.call(data, "privileges")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privileges" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.table === void 0 || !func0.call(data, "table")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table" }, schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "privileges" || key0 === "table" || key0 === "columns")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.privileges !== void 0 && func0.call(data, "privileges")) {
      let data0 = data.privileges;
      if (Array.isArray(data0)) {
        if (data0.length > 6) {
          const err3 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/maxItems", keyword: "maxItems", params: { limit: 6 }, schema: 6, parentSchema: schema121.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema121.properties.privileges, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 32) {
              const err5 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/maxLength", keyword: "maxLength", params: { limit: 32 }, schema: 32, parentSchema: schema102, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err6 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]{0,31}$" }, schema: "^[A-Z][A-Z_]{0,31}$", parentSchema: schema102, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/privileges/" + i0, schemaPath: "#/$defs/privilege/type", keyword: "type", params: { type: "string" }, schema: schema102.type, parentSchema: schema102, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema121.properties.privileges, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/privileges", schemaPath: "#/properties/privileges/type", keyword: "type", params: { type: "array" }, schema: schema121.properties.privileges.type, parentSchema: schema121.properties.privileges, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.table !== void 0 && func0.call(data, "table")) {
      let data2 = data.table;
      if (typeof data2 === "string") {
        if (func64(data2) > 127) {
          const err10 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/maxLength", keyword: "maxLength", params: { limit: 127 }, schema: 127, parentSchema: schema104, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err11 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema104, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/table", schemaPath: "#/$defs/qualifiedTable/type", keyword: "type", params: { type: "string" }, schema: schema104.type, parentSchema: schema104, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.columns !== void 0 && func0.call(data, "columns")) {
      if (!validate60(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_teamGroup = validate82;
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema94.type, parentSchema: schema94, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema94, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_teamSpec = validate83;
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0 || !func0.call(data, "team")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, schema: schema124.required, parentSchema: schema124, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0 || !func0.call(data, "role")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, schema: schema124.required, parentSchema: schema124, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "team" || key0 === "role")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema124, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0 && func0.call(data, "team")) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func64(data0) > 100) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern19.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema91, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema91.type, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.role !== void 0 && func0.call(data, "role")) {
      let data1 = data.role;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/type", keyword: "type", params: { type: "string" }, schema: schema126.type, parentSchema: schema126, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "member")) {
        const err7 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/teamRole/enum", keyword: "enum", params: { allowedValues: schema126.enum }, schema: schema126.enum, parentSchema: schema126, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema124.type, parentSchema: schema124, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var profile_usersGroup = validate84;
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.users === void 0 || !func0.call(data, "users")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.min === void 0 || !func0.call(data, "min")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" }, schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "users" || key0 === "min")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema95, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.users !== void 0 && func0.call(data, "users")) {
      let data0 = data.users;
      if (Array.isArray(data0)) {
        if (data0.length > 100) {
          const err3 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema95.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema95.properties.users, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func64(data1) > 39) {
              const err5 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema90, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err6 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema90, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema90.type, parentSchema: schema90, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data0[i1], data0[j0])) {
                  const err8 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema95.properties.users, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err9 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, schema: schema95.properties.users.type, parentSchema: schema95.properties.users, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.min !== void 0 && func0.call(data, "min")) {
      let data2 = data.min;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/type", keyword: "type", params: { type: "integer" }, schema: schema94.type, parentSchema: schema94, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 10 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, schema: 10, parentSchema: schema94, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/min", schemaPath: "#/$defs/groupMin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema94, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema95.type, parentSchema: schema95, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets = validate85;
var schema145 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/targets.schema.json", "title": "Grantbook targets", "description": "policies/targets.yaml: target name -> provider and settings. Secrets are never here: a target names the environment variable that holds them.", "type": "object", "additionalProperties": false, "required": ["targets"], "properties": { "targets": { "type": "object", "minProperties": 1, "maxProperties": 200, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/postgresTarget" }, { "$ref": "#/$defs/githubTarget" }] } } }, "$defs": { "postgresTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor_role"], "properties": { "provider": { "type": "string", "enum": ["postgres"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the connection string." }, "grantor_role": { "$ref": "#/$defs/identifier", "description": "The role Grantbook connects as; never grantable." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } } } }, "githubTarget": { "type": "object", "additionalProperties": false, "required": ["provider", "org", "token_env"], "properties": { "provider": { "type": "string", "enum": ["github"] }, "description": { "$ref": "#/$defs/description" }, "org": { "$ref": "#/$defs/login" }, "token_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the token." }, "protected_teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "protected_repos": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/repoName" } } } }, "description": { "type": "string", "minLength": 1, "maxLength": 500 }, "envName": { "type": "string", "maxLength": 128, "pattern": "^[A-Z][A-Z0-9_]{0,127}$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "teamSlug": { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, "repoName": { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" } } };
var schema146 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema147 = { "type": "object", "additionalProperties": false, "required": ["provider", "connection_env", "grantor_role"], "properties": { "provider": { "type": "string", "enum": ["postgres"] }, "description": { "$ref": "#/$defs/description" }, "connection_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the connection string." }, "grantor_role": { "$ref": "#/$defs/identifier", "description": "The role Grantbook connects as; never grantable." }, "protected_roles": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/identifier" } } } };
var schema148 = { "type": "string", "minLength": 1, "maxLength": 500 };
var schema149 = { "type": "string", "maxLength": 128, "pattern": "^[A-Z][A-Z0-9_]{0,127}$" };
var schema150 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var pattern65 = new RegExp("^[A-Z][A-Z0-9_]{0,127}$", "u");
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor_role === void 0 || !func0.call(data, "grantor_role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor_role" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor_role" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema147, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema147.properties.provider.type, parentSchema: schema147.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "postgres")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema147.properties.provider.enum }, schema: schema147.properties.provider.enum, parentSchema: schema147.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema148.type, parentSchema: schema148, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err9 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern65.test(data2)) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema149.type, parentSchema: schema149, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.grantor_role !== void 0 && func0.call(data, "grantor_role")) {
      let data3 = data.grantor_role;
      if (typeof data3 === "string") {
        if (func64(data3) > 63) {
          const err12 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema150, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern12.test(data3)) {
          const err13 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema150, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema150.type, parentSchema: schema150, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data4 = data.protected_roles;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema147.properties.protected_roles, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err16 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema150, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema150, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema150.type, parentSchema: schema150, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema147.properties.protected_roles, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema147.properties.protected_roles.type, parentSchema: schema147.properties.protected_roles, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema147.type, parentSchema: schema147, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema152 = { "type": "object", "additionalProperties": false, "required": ["provider", "org", "token_env"], "properties": { "provider": { "type": "string", "enum": ["github"] }, "description": { "$ref": "#/$defs/description" }, "org": { "$ref": "#/$defs/login" }, "token_env": { "$ref": "#/$defs/envName", "description": "Name of the environment variable holding the token." }, "protected_teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/teamSlug" } }, "protected_repos": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/repoName" } } } };
var schema154 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema156 = { "type": "string", "maxLength": 100, "pattern": "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" };
var schema157 = { "type": "string", "maxLength": 100, "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.org === void 0 || !func0.call(data, "org")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "org" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.token_env === void 0 || !func0.call(data, "token_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token_env" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "org" || key0 === "token_env" || key0 === "protected_teams" || key0 === "protected_repos")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema152, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema152.properties.provider.type, parentSchema: schema152.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "github")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema152.properties.provider.enum }, schema: schema152.properties.provider.enum, parentSchema: schema152.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema148.type, parentSchema: schema148, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.org !== void 0 && func0.call(data, "org")) {
      let data2 = data.org;
      if (typeof data2 === "string") {
        if (func64(data2) > 39) {
          const err9 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema154, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema154, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema154.type, parentSchema: schema154, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.token_env !== void 0 && func0.call(data, "token_env")) {
      let data3 = data.token_env;
      if (typeof data3 === "string") {
        if (func64(data3) > 128) {
          const err12 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema149, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern65.test(data3)) {
          const err13 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema149, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema149.type, parentSchema: schema149, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_teams !== void 0 && func0.call(data, "protected_teams")) {
      let data4 = data.protected_teams;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema152.properties.protected_teams, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 100) {
              const err16 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema156, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern19.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema156, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema156.type, parentSchema: schema156, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema152.properties.protected_teams, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/type", keyword: "type", params: { type: "array" }, schema: schema152.properties.protected_teams.type, parentSchema: schema152.properties.protected_teams, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.protected_repos !== void 0 && func0.call(data, "protected_repos")) {
      let data6 = data.protected_repos;
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err21 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema152.properties.protected_repos, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (func64(data7) > 100) {
              const err22 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema157, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern21.test(data7)) {
              const err23 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema157, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema157.type, parentSchema: schema157, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data6[i3], data6[j1])) {
                  const err25 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema152.properties.protected_repos, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/type", keyword: "type", params: { type: "array" }, schema: schema152.properties.protected_repos.type, parentSchema: schema152.properties.protected_repos, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema152.type, parentSchema: schema152, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targets === void 0 || !func0.call(data, "targets")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, schema: schema145.required, parentSchema: schema145, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "targets")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema145, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.targets !== void 0 && func0.call(data, "targets")) {
      let data0 = data.targets;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema145.properties.targets, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (Object.keys(data0).length < 1) {
          const err3 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema145.properties.targets, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 of Object.keys(data0)) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 64) {
              const err4 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema146, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern5.test(key1)) {
              const err5 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema146, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema146.type, parentSchema: schema146, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err7 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema145.properties.targets.propertyNames, parentSchema: schema145.properties.targets, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data0)) {
          let data1 = data0[key2];
          const _errs9 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs10 = errors;
          if (!validate86(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs11 = errors;
          if (!validate88(data1, { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs11 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/targets/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema145.properties.targets.additionalProperties.oneOf, parentSchema: schema145.properties.targets.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, schema: schema145.properties.targets.type, parentSchema: schema145.properties.targets, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema145.type, parentSchema: schema145, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_githubTarget = validate90;
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.org === void 0 || !func0.call(data, "org")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "org" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.token_env === void 0 || !func0.call(data, "token_env")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token_env" }, schema: schema152.required, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "org" || key0 === "token_env" || key0 === "protected_teams" || key0 === "protected_repos")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema152, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema152.properties.provider.type, parentSchema: schema152.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "github")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema152.properties.provider.enum }, schema: schema152.properties.provider.enum, parentSchema: schema152.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema148.type, parentSchema: schema148, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.org !== void 0 && func0.call(data, "org")) {
      let data2 = data.org;
      if (typeof data2 === "string") {
        if (func64(data2) > 39) {
          const err9 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema154, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema154, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/org", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema154.type, parentSchema: schema154, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.token_env !== void 0 && func0.call(data, "token_env")) {
      let data3 = data.token_env;
      if (typeof data3 === "string") {
        if (func64(data3) > 128) {
          const err12 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema149, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern65.test(data3)) {
          const err13 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema149, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/token_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema149.type, parentSchema: schema149, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_teams !== void 0 && func0.call(data, "protected_teams")) {
      let data4 = data.protected_teams;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema152.properties.protected_teams, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 100) {
              const err16 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema156, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern19.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$", parentSchema: schema156, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_teams/" + i0, schemaPath: "#/$defs/teamSlug/type", keyword: "type", params: { type: "string" }, schema: schema156.type, parentSchema: schema156, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema152.properties.protected_teams, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_teams", schemaPath: "#/properties/protected_teams/type", keyword: "type", params: { type: "array" }, schema: schema152.properties.protected_teams.type, parentSchema: schema152.properties.protected_teams, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.protected_repos !== void 0 && func0.call(data, "protected_repos")) {
      let data6 = data.protected_repos;
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err21 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema152.properties.protected_repos, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (func64(data7) > 100) {
              const err22 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/maxLength", keyword: "maxLength", params: { limit: 100 }, schema: 100, parentSchema: schema157, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern21.test(data7)) {
              const err23 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$" }, schema: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$", parentSchema: schema157, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/protected_repos/" + i2, schemaPath: "#/$defs/repoName/type", keyword: "type", params: { type: "string" }, schema: schema157.type, parentSchema: schema157, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func27(data6[i3], data6[j1])) {
                  const err25 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, schema: true, parentSchema: schema152.properties.protected_repos, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/protected_repos", schemaPath: "#/properties/protected_repos/type", keyword: "type", params: { type: "array" }, schema: schema152.properties.protected_repos.type, parentSchema: schema152.properties.protected_repos, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema152.type, parentSchema: schema152, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var targets_postgresTarget = validate91;
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0 || !func0.call(data, "provider")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.connection_env === void 0 || !func0.call(data, "connection_env")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connection_env" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.grantor_role === void 0 || !func0.call(data, "grantor_role")) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantor_role" }, schema: schema147.required, parentSchema: schema147, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "provider" || key0 === "description" || key0 === "connection_env" || key0 === "grantor_role" || key0 === "protected_roles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema147, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0 && func0.call(data, "provider")) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, schema: schema147.properties.provider.type, parentSchema: schema147.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "postgres")) {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema147.properties.provider.enum }, schema: schema147.properties.provider.enum, parentSchema: schema147.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0 && func0.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func64(data1) > 500) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/maxLength", keyword: "maxLength", params: { limit: 500 }, schema: 500, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func64(data1) < 1) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/description/type", keyword: "type", params: { type: "string" }, schema: schema148.type, parentSchema: schema148, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.connection_env !== void 0 && func0.call(data, "connection_env")) {
      let data2 = data.connection_env;
      if (typeof data2 === "string") {
        if (func64(data2) > 128) {
          const err9 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/maxLength", keyword: "maxLength", params: { limit: 128 }, schema: 128, parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern65.test(data2)) {
          const err10 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]{0,127}$" }, schema: "^[A-Z][A-Z0-9_]{0,127}$", parentSchema: schema149, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/connection_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, schema: schema149.type, parentSchema: schema149, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.grantor_role !== void 0 && func0.call(data, "grantor_role")) {
      let data3 = data.grantor_role;
      if (typeof data3 === "string") {
        if (func64(data3) > 63) {
          const err12 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema150, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern12.test(data3)) {
          const err13 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema150, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/grantor_role", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema150.type, parentSchema: schema150, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.protected_roles !== void 0 && func0.call(data, "protected_roles")) {
      let data4 = data.protected_roles;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err15 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema147.properties.protected_roles, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func64(data5) > 63) {
              const err16 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema150, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern12.test(data5)) {
              const err17 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema150, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/protected_roles/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema150.type, parentSchema: schema150, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func27(data4[i1], data4[j0])) {
                  const err19 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema147.properties.protected_roles, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err20 = { instancePath: instancePath + "/protected_roles", schemaPath: "#/properties/protected_roles/type", keyword: "type", params: { type: "array" }, schema: schema147.properties.protected_roles.type, parentSchema: schema147.properties.protected_roles, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema147.type, parentSchema: schema147, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var identities = validate92;
var schema169 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://grantbook.dev/schemas/identities.schema.json", "title": "Grantbook identities", "description": "policies/identities.yaml: GitHub login and numeric user id -> principal on each provider. People are matched by id.", "type": "object", "additionalProperties": false, "required": ["identities"], "properties": { "identities": { "type": "array", "maxItems": 5e3, "items": { "$ref": "#/$defs/identity" } } }, "$defs": { "identity": { "type": "object", "additionalProperties": false, "required": ["login", "id"], "properties": { "login": { "$ref": "#/$defs/login" }, "id": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "GitHub numeric user id (see https://api.github.com/users/<login>)." }, "postgres": { "$ref": "#/$defs/identifier", "description": "PostgreSQL login role used on every postgres target unless overridden." }, "targets": { "type": "object", "maxProperties": 200, "description": "Per-target principal override: target name -> PostgreSQL role or GitHub login.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/principal" } } } }, "principal": { "type": "string", "maxLength": 63, "pattern": "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" }, "identifier": { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" }, "login": { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "name": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" } } };
var schema170 = { "type": "object", "additionalProperties": false, "required": ["login", "id"], "properties": { "login": { "$ref": "#/$defs/login" }, "id": { "type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "GitHub numeric user id (see https://api.github.com/users/<login>)." }, "postgres": { "$ref": "#/$defs/identifier", "description": "PostgreSQL login role used on every postgres target unless overridden." }, "targets": { "type": "object", "maxProperties": 200, "description": "Per-target principal override: target name -> PostgreSQL role or GitHub login.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/principal" } } } };
var schema171 = { "type": "string", "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" };
var schema172 = { "type": "string", "maxLength": 63, "pattern": "^[a-z_][a-z0-9_$]{0,62}$" };
var schema173 = { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" };
var schema174 = { "type": "string", "maxLength": 63, "pattern": "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" };
var pattern82 = new RegExp("^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$", "u");
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.login === void 0 || !func0.call(data, "login")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "login" }, schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0 || !func0.call(data, "id")) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema170.required, parentSchema: schema170, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "login" || key0 === "id" || key0 === "postgres" || key0 === "targets")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema170, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.login !== void 0 && func0.call(data, "login")) {
      let data0 = data.login;
      if (typeof data0 === "string") {
        if (func64(data0) > 39) {
          const err3 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/maxLength", keyword: "maxLength", params: { limit: 39 }, schema: 39, parentSchema: schema171, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema171, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/login", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, schema: schema171.type, parentSchema: schema171, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0 && func0.call(data, "id")) {
      let data1 = data.id;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, schema: schema170.properties.id.type, parentSchema: schema170.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 9007199254740991 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, schema: 9007199254740991, parentSchema: schema170.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema170.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.postgres !== void 0 && func0.call(data, "postgres")) {
      let data2 = data.postgres;
      if (typeof data2 === "string") {
        if (func64(data2) > 63) {
          const err9 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema172, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err10 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_$]{0,62}$" }, schema: "^[a-z_][a-z0-9_$]{0,62}$", parentSchema: schema172, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/postgres", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, schema: schema172.type, parentSchema: schema172, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.targets !== void 0 && func0.call(data, "targets")) {
      let data3 = data.targets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length > 200) {
          const err12 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxProperties", keyword: "maxProperties", params: { limit: 200 }, schema: 200, parentSchema: schema170.properties.targets, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 of Object.keys(data3)) {
          const _errs12 = errors;
          if (typeof key1 === "string") {
            if (func64(key1) > 64) {
              const err13 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 64 }, schema: 64, parentSchema: schema173, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern5.test(key1)) {
              const err14 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, schema: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema173, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, schema: schema173.type, parentSchema: schema173, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid3 = _errs12 === errors;
          if (!valid3) {
            const err16 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, schema: schema170.properties.targets.propertyNames, parentSchema: schema170.properties.targets, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data3)) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (func64(data4) > 63) {
              const err17 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/maxLength", keyword: "maxLength", params: { limit: 63 }, schema: 63, parentSchema: schema174, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern82.test(data4)) {
              const err18 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$" }, schema: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$", parentSchema: schema174, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/principal/type", keyword: "type", params: { type: "string" }, schema: schema174.type, parentSchema: schema174, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, schema: schema170.properties.targets.type, parentSchema: schema170.properties.targets, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema170.type, parentSchema: schema170, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identities === void 0 || !func0.call(data, "identities")) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identities" }, schema: schema169.required, parentSchema: schema169, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "identities")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema169, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.identities !== void 0 && func0.call(data, "identities")) {
      let data0 = data.identities;
      if (Array.isArray(data0)) {
        if (data0.length > 5e3) {
          const err2 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/maxItems", keyword: "maxItems", params: { limit: 5e3 }, schema: 5e3, parentSchema: schema169.properties.identities, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate93(data0[i0], { instancePath: instancePath + "/identities/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "array" }, schema: schema169.properties.identities.type, parentSchema: schema169.properties.identities, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema169.type, parentSchema: schema169, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { request, profile, targets, identities };
var branches = { "request:bundleGrant": request_bundleGrant, "request:repoGrant": request_repoGrant, "request:rowInteger": request_rowInteger, "request:rowRange": request_rowRange, "request:rowText": request_rowText, "request:rowValues": request_rowValues, "request:tableGrant": request_tableGrant, "request:teamGrant": request_teamGrant, "profile:repoSpec": profile_repoSpec, "profile:tableSpec": profile_tableSpec, "profile:teamGroup": profile_teamGroup, "profile:teamSpec": profile_teamSpec, "profile:usersGroup": profile_usersGroup, "targets:githubTarget": targets_githubTarget, "targets:postgresTarget": targets_postgresTarget };

// src/load/schemas.ts
var SCHEMAS = {
  request: access_request_schema_default,
  profile: profile_schema_default,
  targets: targets_schema_default,
  identities: identities_schema_default
};
var ONE_OF_BRANCHES = {
  tableGrant: { key: "table" },
  teamGrant: { key: "team" },
  repoGrant: { key: "repo" },
  bundleGrant: { key: "bundle" },
  tableSpec: { key: "table" },
  teamSpec: { key: "team" },
  repoSpec: { key: "repo" },
  teamGroup: { key: "team" },
  usersGroup: { key: "users" },
  postgresTarget: { key: "provider", value: "postgres" },
  githubTarget: { key: "provider", value: "github" },
  rowValues: { type: "array" },
  rowRange: { type: "object" },
  rowInteger: { type: "integer" },
  rowText: { type: "string" }
};
var registry;
function collectNames(schema, names, patterns, def) {
  if (typeof schema !== "object" || schema === null) return;
  if (Array.isArray(schema)) {
    for (const item of schema) collectNames(item, names, patterns, def);
    return;
  }
  const record = schema;
  if (typeof record["pattern"] === "string" && def !== void 0) patterns.set(record["pattern"], def);
  for (const [key, value] of Object.entries(record)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [prop, sub] of Object.entries(value)) {
        names.add(prop);
        collectNames(sub, names, patterns, def);
      }
    } else if (key === "$defs" && typeof value === "object" && value !== null) {
      for (const [name, sub] of Object.entries(value)) collectNames(sub, names, patterns, name);
    } else {
      collectNames(value, names, patterns, def);
    }
  }
}
function build2() {
  const names = /* @__PURE__ */ new Set();
  const patterns = /* @__PURE__ */ new Map();
  for (const schema of Object.values(SCHEMAS)) collectNames(schema, names, patterns);
  return {
    validator(kind) {
      const fn = validators[kind];
      return fn;
    },
    branch: (kind, def) => Object.hasOwn(branches, `${kind}:${def}`) ? branches[`${kind}:${def}`] : void 0,
    patternDef: (pattern) => patterns.get(pattern),
    propertyNames: names
  };
}
function schemaRegistry() {
  registry ??= build2();
  return registry;
}

// src/load/schema-text.ts
var DEF_TEXT = {
  login: "a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
  name: "a name of lowercase letters, digits and inner hyphens (at most 64 characters)",
  requestId: "a request id of lowercase letters, digits and inner hyphens (at most 48 characters)",
  identifier: "a PostgreSQL identifier (lowercase letter or _, then lowercase letters, digits, _ or $; at most 63 bytes)",
  qualifiedTable: "schema.table, each part a PostgreSQL identifier (lowercase, at most 63 bytes)",
  teamSlug: "a GitHub team slug (lowercase letters, digits, - and _, at most 100 characters)",
  repoName: "a GitHub repository name (letters, digits, ., - and _, at most 100 characters; not . or ..)",
  ticket: "a ticket id like INC-4211 (letters and digits, a hyphen, then digits)",
  duration: "a duration like 15m, 2h or 3d",
  privilege: "a privilege name in capitals, like SELECT",
  envName: "an environment variable name (capital letters, digits and _)",
  principal: "a PostgreSQL role name or a GitHub login",
  rowText: "a value of letters, digits, spaces and @ . _ : + / # - (at most 200 characters; no quotes, semicolons or backslashes)",
  instant: "an instant like 2026-05-01T00:00:00Z (UTC, whole seconds)"
};
var WILDCARD_DEFS = /* @__PURE__ */ new Set([
  "identifier",
  "qualifiedTable",
  "teamSlug",
  "repoName",
  "privilege",
  "name",
  "login",
  "principal"
]);
var IDENTIFIER_DEFS = /* @__PURE__ */ new Set(["identifier", "qualifiedTable", "principal"]);
var IDENT_CHARS = /^[a-z_][a-z0-9_$]*$/;
function isOverlongIdentifier(value) {
  const parts = value.split(".");
  return parts.length <= 2 && parts.every((p) => IDENT_CHARS.test(p)) && parts.some((p) => p.length > 63);
}
function closestKey(written, allowed) {
  const w = written.toLowerCase();
  const limit = w.length <= 3 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const d = editDistance(w, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit || a.length > 64) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

// src/load/credentials.ts
var CREDENTIAL_KINDS = {
  "github-token": "a GitHub token",
  "aws-access-key": "an AWS access key id",
  "slack-token": "a Slack token",
  "private-key": "a private key",
  jwt: "a JSON Web Token",
  "url-password": "a URL or connection string with an embedded password",
  "secret-assignment": "a password, secret, token or API key assignment"
};
var GITHUB = /gh[pousr]_[A-Za-z0-9]{30}|github_pat_[A-Za-z0-9_]{30}/;
var AWS = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
var SLACK = /xox[abposr]-[0-9]{1,32}-[A-Za-z0-9-]{8}/;
var PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/;
var JWT = /eyJ[A-Za-z0-9_-]{5,2048}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g;
var MAX_JWT_CANDIDATES = 16;
var URL_PASSWORD = /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]{0,256}:([^\s/?#@]{1,256})@[^\s/?#@]/g;
var ASSIGNMENT = /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret)["']?(?:\s{0,8}=\s{0,8}|:\s{0,8}(?=["'])|:(?=[^\s]))(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"',;&]{1,256}))/gi;
var PLACEHOLDER = /^(?:\*+|x+|X+|\.+|<[^<>]*>|\[[^[\]]*\]|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^{}]*\}\})$/;
var NOT_SECRET = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "null", "none", "nil", "empty", "redacted", "hidden", "masked", "unset", "required", "optional"]);
var MIN_SECRET_LENGTH = 4;
function isPlaceholder(value) {
  return value.length < MIN_SECRET_LENGTH || PLACEHOLDER.test(value) || NOT_SECRET.has(value.toLowerCase());
}
function isJwtHeader(part) {
  try {
    const header = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}
function hasJwt(text) {
  if (!text.includes("eyJ")) return false;
  let seen = 0;
  for (const match of text.matchAll(JWT)) {
    if (isJwtHeader(match[0].slice(0, match[0].indexOf(".")))) return true;
    if (++seen >= MAX_JWT_CANDIDATES) break;
  }
  return false;
}
function hasUrlPassword(text) {
  if (!text.includes("://")) return false;
  for (const match of text.matchAll(URL_PASSWORD)) if (!isPlaceholder(match[1] ?? "")) return true;
  return false;
}
function hasAssignment(text) {
  for (const match of text.matchAll(ASSIGNMENT)) {
    const value = match[1] ?? match[2] ?? match[3] ?? "";
    if (!isPlaceholder(value)) return true;
  }
  return false;
}
var TRIGGER = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abposr]-|-----BEGIN|eyJ|:\/\/|pass|pwd|secret|token|key/i;
function findCredential(text) {
  if (text.length < 8 || !TRIGGER.test(text)) return void 0;
  if (PRIVATE_KEY.test(text)) return "private-key";
  if (GITHUB.test(text)) return "github-token";
  if (AWS.test(text)) return "aws-access-key";
  if (SLACK.test(text)) return "slack-token";
  if (hasJwt(text)) return "jwt";
  if (hasUrlPassword(text)) return "url-password";
  if (hasAssignment(text)) return "secret-assignment";
  return void 0;
}

// src/load/shown-pointer.ts
function shownPointer(pointer) {
  const names = schemaRegistry().propertyNames;
  const kept = [];
  for (const segment of pointerSegments(pointer) ?? []) {
    if (!(/^(?:0|[1-9][0-9]{0,5})$/.test(segment) || names.has(segment) || matches("name", segment))) break;
    if (findCredential(segment) !== void 0) break;
    kept.push(segment);
  }
  return joinPointer("", ...kept);
}
function fieldLabel(shown) {
  return shown === "" ? "the top level of the file" : `field "${shown.slice(1)}"`;
}

// src/load/schema-errors.ts
function typeName(value) {
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "a boolean";
  return Number.isInteger(value) ? "a number" : "a number with a fraction";
}
function defOf(error) {
  const parent = error.parentSchema;
  const pattern = typeof parent?.pattern === "string" ? parent.pattern : void 0;
  return pattern === void 0 ? void 0 : schemaRegistry().patternDef(pattern);
}
function scalarFinding(error) {
  const def = defOf(error);
  const value = error.data;
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const expected = String(params["type"]);
      const found = typeName(value);
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}, found ${found}.`, rank: 0 };
      if (expected === "string") return { code: "E_SCHEMA_EXPECTED_STRING", message: `Expected text, found ${found}.`, rank: 0 };
      if (expected === "boolean") return { code: "E_SCHEMA_EXPECTED_BOOLEAN", message: `Expected true or false, found ${found}.`, rank: 0 };
      if (expected === "integer" || expected === "number") {
        return { code: "E_SCHEMA_EXPECTED_INTEGER", message: `Expected a whole number, found ${found}.`, rank: 0 };
      }
      const want = expected === "object" ? "a mapping (field: value)" : expected === "array" ? "a list" : expected;
      return { code: "E_SCHEMA_TYPE", message: `Expected ${want}, found ${found}.`, rank: 0 };
    }
    case "pattern":
    case "maxLength":
    case "minLength": {
      const text = typeof value === "string" ? value : "";
      if (def !== void 0 && WILDCARD_DEFS.has(def) && text.includes("*")) {
        return { code: "E_WILDCARD", message: `Expected ${DEF_TEXT[def] ?? "an exact name"}; wildcards are not accepted.`, rank: 1 };
      }
      if (def === "duration") return { code: "E_DURATION_FORMAT", message: `Expected ${DEF_TEXT["duration"]}.`, rank: 2 };
      if (def !== void 0 && IDENTIFIER_DEFS.has(def) && isOverlongIdentifier(text)) {
        return { code: "E_IDENTIFIER_TOO_LONG", message: "A PostgreSQL identifier is longer than 63 bytes.", rank: 2 };
      }
      if (error.keyword === "pattern") {
        return { code: "E_SCHEMA_PATTERN", message: `Expected ${def === void 0 ? "the documented format" : DEF_TEXT[def] ?? "the documented format"}.`, rank: 4 };
      }
      const limit = Number(params["limit"]);
      const message = error.keyword === "maxLength" ? `Text is longer than ${limit} characters.` : limit <= 1 ? "Text must not be empty." : `Text is shorter than ${limit} characters.`;
      return { code: "E_SCHEMA_LENGTH", message, rank: 3 };
    }
    case "enum":
    case "const": {
      const allowed = [...new Set((error.keyword === "enum" ? params["allowedValues"] : [params["allowedValue"]]).map(String))];
      return { code: "E_SCHEMA_ENUM", message: `Expected one of: ${allowed.join(", ")}.`, rank: 1 };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bound = error.keyword.endsWith("inimum") ? "at least" : "at most";
      const strict = error.keyword.startsWith("exclusive") ? " (exclusive)" : "";
      return { code: "E_SCHEMA_RANGE", message: `The number must be ${bound} ${String(params["limit"])}${strict}.`, rank: 1 };
    }
    default:
      return void 0;
  }
}
function findingsFor(ctx, error, at) {
  const params = error.params;
  const show = shownPointer(at);
  const propertyName = error.propertyName;
  if (propertyName !== void 0) {
    const star = propertyName.includes("*");
    return [
      {
        code: star ? "E_WILDCARD" : "E_SCHEMA_NAME_FORMAT",
        message: star ? "A name in this mapping is a wildcard; use exact names." : `A name in this mapping is not ${DEF_TEXT["name"]}.`,
        at: joinPointer(at, propertyName),
        show,
        part: "key"
      }
    ];
  }
  switch (error.keyword) {
    case "propertyNames":
      return [];
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const properties = error.parentSchema?.properties ?? {};
      const allowed = Object.keys(properties);
      const guess = closestKey(key, allowed);
      const hint = guess === void 0 ? "" : ` Did you mean "${guess}"?`;
      return [{ code: "E_SCHEMA_UNKNOWN_FIELD", message: `Unknown field; allowed here: ${allowed.join(", ")}.${hint}`, at: joinPointer(at, key), show, part: "key" }];
    }
    case "required":
      return [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${String(params["missingProperty"])}".`, at, show, part: "value" }];
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const bound = error.keyword.startsWith("min") ? "at least" : "at most";
      return [{ code: "E_SCHEMA_COUNT", message: `Needs ${bound} ${String(params["limit"])} entries.`, at, show, part: "value" }];
    }
    case "uniqueItems": {
      const i = Number(params["i"]);
      const j = Number(params["j"]);
      return [
        {
          code: "E_SCHEMA_DUPLICATE_ITEM",
          message: `Entries ${Math.min(i, j)} and ${Math.max(i, j)} (counting from 0) are the same.`,
          at: joinPointer(at, Math.max(i, j)),
          show,
          part: "value"
        }
      ];
    }
    case "oneOf":
      return oneOfFindings(ctx, error, at);
    default: {
      const scalar = scalarFinding(error);
      if (scalar !== void 0) return [{ ...scalar, at, show, part: "value" }];
      return [{ code: "E_SCHEMA_INVALID", message: `The value does not satisfy the schema (${error.keyword}).`, at, show, part: "value" }];
    }
  }
}
function oneOfFindings(ctx, error, at) {
  const show = shownPointer(at);
  const data = error.data;
  const refs = (Array.isArray(error.schema) ? error.schema : []).map((b) => (b.$ref ?? "").replace("#/$defs/", ""));
  const typed = refs.map((def) => [def, ONE_OF_BRANCHES[def]]).flatMap(([def, rule]) => rule !== void 0 && "type" in rule ? [{ def, type: rule.type }] : []);
  if (typed.length > 0 && typed.length === refs.length) return typedOneOfFindings(ctx, data, typed, at);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [{ code: "E_SCHEMA_TYPE", message: `Expected a mapping (field: value), found ${typeName(data)}.`, at, show, part: "value" }];
  }
  const record = data;
  const keyed = refs.map((def) => [def, ONE_OF_BRANCHES[def]]).flatMap(([def, rule]) => rule !== void 0 && "key" in rule ? [{ def, rule }] : []);
  const meant = keyed.filter(({ rule }) => Object.hasOwn(record, rule.key) && (rule.value === void 0 || record[rule.key] === rule.value)).map(({ def }) => def);
  const first = meant[0];
  const branch = meant.length === 1 && first !== void 0 ? schemaRegistry().branch(ctx.kind, first) : void 0;
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const rules = keyed.map(({ rule }) => rule);
  const valueRule = rules.find((r) => r.value !== void 0);
  if (valueRule !== void 0) {
    const values = rules.map((r) => r.value ?? "").join(", ");
    return Object.hasOwn(record, valueRule.key) ? [{ code: "E_SCHEMA_ENUM", message: `Expected one of: ${values}.`, at: joinPointer(at, valueRule.key), show: shownPointer(joinPointer(at, valueRule.key)), part: "value" }] : [{ code: "E_SCHEMA_MISSING_FIELD", message: `Missing required field "${valueRule.key}" (one of: ${values}).`, at, show, part: "value" }];
  }
  const keys = rules.map((r) => r.key).join(", ");
  const message = meant.length === 0 ? `Needs exactly one of: ${keys}; found none.` : `Needs exactly one of: ${keys}; found ${meant.length}.`;
  return [{ code: "E_SCHEMA_ONE_OF", message, at, show, part: "value" }];
}
var TYPE_WORDS = { array: "a list", object: "a mapping (field: value)", integer: "a whole number", string: "text" };
function typedOneOfFindings(ctx, data, typed, at) {
  const own = Array.isArray(data) ? "array" : data !== null && typeof data === "object" ? "object" : typeof data === "number" ? "integer" : typeof data === "string" ? "string" : void 0;
  const meant = typed.find((t) => t.type === own);
  const branch = meant === void 0 ? void 0 : schemaRegistry().branch(ctx.kind, meant.def);
  if (branch !== void 0) {
    branch(data);
    return findingsOf(ctx, branch.errors ?? [], at);
  }
  const expected = typed.map((t) => TYPE_WORDS[t.type]).join(" or ");
  return [{ code: "E_SCHEMA_TYPE", message: `Expected ${expected}, found ${typeName(data)}.`, at, show: shownPointer(at), part: "value" }];
}
function findingsOf(ctx, errors, base) {
  const oneOfAt = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const underOneOf = (p) => oneOfAt.some((o) => p === o || p.startsWith(`${o}/`));
  return errors.filter((e) => e.keyword === "oneOf" || !underOneOf(e.instancePath)).flatMap((e) => findingsFor(ctx, e, base + e.instancePath));
}
function schemaDiagnostics(ctx, errors) {
  const findings = findingsOf(ctx, errors, "");
  const bestRank = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rank !== void 0) bestRank.set(f.at, Math.min(bestRank.get(f.at) ?? f.rank, f.rank));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    if (f.rank !== void 0 && f.rank !== bestRank.get(f.at)) continue;
    const key = `${f.code}\0${f.at}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = offsetsAt(ctx.doc, f.at);
    const offset = f.part === "key" ? hit.key ?? hit.value : hit.value;
    out.push(diagnostic(f.code, f.message, { file: ctx.file, pointer: f.show, position: positionAt(ctx.text, offset) }));
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return out.slice(0, MAX_DIAGNOSTICS_PER_FILE);
}

// src/load/utf8.ts
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 128) {
      i += 1;
      continue;
    }
    let need;
    let min;
    if (b0 >= 194 && b0 <= 223) {
      need = 1;
      min = 128;
    } else if (b0 >= 224 && b0 <= 239) {
      need = 2;
      min = 2048;
    } else if (b0 >= 240 && b0 <= 244) {
      need = 3;
      min = 65536;
    } else {
      return i;
    }
    let cp = b0 & 255 >> need + 2;
    for (let k = 1; k <= need; k += 1) {
      const b = bytes[i + k];
      if (b === void 0 || (b & 192) !== 128) return i;
      cp = cp << 6 | b & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 10) {
      line += 1;
      column = 1;
    } else if ((b & 192) !== 128) {
      column += b >= 240 ? 2 : 1;
    }
  }
  return { line, column };
}

// src/load/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var SUSPECT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|\r(?!\n)|\uDB40[\uDC00-\uDC7F]/;
var BIDI = /* @__PURE__ */ new Set([1564, 8206, 8207, 8234, 8235, 8236, 8237, 8238, 8294, 8295, 8296, 8297]);
var INVISIBLE = /* @__PURE__ */ new Set([173, 4447, 4448, 6158, 8203, 8204, 8205, 8288, 8289, 8290, 8291, 8292, 12644, 65279, 65440, 65529, 65530, 65531]);
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function classify(cp, atFileStart) {
  if (cp === 9) return { code: "E_TEXT_TAB", what: "a tab" };
  if (cp === 0) return { code: "E_TEXT_NUL", what: "a NUL byte" };
  if (cp === 13) return { code: "E_TEXT_LONE_CR", what: "a carriage return not followed by a line feed" };
  if (cp === 65279 && atFileStart) return { code: "E_TEXT_BOM", what: "a byte order mark" };
  if (BIDI.has(cp)) return { code: "E_TEXT_BIDI", what: "a bidirectional control character" };
  if (INVISIBLE.has(cp) || cp >= 917504 && cp <= 917631) return { code: "E_TEXT_INVISIBLE", what: "an invisible character" };
  if (cp === 8232 || cp === 8233) return { code: "E_TEXT_LINE_SEPARATOR", what: "a Unicode line or paragraph separator" };
  return { code: "E_TEXT_CONTROL", what: "a control or non-character code point" };
}
function findSuspects(text, options) {
  if (!SUSPECT.test(text)) return [];
  const all = new RegExp(SUSPECT.source, "g");
  const found = [];
  for (let m = all.exec(text); m !== null && found.length < options.limit; m = all.exec(text)) {
    const codePoint = text.codePointAt(m.index) ?? 0;
    found.push({ index: m.index, codePoint, ...classify(codePoint, options.fileStart && m.index === 0) });
  }
  return found;
}
function scanText(text, file) {
  return findSuspects(text, { fileStart: true, limit: MAX_DIAGNOSTICS_PER_FILE }).map(
    (s) => diagnostic(s.code, `The file contains ${s.what} (${codePointLabel(s.codePoint)}).`, {
      file,
      pointer: "",
      position: positionAt(text, s.index)
    })
  );
}
function decodeText(bytes, file, maxBytes) {
  if (bytes.length > maxBytes) {
    return failed([
      diagnostic("E_FILE_TOO_LARGE", `The file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, {
        file,
        pointer: "",
        position: FILE_START
      })
    ]);
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return failed([
      diagnostic("E_TEXT_ENCODING", `The file is not valid UTF-8 (first bad byte at offset ${at}).`, {
        file,
        pointer: "",
        position: bytePosition(bytes, at)
      })
    ]);
  }
  const problems = scanText(text, file);
  if (problems.length > 0) return failed(problems);
  return ok(text.includes("\r") ? text.replace(/\r\n/g, "\n") : text);
}

// src/load/strings.ts
function visitStrings(value, visit) {
  const walk = (node, path) => {
    if (typeof node === "string") return visit(node, "value", () => joinPointer("", ...path));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) if (!walk(node[i] ?? null, [...path, i])) return false;
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        const at = [...path, key];
        if (!visit(key, "key", () => joinPointer("", ...at))) return false;
        if (!walk(node[key] ?? null, at)) return false;
      }
    }
    return true;
  };
  walk(value, []);
}

// src/load/values.ts
function where(ctx, s) {
  return { file: ctx.file, pointer: shownPointer(s.pointer), position: positionOf(ctx.doc, ctx.text, s.pointer, s.part) };
}
function subject(s) {
  const label = fieldLabel(shownPointer(s.pointer));
  return s.part === "key" ? `A key at ${label}` : `The value of ${label}`;
}
function decodedTextDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const [first] = findSuspects(text, { fileStart: false, limit: 1 });
    if (first === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(
      diagnostic(first.code, `${subject(s)} contains ${first.what} (${codePointLabel(first.codePoint)}) once its YAML escapes are decoded.`, where(ctx, s))
    );
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}
function credentialDiagnostics(value, ctx) {
  const found = [];
  visitStrings(value, (text, part, pointer) => {
    const kind = findCredential(text);
    if (kind === void 0) return true;
    const s = { text, part, pointer: pointer() };
    found.push(diagnostic("E_TEXT_CREDENTIAL", `${subject(s)} holds what looks like ${CREDENTIAL_KINDS[kind]}.`, where(ctx, s)));
    return found.length < MAX_DIAGNOSTICS_PER_FILE;
  });
  return found;
}

// src/load/load.ts
function maxBytesFor(kind) {
  return kind === "request" ? REQUEST_MAX_BYTES : POLICY_MAX_BYTES;
}
function maxNodesFor(kind) {
  return kind === "request" ? MAX_NODES_REQUEST : MAX_NODES_POLICY;
}
function loadFile(source, kind) {
  const file = displayPath(source.path);
  const text = decodeText(source.bytes, file, maxBytesFor(kind));
  if (!text.ok) return failed(text.diagnostics);
  const yaml = parseStrictYaml(text.value, file, maxNodesFor(kind));
  if (!yaml.ok) return failed(yaml.diagnostics);
  const ctx = { file, doc: yaml.value.doc, text: text.value };
  const decoded = decodedTextDiagnostics(yaml.value.value, ctx);
  if (decoded.length > 0) return failed(decoded);
  const secrets = kind === "request" ? credentialDiagnostics(yaml.value.value, ctx) : [];
  const validate = schemaRegistry().validator(kind);
  const data = yaml.value.value;
  if (!validate(data)) return failed([...secrets, ...schemaDiagnostics({ kind, ...ctx }, validate.errors ?? [])]);
  if (secrets.length > 0) return failed(secrets);
  return ok({ file, data, locate: lazyLocate(text.value) });
}

export {
  REQUEST_MAX_BYTES,
  POLICY_MAX_BYTES,
  MAX_REPO_FILES,
  MAX_REPO_DEPTH,
  REQUESTS_DIR,
  POLICIES_DIR,
  TARGETS_PATH,
  IDENTITIES_PATH,
  displayPath,
  splitRepoPath,
  classifyPath,
  require_dist,
  FILE_START,
  joinPointer,
  access_request_schema_default,
  identities_schema_default,
  profile_schema_default,
  targets_schema_default,
  CREDENTIAL_KINDS,
  findCredential,
  findSuspects,
  loadFile
};
