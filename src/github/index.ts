/** The GitHub port: the only code that talks to GitHub. */
export { createGithubClient, type GithubClient, type GithubClientOptions, type GithubLogger } from './client.js';
export { GithubError, NonFastForwardError } from './errors.js';
export { GITHUB_CODES, type GithubErrorCode } from '../shared/codes/github.js';
export type { RepoRef } from './names.js';
export * from './types.js';
export { getPull, listPullFiles, listPullCommits, listPullReviews, listPullsForCommit, MAX_PULL_COMMITS, MAX_PULL_FILES, type PollOptions } from './pulls.js';
export {
  createBlob,
  createCommit,
  createRef,
  createTree,
  getBlob,
  getCommit,
  getRef,
  getTree,
  gitBlobSha,
  updateRefFastForward,
  type NewCommit,
  type NewTreeEntry,
} from './git-data.js';
export { getFileAtRef, listDirectory, DEFAULT_MAX_FILE_BYTES } from './files.js';
export { createIssue, findIssueByMarker, updateIssue, upsertCommentByMarker, type IssueUpdate, type NewIssue, type UpsertResult } from './issues.js';
export {
  addTeamMembership,
  getTeamMembership,
  isTeamVisible,
  listTeamMembers,
  removeTeamMembership,
  requireVisibleTeam,
  type TeamMembership,
} from './teams.js';
export {
  addCollaborator,
  deleteInvitation,
  getCodeownersErrors,
  getCollaboratorPermission,
  getRepo,
  listInvitations,
  removeCollaborator,
  type Invitation,
  type RepoPermission,
} from './repos.js';
export { createGithubAccessApi } from './access-api.js';
