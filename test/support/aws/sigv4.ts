/**
 * Signature Version 4 verification, written from AWS's specification
 * ("Create a signed AWS API request") with node:crypto alone, so the
 * stand-in checks the SDK's signing rather than trusting it: a request
 * signed with another secret, for another service or region, with a header
 * changed after signing, or a body changed after signing, is refused as IAM
 * refuses it.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface SigningCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface SignedRequest {
  readonly method: string;
  /** The path and query as received (`req.url`). */
  readonly url: string;
  /** Raw header pairs as received (`req.rawHeaders`). */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

/** IAM's sender-fault codes for authentication failures. */
export type SignatureFailure = {
  readonly code: 'IncompleteSignature' | 'InvalidClientTokenId' | 'SignatureDoesNotMatch' | 'RequestExpired' | 'MissingAuthenticationToken';
  readonly message: string;
};

const ALGORITHM = 'AWS4-HMAC-SHA256';
const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;_.-]+),\s*Signature=([0-9a-f]{64})$/;
const AMZ_DATE = /^(\d{8})T\d{6}Z$/;
/** How far the request's x-amz-date may be from the server's clock, as AWS allows. */
export const MAX_SKEW_MS = 15 * 60_000;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding: every byte but the unreserved characters A-Z a-z 0-9 - _ . ~ as %XX, uppercase. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path normalised (no `.`/`..`, no empty segments) and each segment encoded again, as the spec asks of every service but S3. */
function canonicalUri(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  const joined = `/${out.map(uriEncode).join('/')}`;
  return path.endsWith('/') && joined !== '/' ? `${joined}/` : joined;
}

function canonicalQuery(query: string): string {
  if (query === '') return '';
  const pairs = query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    const key = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, ' '));
    const value = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
    return [uriEncode(key), uriEncode(value)] as const;
  });
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Header name (lowercase) -> values in arrival order. */
function headerMap(raw: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    const list = map.get(name) ?? [];
    list.push(raw[i + 1] ?? '');
    map.set(name, list);
  }
  return map;
}

const trimAll = (value: string): string => value.trim().replace(/\s+/g, ' ');

export interface VerifyOptions {
  readonly service: string;
  readonly region: string;
  readonly now: number;
  readonly lookup: (accessKeyId: string) => SigningCredentials | undefined;
}

/** Undefined when the request is signed correctly by known credentials; otherwise why not, as IAM would say it. */
export function verifySigV4(req: SignedRequest, options: VerifyOptions): SignatureFailure | undefined {
  const headers = headerMap(req.rawHeaders);
  const authorization = headers.get('authorization');
  if (authorization === undefined) return { code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' };
  const m = authorization.length === 1 ? AUTH.exec(authorization[0] ?? '') : null;
  if (m === null) return { code: 'IncompleteSignature', message: 'Authorization header requires Credential, SignedHeaders and Signature' };
  const [, accessKeyId = '', scopeDate = '', region = '', service = '', signedList = '', signature = ''] = m;
  const amzDate = headers.get('x-amz-date')?.[0] ?? '';
  const dm = AMZ_DATE.exec(amzDate);
  if (dm === null) return { code: 'IncompleteSignature', message: 'x-amz-date is missing or malformed' };
  const signed = signedList.split(';');
  const sorted = [...signed].sort();
  if (signed.join(';') !== sorted.join(';') || new Set(signed).size !== signed.length) {
    return { code: 'IncompleteSignature', message: 'SignedHeaders must be sorted and unique' };
  }
  for (const required of ['host', 'x-amz-date']) {
    if (!signed.includes(required)) return { code: 'IncompleteSignature', message: `${required} must be signed` };
  }
  const credentials = options.lookup(accessKeyId);
  if (credentials === undefined) return { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' };
  const token = headers.get('x-amz-security-token')?.[0];
  if (credentials.sessionToken !== undefined) {
    if (token !== credentials.sessionToken || !signed.includes('x-amz-security-token')) {
      return { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' };
    }
  } else if (token !== undefined) {
    return { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' };
  }
  const when = Date.UTC(
    Number(amzDate.slice(0, 4)),
    Number(amzDate.slice(4, 6)) - 1,
    Number(amzDate.slice(6, 8)),
    Number(amzDate.slice(9, 11)),
    Number(amzDate.slice(11, 13)),
    Number(amzDate.slice(13, 15)),
  );
  if (!Number.isFinite(when) || Math.abs(options.now - when) > MAX_SKEW_MS) {
    return { code: 'RequestExpired', message: 'Request has expired.' };
  }
  if (dm[1] !== scopeDate || service !== options.service || region !== options.region) {
    return { code: 'SignatureDoesNotMatch', message: `Credential should be scoped to a valid region and service (${options.region}/${options.service}).` };
  }
  const payloadHash = sha256(req.body);
  const declared = headers.get('x-amz-content-sha256')?.[0];
  if (declared !== undefined && declared !== payloadHash && declared !== 'UNSIGNED-PAYLOAD') {
    return { code: 'SignatureDoesNotMatch', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };
  }
  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? '' : req.url.slice(q + 1);
  const canonicalHeaders = signed.map((name) => `${name}:${(headers.get(name) ?? []).map(trimAll).join(',')}\n`).join('');
  const canonicalRequest = [req.method, canonicalUri(path), canonicalQuery(query), canonicalHeaders, signedList, declared ?? payloadHash].join('\n');
  const scope = `${scopeDate}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, scopeDate), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    };
  }
  return undefined;
}
