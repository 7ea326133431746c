import { ProviderError } from '../errors.js';
import { createAwsProvider, type AwsProvider } from './provider.js';
import type { AwsTarget } from './types.js';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The provider for a target, with the credentials of the variables its
 * `credentials_env` prefix names. The access key id arrives as the
 * registry's secret (its variable is the one the registry checks is set);
 * the secret key and the session token are read here, from the same
 * environment (ConnectDeps.env), and handed to the SDK and nowhere else. Errors name the
 * variables, never a value.
 */
export function connectAws(target: AwsTarget, accessKeyId: string, env: Env): AwsProvider {
  const secretName = `${target.credentialsEnv}_SECRET_ACCESS_KEY`;
  const secretAccessKey = env[secretName];
  if (secretAccessKey === undefined || secretAccessKey === '') {
    throw new ProviderError('E_PROVIDER_CREDENTIAL_MISSING', target.name, `environment variable ${secretName} is not set or empty`);
  }
  const sessionToken = env[`${target.credentialsEnv}_SESSION_TOKEN`];
  return createAwsProvider(target, {
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken !== undefined && sessionToken !== '' ? { sessionToken } : {}) },
  });
}
