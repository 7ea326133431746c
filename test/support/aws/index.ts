/**
 * A local IAM: an HTTP server on loopback speaking IAM's query protocol
 * (form-encoded `Action=...` POSTs, XML answers, IAM's error shapes), for
 * the real @aws-sdk/client-iam through its `endpoint` setting. Every
 * request's SigV4 signature is verified (sigv4.ts). Faults: throttling,
 * 5xx, dropped connections, any IAM error, and eventual consistency (a new
 * role invisible for N requests, a deleted one readable for N more).
 * Test support: nothing in src/ imports it. README.md beside it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OPERATIONS, WRITES, type OpContext } from './operations.js';
import { verifySigV4, type SigningCredentials } from './sigv4.js';
import { IamError, type RoleRecord } from './state.js';
import { errorXml, responseXml } from './xml.js';

export type IamFaultEffect =
  /** 400 Throttling ("Rate exceeded"): the SDK's retry backs off and tries again. */
  | { readonly kind: 'throttle' }
  /** A 5xx ServiceFailure / ServiceUnavailable: retried by the SDK. */
  | { readonly kind: 'status'; readonly status: 500 | 503 }
  /** Any IAM error (e.g. 409 LimitExceeded, 403 AccessDenied). */
  | { readonly kind: 'error'; readonly status: number; readonly code: string }
  /** The connection is cut before an answer, after the operation ran (`applied`) or without running it. */
  | { readonly kind: 'reset'; readonly applied?: boolean };

export interface IamFaultRule {
  /** An IAM action, `'write'` for every write, or `'*'`. */
  readonly action: string;
  readonly after?: number;
  readonly times: number;
  readonly effect: IamFaultEffect;
}

export interface IamRequestEntry {
  readonly action: string;
  /** The request's parameters, `Action` and `Version` aside. */
  readonly params: Readonly<Record<string, string>>;
  status: number;
  readonly fault: IamFaultEffect['kind'] | undefined;
  readonly signed: boolean;
}

export interface IamStandInOptions {
  readonly accountId?: string;
  readonly partition?: string;
  readonly region?: string;
  /** Items per page of every list (IAM's default is 100). */
  readonly pageSize?: number;
}

export const STANDIN_CREDENTIALS: SigningCredentials = {
  accessKeyId: 'AKIASTANDINGRANTOR01',
  secretAccessKey: 'standin/secret/key/for/the/grantor/role/0001',
  sessionToken: 'standin-session-token',
};

interface LiveRule {
  readonly rule: IamFaultRule;
  skipped: number;
  applied: number;
}

export class IamStandIn {
  readonly accountId: string;
  readonly partition: string;
  readonly region: string;
  readonly url: string;
  readonly roles = new Map<string, RoleRecord>();
  readonly requests: IamRequestEntry[] = [];
  /** Stand-in crashes (bugs), never IAM errors: tests assert it stays empty. */
  readonly serverErrors: Error[] = [];
  private readonly lingering = new Map<string, { record: RoleRecord; reads: number }>();
  private readonly credentials = new Map<string, SigningCredentials>();
  private rules: LiveRule[] = [];
  private hideNewFor = 0;
  private lingerFor = 0;
  private readonly pageSize: number;

  private constructor(
    private readonly server: Server,
    url: string,
    options: IamStandInOptions,
  ) {
    this.url = url;
    this.accountId = options.accountId ?? '111122223333';
    this.partition = options.partition ?? 'aws';
    this.region = options.region ?? 'us-east-1';
    this.pageSize = options.pageSize ?? 100;
    this.addCredentials(STANDIN_CREDENTIALS);
  }

