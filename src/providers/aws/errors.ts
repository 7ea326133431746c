import { AWS_CODES, type AwsCode } from './codes.js';

/**
 * The aws provider refused or failed a step for a reason it can name.
 * Messages hold only names that passed the provider's patterns and IAM's
 * own error codes; never a credential, never a document IAM sent back.
 */
export class AwsProviderError extends Error {
  readonly code: AwsCode;
  readonly target: string;
  readonly details: readonly string[];

  constructor(code: AwsCode, target: string, message: string, details: readonly string[] = []) {
    super(`${code} target ${target}: ${message}`);
    this.name = 'AwsProviderError';
    this.code = code;
    this.target = target;
    this.details = details;
  }

  get fix(): string {
    return AWS_CODES[this.code].fix;
  }
}
