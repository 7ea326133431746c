import { awsDescriptor } from './aws/descriptor.js';
import type { AnyDescriptor } from './descriptor.js';
import { githubDescriptor } from './github/descriptor.js';
import { mysqlDescriptor } from './mysql/descriptor.js';
import { postgresDescriptor } from './postgres/descriptor.js';

/**
 * The providers this build ships: one line each. Descriptors are pure and
 * light (their effectful halves load on connect), so the check job can
 * hold them all.
 */
export const BUILTIN_DESCRIPTORS: readonly AnyDescriptor[] = [postgresDescriptor, githubDescriptor, mysqlDescriptor, awsDescriptor];
