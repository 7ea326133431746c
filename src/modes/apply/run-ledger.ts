import { commitEvents, fold, type CommitDeps, type EventDraft, type Folded, type LedgerEvent } from '../../ledger/index.js';

/**
 * The ledger as this apply run last saw it. Every commit the run makes is
 * built on the branch tip of that moment, so the tip's events plus the ones
 * just written are the ledger after it: folded again (lazily, once per read
 * after a commit) for the next request. What a request finds already held,
 * and which grant it may extend, then include the grants recorded earlier in
 * this same run, intents too. Folding once for the whole run recorded the
 * second of two overlapping requests as holding the first one's access
 * before, and revoking the first then took away what the second approved.
 */
export class RunLedger {
  private folded: Folded | undefined;
  private events: readonly LedgerEvent[] = [];

  constructor(
    private readonly deps: CommitDeps,
    private readonly branch: string,
    initial: Folded,
  ) {
    this.folded = initial;
  }

  get current(): Folded {
    this.folded ??= fold(this.events);
    return this.folded;
  }

  async record(message: string, drafts: readonly EventDraft[]): Promise<void> {
    let base: readonly LedgerEvent[] = [];
    const result = await commitEvents(this.deps, {
      branch: this.branch,
      // The function form sees the tip each attempt builds on, the last one included.
      changes: (view) => {
        base = view.events;
        return { drafts };
      },
      message: `grantbook: ${message}`,
    });
    this.events = [...base, ...result.events];
    this.folded = undefined;
  }
}
