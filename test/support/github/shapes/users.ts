import type { UserRecord } from '../state.js';
import type { Urls } from './urls.js';

/** GitHub's `simple-user`, the way every endpoint embeds an account. */
export function simpleUser(urls: Urls, user: UserRecord): Record<string, unknown> {
  // Bot logins carry brackets (github-actions[bot]); GitHub percent-encodes them in URLs.
  const login = encodeURIComponent(user.login);
  const api = urls.api(`/users/${login}`);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : user.type === 'Organization' ? 'O' : 'U', user.id),
    avatar_url: urls.web(`/avatars/u/${user.id}`),
    gravatar_id: '',
    url: api,
    html_url: urls.web(`/${login}`),
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** Opaque GraphQL-style node ids; only their presence and stability matter. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;
}
