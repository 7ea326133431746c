export { GithubStandIn, ROUTES, type FileSpec, type StandInOptions } from './standin.js';
export type { FaultEffect, FaultRule, RequestLogEntry } from './faults.js';
export type { MergeMethod } from './merge.js';
export type { CodeownersError, Permission, ReviewState, UserType } from './state.js';
