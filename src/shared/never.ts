/**
 * The end of every switch over a closed set (provider ids, grant kinds,
 * modes): a new member is a compile error here, and at run time (data that
 * slipped past its schema) a thrown error, never the behaviour of another member.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
