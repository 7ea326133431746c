/**
 * A deep copy in plain objects and arrays: typed values are detached from
 * the YAML parser's null-prototype mappings (and from the parsed document).
 */
export function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
}

/** An object's members, each a plain deep copy. */
export function plainObject(value: object): { [key: string]: unknown } {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
}
