import type { Permission, RepoRecord, UserRecord } from '../state.js';
import type { Urls } from './urls.js';
import { nodeId, simpleUser } from './users.js';

/**
 * GitHub's `repository` (embedded in pull requests), a superset of
 * `minimal-repository` (embedded in invitations). `full-repository` adds a
 * few counters on top.
 */
export function repository(urls: Urls, repo: RepoRecord, owner: UserRecord): Record<string, unknown> {
  const api = urls.repoApi(repo.owner, repo.name);
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: fullName,
    owner: simpleUser(urls, owner),
    private: true,
    visibility: 'private',
    html_url: urls.web(`/${fullName}`),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://stand-in/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@stand-in:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: urls.web(`/${fullName}.git`),
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: urls.web(`/${fullName}`),
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: false,
    web_commit_signoff_required: false,
  };
}

export function fullRepository(urls: Urls, repo: RepoRecord, owner: UserRecord, permission: Permission | undefined): Record<string, unknown> {
  const { has_downloads: _unused, ...base } = repository(urls, repo, owner);
  return {
    ...base,
    has_discussions: false,
    network_count: 0,
    subscribers_count: 0,
    ...(permission === undefined ? {} : { permissions: permissionFlags(permission) }),
    ...(owner.type === 'Organization' ? { organization: simpleUser(urls, owner) } : {}),
  };
}

const ORDER: readonly Permission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];

export function permissionFlags(permission: Permission): Record<Permission, boolean> {
  const rank = ORDER.indexOf(permission);
  return {
    admin: rank >= 4,
    maintain: rank >= 3,
    push: rank >= 2,
    triage: rank >= 1,
    pull: rank >= 0,
  };
}
