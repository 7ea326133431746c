/** File kind -> file name under schemas/. */
export const SCHEMA_FILES: Readonly<Record<'request' | 'profile' | 'targets' | 'identities', string>>;
/** The ajv options the validators are generated with. */
export const AJV_OPTIONS: Readonly<Record<string, boolean>>;
/** Where the generated module and its declarations are written. */
export const OUTPUT: { readonly js: string; readonly dts: string };
/** The generated module and its declarations, as text. */
export function generateValidators(): { js: string; dts: string };
/** Writes both files to OUTPUT. */
export function writeValidators(): Promise<void>;
