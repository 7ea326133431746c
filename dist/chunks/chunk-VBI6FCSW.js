import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);

// src/shared/patterns.ts
var PATTERNS = {
  login: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
  teamSlug: "^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$",
  repoName: "^(?!\\.{1,2}$)[A-Za-z0-9_.-]{1,100}$",
  identifier: "^[a-z_][a-z0-9_$]{0,62}$",
  qualifiedTable: "^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$",
  /**
   * A MySQL/MariaDB account, `user@host`: a user name of at most 32
   * characters (MySQL 8's limit) and a host that is `%`, `localhost`, an IPv4
   * address or prefix ending in `.%`, or a lowercase DNS name. No quote, no
   * second `@`, no `_` wildcard in the host (src/providers/mysql/names.ts
   * re-checks each part).
   */
  mysqlAccount: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$",
  name: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$",
  requestId: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$",
  ticket: "^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,10}$",
  duration: "^[1-9][0-9]{0,3}[mhd]$",
  privilege: "^[A-Z][A-Z_]{0,31}$",
  envName: "^[A-Z][A-Z0-9_]{0,127}$",
  /** A grantee as the ledger records it: a database role name, a GitHub login, or a `user@host` account (mysqlAccount, without its anchors). */
  principal: "^(?:[a-z_][a-z0-9_$]{0,62}|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}@(?:%|localhost|(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|(?:[0-9]{1,3}\\.){1,3}%|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+))$",
  /**
   * A text value of a row filter: letters, digits and the punctuation ids,
   * e-mail addresses and codes use. No quote, backslash, semicolon, `=` or
   * `*`: values are passed as literals with the driver's escaping anyway,
   * and this keeps anything shaped like SQL out of the file altogether.
   */
  rowText: "^[A-Za-z0-9@._:+/# -]{1,200}$",
  /** An AWS account id. */
  awsAccountId: "^[0-9]{12}$",
  /** An IAM action as Grantbook accepts it: `service:Action`, at most one `*`, at the end of the action name. */
  awsAction: "^[a-z0-9-]{1,64}:(?:[A-Za-z0-9]{1,128}\\*?|\\*)$",
  /**
   * A person's AWS principal: an IAM user or role ARN, or one assumed-role
   * session (an Identity Center user). Never an account root, never a
   * wildcard, never a comma (it goes into a tag).
   */
  awsPrincipal: "^arn:(?:aws|aws-cn|aws-us-gov):(?:iam::[0-9]{12}:(?:user|role)(?:/[A-Za-z0-9+=.@_-]{1,64})*/[A-Za-z0-9+=.@_-]{1,64}|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=.@_-]{1,64}/[A-Za-z0-9+=.@_-]{2,64})$",
  /** A row filter's time bound: an RFC 3339 instant in UTC, whole seconds. */
  instant: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
};
var COMPILED = Object.fromEntries(Object.entries(PATTERNS).map(([key, source]) => [key, new RegExp(source, "u")]));
function matches(name, value) {
  return COMPILED[name].test(value);
}
function patternRegExp(name) {
  return COMPILED[name];
}
function repoSlug(value) {
  const slash = value.indexOf("/");
  if (slash < 0) return void 0;
  const owner = value.slice(0, slash);
  const repo = value.slice(slash + 1);
  return matches("login", owner) && matches("repoName", repo) ? { owner, repo } : void 0;
}

export {
  PATTERNS,
  matches,
  patternRegExp,
  repoSlug
};
