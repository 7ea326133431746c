import type { FaultRule } from './faults.js';
import { type MergeMethod, mergeCommits } from './merge.js';
import { type BranchProtectionSpec, type RulesetSpec, type WorkflowState, safeProtection } from './settings-state.js';
import { StandInBase, type StandInOptions } from './standin-base.js';
import * as S from './state.js';

export { ROUTES, type FileSpec, type StandInOptions } from './standin-base.js';

/**
 * A local GitHub for tests, benchmarks and the demo: GitHub's REST semantics
 * and JSON shapes over real bare git repositories, with in-memory state for
 * what git does not hold, fault injection and request counting.
 */
export class GithubStandIn extends StandInBase {
  static async start(options: StandInOptions = {}): Promise<GithubStandIn> {
    const gh = new GithubStandIn(options.owner ?? 'acme', options.repo ?? 'access', options);
    await gh.boot(options);
    return gh;
  }

  // ---- pull requests ------------------------------------------------------------

  async openPull(p: { head: string; author: string; base?: string; title?: string; body?: string | null; draft?: boolean }): Promise<number> {
    const repo = this.repoRecord();
    if ((await this.refSha(p.head)) === undefined) throw new Error(`no branch ${p.head}`);
    if (!this.state.users.has(p.author.toLowerCase())) throw new Error(`unknown user ${p.author}`);
    const now = this.iso();
    const pr: S.PullRecord = {
      number: S.nextNumber(this.state, S.repoKey(repo.owner, repo.name)),
      id: S.nextId(this.state),
      title: p.title ?? `Pull request from ${p.head}`,
      body: p.body ?? null,
      author: p.author,
      repo: S.repoKey(repo.owner, repo.name),
      headRef: p.head,
      baseRef: p.base ?? repo.defaultBranch,
      state: 'open',
      draft: p.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      frozenHead: null,
      frozenBase: null,
      associated: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.state.pulls.push(pr);
    return pr.number;
  }

  pull(number: number): S.PullRecord {
    const pr = this.state.pulls.find((p) => p.repo === S.repoKey(this.owner, this.repo) && p.number === number);
    if (pr === undefined) throw new Error(`no pull request #${number}`);
    return pr;
  }

  async pullHead(number: number): Promise<string> {
    const pr = this.pull(number);
    const sha = pr.frozenHead ?? (await this.refSha(pr.headRef));
    if (sha === undefined) throw new Error(`pull request #${number} has no head`);
    return sha;
  }

  /**
   * Submits a review. `commitId` defaults to the current head; `user: null`
   * is a review whose author's account was since deleted.
   */
  async review(
    number: number,
    r: { user: string | null; state: S.ReviewState; commitId?: string | null; body?: string; submittedAt?: string },
  ): Promise<number> {
    const pr = this.pull(number);
    const review: S.ReviewRecord = {
      id: S.nextId(this.state),
      repo: pr.repo,
      pull: number,
      user: r.user,
      state: r.state,
      commitId: r.commitId === undefined ? await this.pullHead(number) : r.commitId,
      body: r.body ?? '',
      submittedAt: r.state === 'PENDING' ? null : (r.submittedAt ?? this.iso()),
    };
    this.state.reviews.push(review);
    return review.id;
  }

  dismissReview(id: number): void {
    const review = this.state.reviews.find((r) => r.id === id);
    if (review === undefined) throw new Error(`no review ${id}`);
    review.state = 'DISMISSED';
  }

  /** Presses the merge button: real commits, base branch moved by compare-and-swap. */
  async merge(number: number, m: { by: string; method?: MergeMethod }): Promise<{ sha: string; associated: readonly string[] }> {
    const pr = this.pull(number);
    if (pr.state !== 'open') throw new Error(`pull request #${number} is not open`);
    const git = this.gitOf();
    const head = await this.pullHead(number);
    const base = await this.refSha(pr.baseRef);
    if (base === undefined) throw new Error(`no base branch ${pr.baseRef}`);
    const out = await mergeCommits({
      git,
      pr,
      owner: this.owner,
      head,
      base,
      method: m.method ?? 'merge',
      merger: this.signature(m.by),
      author: this.signature(pr.author),
      time: Math.floor(this.nowMs() / 1000),
    });
    if (!(await git.updateRef(`refs/heads/${pr.baseRef}`, out.tip, base))) throw new Error('base branch moved during merge');
    Object.assign(pr, {
      state: 'closed',
      merged: true,
      mergedAt: this.iso(),
      mergedBy: m.by,
      mergeCommitSha: out.tip,
      frozenHead: head,
      frozenBase: base,
      associated: [...out.associated],
      closedAt: this.iso(),
      updatedAt: this.iso(),
    });
    return { sha: out.tip, associated: out.associated };
  }

  async closePull(number: number): Promise<void> {
    const pr = this.pull(number);
    Object.assign(pr, {
      state: 'closed',
      frozenHead: await this.pullHead(number),
      frozenBase: (await this.refSha(pr.baseRef)) ?? null,
      closedAt: this.iso(),
      updatedAt: this.iso(),
    });
  }

  /** A comment on an issue or pull request, as `author` would post it. */
  addComment(issue: number, author: string, body: string): number {
    const now = this.iso();
    const id = S.nextId(this.state);
    this.state.comments.push({ id, repo: S.repoKey(this.owner, this.repo), issue, author, body, createdAt: now, updatedAt: now });
    return id;
  }

  // ---- repository settings (doctor) ---------------------------------------------

  /** Changes the classic protection of `branch` (default: the default branch); null removes it (404 "Branch not protected"). */
  setBranchProtection(changes: Partial<BranchProtectionSpec> | null, branch?: string, repo: string = this.repo): void {
    const record = this.repoRecord(repo);
    const name = branch ?? record.defaultBranch;
    if (changes === null) record.settings.protection.delete(name);
    else record.settings.protection.set(name, { ...(record.settings.protection.get(name) ?? safeProtection()), ...changes });
  }

  /** Adds an active ruleset (defaults: targets the default branch, no rules, nobody may bypass); returns its id. */
  addRuleset(r: Partial<Omit<RulesetSpec, 'id'>> = {}, repo: string = this.repo): number {
    const id = S.nextId(this.state);
    this.repoRecord(repo).settings.rulesets.push({
      id,
      name: r.name ?? `ruleset-${id}`,
      enforcement: r.enforcement ?? 'active',
      branches: r.branches ?? ['~DEFAULT_BRANCH'],
      ...(r.pullRequest !== undefined ? { pullRequest: r.pullRequest } : {}),
      otherRules: r.otherRules ?? [],
      bypassActors: r.bypassActors ?? [],
      ...(r.requiredStatusChecks !== undefined ? { requiredStatusChecks: r.requiredStatusChecks } : {}),
    });
    return id;
  }

  /** "Allow GitHub Actions to create and approve pull requests". */
  setActionsCanApprove(can: boolean, repo: string = this.repo): void {
    this.repoRecord(repo).settings.actions.canApprovePullRequestReviews = can;
  }

  /**
   * Creates or changes an environment (new ones start limited to protected
   * branches, no reviewers, no wait timer); null deletes it. Custom branch
   * rules: `{ deploymentBranchPolicy: { custom: [{ name: 'main', type: 'branch' }] } }`.
   */
  setEnvironment(
    name: string,
    e: {
      deploymentBranchPolicy?: null | 'protected' | { custom: { name: string; type: 'branch' | 'tag' }[] };
      reviewers?: string[];
      waitTimer?: number;
    } | null,
    repo: string = this.repo,
  ): void {
    const envs = this.repoRecord(repo).settings.environments;
    if (e === null) {
      envs.delete(name);
      return;
    }
    const current = envs.get(name) ?? {
      id: S.nextId(this.state),
      name,
      createdAt: this.iso(),
      deploymentBranchPolicy: 'protected' as const,
      reviewers: [],
      waitTimer: 0,
    };
    const policy = e.deploymentBranchPolicy;
    envs.set(name, {
      ...current,
      ...(policy !== undefined
        ? {
            deploymentBranchPolicy:
              policy === null || policy === 'protected' ? policy : { custom: policy.custom.map((p) => ({ id: S.nextId(this.state), ...p })) },
          }
        : {}),
      ...(e.reviewers !== undefined ? { reviewers: e.reviewers } : {}),
      ...(e.waitTimer !== undefined ? { waitTimer: e.waitTimer } : {}),
    });
  }

  /** A workflow's state (file name under .github/workflows/); null: no such workflow (404). */
  setWorkflowState(file: string, state: WorkflowState | null, repo: string = this.repo): void {
    const workflows = this.repoRecord(repo).settings.workflows;
    const current = workflows.get(file);
    if (state === null) workflows.delete(file);
    else workflows.set(file, { ...(current ?? { id: S.nextId(this.state), name: file, file, createdAt: this.iso() }), state });
  }

  /** false: tokens cannot read administration settings (as the workflow GITHUB_TOKEN): 403s and no ruleset bypass list. */
  setAdminReadable(readable: boolean, repo: string = this.repo): void {
    this.repoRecord(repo).settings.adminReadable = readable;
  }

  // ---- faults -------------------------------------------------------------------

  /** See FaultRule: e.g. `{ route: '/repos/{owner}/{repo}/pulls/{pull_number}', times: 2, effect: { kind: 'status', status: 502 } }`. */
  inject(rule: FaultRule): void {
    this.faults.add(rule);
  }

  /**
   * Eventual consistency: the next `reads` GETs of `route` ('*' for all) see
   * the state and refs as of now, whatever is written meanwhile.
   */
  async lagReads(route: string, reads: number): Promise<void> {
    const refs = new Map<string, ReadonlyMap<string, string>>();
    for (const [key, git] of this.gits) refs.set(key, await git.listRefs());
    this.faults.addLag(route, reads, { state: structuredClone(this.state), refs });
  }
}
