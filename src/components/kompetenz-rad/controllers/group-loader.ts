import type { ReactiveControllerHost } from 'lit';

type GroupModule = typeof import('../views/group-mode.js');

/** One load for the page: every wheel that shows a group shares it. */
let loading: Promise<GroupModule> | undefined;
let loaded: GroupModule | undefined;

/**
 * Loads the group wheel's code (`views/group-mode.ts`, with the domain's aggregation and its own
 * texts) the first time a wheel shows a group, so a page that shows people only never
 * downloads it. The host updates again once it is there (or could not be loaded).
 */
export class GroupLoader {
  /** The load under way; `updateComplete` waits for it. */
  pending: Promise<void> | undefined;
  /** Why the code could not be loaded. */
  failure: unknown;
  private arrived = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get module(): GroupModule | undefined {
    return loaded;
  }

  /** The module; `undefined` while it loads (the load is started by the first call). */
  get(): GroupModule | undefined {
    if (loaded || this.pending || this.failure !== undefined) return loaded;
    loading ??= import('../views/group-mode.js').then((module) => (loaded = module));
    this.pending = loading
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure = error ?? 'not loaded';
          loading = undefined;
        },
      )
      .finally(() => {
        this.pending = undefined;
        this.arrived = true;
        this.host.requestUpdate();
      });
    return undefined;
  }

  /** Whether the load ended since the last call (the group is then chosen anew). */
  takeArrival(): boolean {
    const arrived = this.arrived;
    this.arrived = false;
    return arrived;
  }
}
