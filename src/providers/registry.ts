import { diagnostic, UserError } from '../diagnostics.js';
import { matches } from '../shared/patterns.js';
import type { Target } from '../policy/types.js';
import type { ConnectDeps, Provider } from './contract.js';

export type { ConnectDeps };
import { createGithubProvider } from './github/provider.js';
import { PROVIDER_IDS, planFor, unknownProvider } from './planners.js';
import { createPostgresProvider } from './postgres/provider.js';
import type { PostgresTarget } from './postgres/validate.js';

// The planners live apart so the check job can plan without loading this file.
export { PROVIDER_IDS, planFor };

export type Env = Readonly<Record<string, string | undefined>>;

/** The effectful half of a provider; its planner is in planners.ts. */
interface Factory {
  /** The targets.yaml field naming the credential's variable, and its value. */
  credential(target: Target): { readonly field: string; readonly env: string };
  connect(target: Target, secret: string, deps: ConnectDeps): Provider;
}

function expect<P extends Target['provider']>(target: Target, id: P): Extract<Target, { provider: P }> {
  if (target.provider !== id) throw new Error(`registry routed a ${target.provider} target to the ${id} factory`);
  return target as Extract<Target, { provider: P }>;
}

const REGISTRY: ReadonlyMap<string, Factory> = new Map<string, Factory>([
  [
    'postgres',
    {
      credential: (t) => ({ field: 'connection_env', env: expect(t, 'postgres').connectionEnv }),
      connect: (t, secret, deps) => {
        const target: PostgresTarget = expect(t, 'postgres');
        return createPostgresProvider(target, {
          connectionString: secret,
          ...(deps.onStatement !== undefined ? { onStatement: deps.onStatement } : {}),
        });
      },
    },
  ],
  [
    'github',
    {
      credential: (t) => ({ field: 'token_env', env: expect(t, 'github').tokenEnv }),
      connect: (t, secret, deps) => {
        const target = expect(t, 'github');
        if (deps.githubAccess === undefined) throw new Error('github targets need the GitHub port (ConnectDeps.githubAccess)');
        return createGithubProvider(target, deps.githubAccess(secret, target));
      },
    },
  ],
]);

const where = (target: Target, field: string): { file: string; pointer: string } => ({
  file: 'policies/targets.yaml',
  pointer: `/targets/${target.name}/${field}`,
});

function factoryFor(target: Target): Factory {
  const factory = REGISTRY.get(target.provider);
  if (factory === undefined) throw unknownProvider(target);
  return factory;
}

/**
 * The effectful provider for a target, with the credential read from the
 * environment variable the target names. The value is handed to the provider
 * and nowhere else; errors name the variable, never its content.
 */
export function connect(target: Target, env: Env, deps: ConnectDeps = {}): Provider {
  const factory = factoryFor(target);
  const { field, env: name } = factory.credential(target);
  const secret = env[name];
  if (secret === undefined || secret === '') {
    const shown = matches('envName', name) ? name : '(invalid name)';
    throw new UserError([
      diagnostic(
        'E_PROVIDER_CREDENTIAL_MISSING',
        `target ${target.name}: environment variable ${shown} is not set or empty`,
        where(target, field),
      ),
    ]);
  }
  return factory.connect(target, secret, deps);
}
