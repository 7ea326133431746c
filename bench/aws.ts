/**
 * Grant then revoke 1,000 requests on one aws target against the IAM
 * stand-in, against a baseline that makes the very IAM calls the plan shows
 * (read-backs included) straight through @aws-sdk/client-iam, with the same
 * client settings. Interleaved request by request, alternating which side
 * goes first. The difference is what the provider adds: its checks, the
 * documents built and compared, its bookkeeping.
 */
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { performance } from 'node:perf_hooks';
import { planAws } from '../src/providers/aws/plan.js';
import type { AwsTargetGrant } from '../src/providers/aws/types.js';
import { IamStandIn, STANDIN_CREDENTIALS } from '../test/support/aws/index.js';
import { awsProvider, awsTarget, exportsGrant } from '../test/support/aws/harness.js';
import type { BenchResult } from './support/types.js';

const REQUESTS = 1000;
const WARMUP = 50;

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The plan's calls, made one by one through the SDK: what a careful script would do by hand. */
async function direct(client: IAMClient, g: AwsTargetGrant, side: 'grant' | 'revoke'): Promise<void> {
  const plan = planAws(g);
  const ops = side === 'grant' ? plan.grant : plan.revoke;
  const at = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  for (const op of ops) {
    const b = op.body ?? {};
    const role = { RoleName: b.RoleName ?? '' };
    switch (op.text) {
      case 'IAM CreateRole':
        await client.send(
          new CreateRoleCommand({
            ...role,
            Path: b.Path,
            AssumeRolePolicyDocument: b.AssumeRolePolicyDocument,
            MaxSessionDuration: Number(b.MaxSessionDuration),
            Description: b.Description,
            ...(b.PermissionsBoundary !== undefined ? { PermissionsBoundary: b.PermissionsBoundary } : {}),
            Tags: JSON.parse(b.Tags ?? '[]') as { Key: string; Value: string }[],
          }),
        );
        break;
      case 'IAM PutRolePolicy':
        await client.send(
          new PutRolePolicyCommand({ ...role, PolicyName: b.PolicyName, PolicyDocument: (b.PolicyDocument ?? '').replace('{revoke_time}', at) }),
        );
        break;
      case 'IAM GetRole':
        await client.send(new GetRoleCommand(role)).catch((error: unknown) => {
          if ((error as Error).name !== 'NoSuchEntityException') throw error;
        });
        break;
      case 'IAM ListRolePolicies':
        await client.send(new ListRolePoliciesCommand(role));
        break;
      case 'IAM GetRolePolicy':
        await client.send(new GetRolePolicyCommand({ ...role, PolicyName: b.PolicyName }));
        break;
      case 'IAM ListAttachedRolePolicies':
        await client.send(new ListAttachedRolePoliciesCommand(role));
        break;
      case 'IAM DeleteRolePolicy':
        await client.send(new DeleteRolePolicyCommand({ ...role, PolicyName: b.PolicyName }));
        break;
      case 'IAM DetachRolePolicy':
        break; // nothing attached: the provider makes no call either
      case 'IAM DeleteRole':
        await client.send(new DeleteRoleCommand(role));
        break;
      default:
        throw new Error(`no baseline call for ${op.text}`);
    }
  }
}

export async function run(): Promise<BenchResult[]> {
  const iam = await IamStandIn.start();
  try {
    const target = awsTarget(iam);
    const provider = awsProvider(iam, target);
    const client = new IAMClient({ region: 'us-east-1', endpoint: iam.url, credentials: STANDIN_CREDENTIALS, maxAttempts: 3 });
    const requests = (prefix: string, count: number): AwsTargetGrant[] => Array.from({ length: count }, (_, i) => exportsGrant(target, `${prefix}-${i}`));
    const viaProvider = async (g: AwsTargetGrant, side: 'grant' | 'revoke'): Promise<void> => void (await provider[side](g));

    // Warm both paths (the SDK's lazy loading, connections, JIT) before measuring.
    for (const g of requests('warm-base', WARMUP)) {
      await direct(client, g, 'grant');
      await direct(client, g, 'revoke');
    }
    for (const g of requests('warm-prov', WARMUP)) {
      await viaProvider(g, 'grant');
      await viaProvider(g, 'revoke');
    }

    const base = requests('base', REQUESTS);
    const prov = requests('prov', REQUESTS);
    let baseGrant = 0;
    let provGrant = 0;
    let baseRevoke = 0;
    let provRevoke = 0;
    const calls = { base: 0, prov: 0 };
    for (const side of ['grant', 'revoke'] as const) {
      for (let i = 0; i < REQUESTS; i++) {
        const b = base[i];
        const p = prov[i];
        if (b === undefined || p === undefined) throw new Error('lost a request');
        const runBase = async (): Promise<number> => {
          const n = iam.requests.length;
          const ms = await timed(() => direct(client, b, side));
          calls.base += iam.requests.length - n;
          return ms;
        };
        const runProv = async (): Promise<number> => {
          const n = iam.requests.length;
          const ms = await timed(() => viaProvider(p, side));
          calls.prov += iam.requests.length - n;
          return ms;
        };
        let bMs: number;
        let pMs: number;
        if (i % 2 === 0) {
          bMs = await runBase();
          pMs = await runProv();
        } else {
          pMs = await runProv();
          bMs = await runBase();
        }
        if (side === 'grant') {
          baseGrant += bMs;
          provGrant += pMs;
        } else {
          baseRevoke += bMs;
          provRevoke += pMs;
        }
      }
      // Keep the stand-in's log from growing across the run.
      iam.requests.length = 0;
    }
    if (iam.roles.size !== 0) throw new Error(`${iam.roles.size} roles left after the run`);
    if (iam.serverErrors.length > 0) throw new Error(`stand-in errors: ${iam.serverErrors[0]?.message}`);
    client.destroy();
    await provider.close();
    const result = (name: string, value: number, baseline: number): BenchResult => ({
      name,
      value,
      unit: 'ms',
      baseline: { name: 'same IAM calls via the SDK', value: baseline },
      ratio: value / baseline,
      target: '<= 1.5',
    });
    return [
      result(`aws grant x${REQUESTS}`, provGrant, baseGrant),
      result(`aws revoke x${REQUESTS}`, provRevoke, baseRevoke),
      result(`aws grant+revoke x${REQUESTS}`, provGrant + provRevoke, baseGrant + baseRevoke),
      {
        name: `aws IAM calls per request (provider / baseline)`,
        value: calls.prov / REQUESTS,
        unit: 'calls',
        baseline: { name: 'baseline', value: calls.base / REQUESTS },
        ratio: calls.prov / calls.base,
      },
    ];
  } finally {
    await iam.stop();
  }
}
