import type { CredentialKind } from '../../src/load/credentials.js';

/*
 * Credentials are assembled from parts so this file itself holds no string a
 * secret scanner would flag; each is shaped exactly as its issuer documents.
 */
const ALNUM36 = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const JWT_HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
const JWT_BODY = Buffer.from('{"sub":"1234567890","name":"x"}').toString('base64url');

export const SAMPLES: readonly { kind: CredentialKind; name: string; value: string }[] = [
  { kind: 'github-token', name: 'classic personal token', value: `ghp_${ALNUM36}` },
  { kind: 'github-token', name: 'OAuth token', value: `gho_${ALNUM36}` },
  { kind: 'github-token', name: 'user-to-server token', value: `ghu_${ALNUM36}` },
  { kind: 'github-token', name: 'server-to-server token', value: `ghs_${ALNUM36}` },
  { kind: 'github-token', name: 'refresh token', value: `ghr_${ALNUM36}` },
  { kind: 'github-token', name: 'fine-grained token', value: `github_pat_11ABCDEFG0${'x1Y2z3'.repeat(5)}_${'Q9w8E7r6T5'.repeat(6)}` },
  { kind: 'aws-access-key', name: 'AWS long-term key id', value: `AKIA${'IOSFODNN7EXAMPL1'}` },
  { kind: 'aws-access-key', name: 'AWS temporary key id', value: `ASIA${'Y34FZKBOKMUTVV7A'}` },
  { kind: 'slack-token', name: 'Slack bot token', value: `xoxb-${'123456789012'}-${'1234567890123'}-${'AbCdEfGhIjKlMnOpQrStUvWx'}` },
  { kind: 'slack-token', name: 'Slack user token', value: `xoxp-${'123456789012'}-${'123456789012'}-${'1234567890123'}-${'0123456789abcdef0123456789abcdef'}` },
  { kind: 'private-key', name: 'RSA private key', value: `-----BEGIN RSA ${'PRIVATE KEY'}-----\nMIIEowIBAAKCAQEA\n-----END RSA ${'PRIVATE KEY'}-----` },
  { kind: 'private-key', name: 'OpenSSH private key', value: `-----BEGIN OPENSSH ${'PRIVATE KEY'}-----` },
  { kind: 'private-key', name: 'PKCS#8 private key', value: `-----BEGIN ${'PRIVATE KEY'}-----` },
  { kind: 'jwt', name: 'JWT', value: `${JWT_HEADER}.${JWT_BODY}.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U` },
  { kind: 'url-password', name: 'PostgreSQL connection URL', value: `postgres://app:${'s3cr3t-Pw'}@db.internal:5432/orders` },
  { kind: 'url-password', name: 'URL with an empty user', value: `redis://:${'hunter2hunter2'}@cache:6379` },
  { kind: 'url-password', name: 'HTTPS URL with credentials', value: `https://deploy:${'Zx9-vB7q'}@git.example.com/repo.git` },
  { kind: 'secret-assignment', name: 'password= assignment', value: `password=${'Tr0ub4dor&3'}` },
  { kind: 'secret-assignment', name: 'secret = assignment', value: `client_secret = ${'9f8e7d6c5b4a'}` },
  { kind: 'secret-assignment', name: 'token= assignment', value: `token=${'abcd1234efgh'}` },
  { kind: 'secret-assignment', name: 'api_key= assignment', value: `api_key=${'k-7781-zz'}` },
  { kind: 'secret-assignment', name: 'DB_PASSWORD= assignment', value: `DB_PASSWORD="${'correct horse'}"` },
  { kind: 'secret-assignment', name: 'JSON "token": assignment', value: `{"token": "${'q1w2e3r4t5'}"}` },
  { kind: 'secret-assignment', name: 'key=value connection string', value: `host=db user=app password=${'pa55word!'} dbname=orders` },
];
