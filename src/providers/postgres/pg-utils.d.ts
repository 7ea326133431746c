// pg's own quoting functions, from the file that defines them (pg exports it
// as `pg/lib/utils.js`; @types/pg does not describe it). The planners import
// them from here: importing `pg` itself would load the whole client (sockets,
// TLS, pools) into the check job, which only plans.
declare module 'pg/lib/utils.js' {
  // Plain functions (no `this`), so they may be taken off the object.
  const utils: {
    escapeIdentifier: (value: string) => string;
    escapeLiteral: (value: string) => string;
  };
  export default utils;
}