  static async start(options: IamStandInOptions = {}): Promise<IamStandIn> {
    // Requests are answered once the stand-in exists (it needs the server's port first).
    const made: { standIn?: IamStandIn } = {};
    const server = createServer((req, res) => {
      const standIn = made.standIn;
      if (standIn === undefined) return void res.destroy();
      standIn.handle(req, res).catch((error: unknown) => {
        standIn.serverErrors.push(error instanceof Error ? error : new Error(String(error)));
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    // The SDK keeps connections alive; tests stop the server with them open.
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const standIn = new IamStandIn(server, `http://127.0.0.1:${port}`, options);
    made.standIn = standIn;
    return standIn;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addCredentials(credentials: SigningCredentials): void {
    this.credentials.set(credentials.accessKeyId, credentials);
  }

  inject(rule: IamFaultRule): void {
    if (!Number.isInteger(rule.times) || rule.times < 1) throw new Error('times must be a positive integer');
    this.rules.push({ rule, skipped: 0, applied: 0 });
  }

  clearFaults(): void {
    this.rules = [];
    this.hideNewFor = 0;
    this.lingerFor = 0;
  }

  /** Eventual consistency: each role created from now on answers NoSuchEntity to the next `requests` requests naming it. */
  hideNewRoles(requests: number): void {
    this.hideNewFor = requests;
  }

  /** Eventual consistency: each role deleted from now on is still read for the next `requests` reads. */
  lingerDeletedRoles(requests: number): void {
    this.lingerFor = requests;
  }

  /** Requests received for an action (faulted and refused ones included). */
  count(action: string): number {
    return this.requests.filter((r) => r.action === action).length;
  }

  private takeFault(action: string): IamFaultEffect | undefined {
    for (const live of this.rules) {
      const r = live.rule;
      const hit = r.action === '*' || r.action === action || (r.action === 'write' && WRITES.has(action));
      if (!hit || live.applied >= r.times) continue;
      if (live.skipped < (r.after ?? 0)) {
        live.skipped += 1;
        continue;
      }
      live.applied += 1;
      this.rules = this.rules.filter((l) => l.applied < l.rule.times);
      return r.effect;
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const requestId = randomUUID();
    const form = new URLSearchParams(body.toString('utf8'));
    const action = form.get('Action') ?? '';
    const params: Record<string, string> = {};
    for (const [k, v] of form) if (k !== 'Action' && k !== 'Version') params[k] = v;
    const failure = verifySigV4(
      { method: req.method ?? '', url: req.url ?? '/', rawHeaders: req.rawHeaders, body },
      { service: 'iam', region: this.region, now: Date.now(), lookup: (id) => this.credentials.get(id) },
    );
    const entry: IamRequestEntry = { action, params, status: 0, fault: undefined, signed: failure === undefined };
    const reply = (status: number, xml: string): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }).end(xml);
    };
    if (failure !== undefined) {
      this.requests.push(entry);
      return reply(
        failure.code === 'MissingAuthenticationToken' ? 403 : failure.code === 'RequestExpired' ? 400 : 403,
        errorXml('Sender', failure.code, failure.message, requestId),
      );
    }
    const operation = OPERATIONS[action];
    if (req.method !== 'POST' || form.get('Version') !== '2010-05-08' || operation === undefined) {
      this.requests.push(entry);
      return reply(
        400,
        errorXml('Sender', 'InvalidAction', 'Could not find operation ' + (operation === undefined ? 'requested' : 'for this method or version'), requestId),
      );
    }
    const effect = this.takeFault(action);
    const faulted: IamRequestEntry = { ...entry, fault: effect?.kind };
    this.requests.push(faulted);
    const answer = (status: number, xml: string): void => {
      faulted.status = status;
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }).end(xml);
    };
    if (effect !== undefined && !(effect.kind === 'reset' && effect.applied === true)) {
      switch (effect.kind) {
        case 'throttle':
          return answer(400, errorXml('Sender', 'Throttling', 'Rate exceeded', requestId));
        case 'status':
          return answer(
            effect.status,
            errorXml(
              'Receiver',
              effect.status === 503 ? 'ServiceUnavailable' : 'ServiceFailure',
              'The request processing has failed because of an unknown error.',
              requestId,
            ),
          );
        case 'error':
          return answer(effect.status, errorXml(effect.status >= 500 ? 'Receiver' : 'Sender', effect.code, 'Injected fault.', requestId));
        case 'reset':
          faulted.status = -1;
          return void req.socket.destroy();
      }
    }
    const ctx: OpContext = {
      accountId: this.accountId,
      partition: this.partition,
      roles: this.roles,
      lingering: this.lingering,
      params: new Map(Object.entries(params)),
      now: Date.now,
      hideNewFor: this.hideNewFor,
      lingerFor: this.lingerFor,
      pageSize: this.pageSize,
    };
    try {
      const result = operation(ctx);
      if (effect?.kind === 'reset') {
        faulted.status = -1;
        return void req.socket.destroy();
      }
      answer(200, responseXml(action, result, requestId));
    } catch (error) {
      if (!(error instanceof IamError)) throw error;
      answer(error.status, errorXml(error.type, error.code, error.message, requestId));
    }
  }
}
