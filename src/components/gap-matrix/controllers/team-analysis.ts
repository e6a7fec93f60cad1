import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActualRule } from '../../../domain/assessments.js';
import type { Assessment, Catalogue, Person, Role } from '../../../domain/types.js';
import { Memo } from '../../../internal/memo.js';
import { nextTask } from '../../../internal/next-task.js';
import { TeamModel, type TeamInput } from '../model/team.js';

/** Rows analysed per slice of background work (milliseconds). */
const WORK_SLICE_MS = 12;
/** What a team model is built from. */
type TeamArgs = [people: readonly Person[], assessments: readonly Assessment[], catalogue: Catalogue, roles: readonly Role[], rule: ActualRule, validate: boolean, awaiting: boolean];

/** From this many people, a team that comes from the provider is built in a task of its own, not in the one that brought it. */
const BUILD_APART = 2_000;
const PROGRESS_EVERY_MS = 150;

/**
 * Team mode's model and its analysis in the background: the model is built once per data
 * change, the rows in view are analysed while they are drawn, everyone else in slices of
 * `WORK_SLICE_MS` between frames. The host is updated now and then to show the progress, and
 * always at the end.
 */
export class TeamAnalysis implements ReactiveController {
  private current: TeamModel | undefined;
  private cancel: (() => void) | undefined;
  /** The input whose model is being built in a task of its own, and how to call that off. */
  private building: { args: TeamArgs; cancel: () => void } | undefined;
  private progressDrawn = 0;
  private waiting: (() => void)[] = [];
  /** The last update drew a complete team, or none. */
  private drawnComplete = true;
  private readonly models = new Memo((...[people, assessments, catalogue, roles, rule, validate, awaiting]: TeamArgs) => new TeamModel({ people, assessments, catalogue, roles, rule, validate, awaiting }));

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get model(): TeamModel | undefined {
    return this.current;
  }

  /**
   * The team of this input (the same model while the input is the same); starts its analysis.
   * With `apart` (data a provider just brought), a large team not built yet is built in a task of
   * its own, so that the task that brought the data does not also build and draw it; until then
   * `undefined`, or the people shown while their records were on their way (`awaiting`), still pending.
   */
  use({ people, assessments, catalogue, roles, rule, validate, awaiting = false }: TeamInput, apart = false): TeamModel | undefined {
    const args: TeamArgs = [people, assessments, catalogue, roles, rule, validate, awaiting];
    if (apart && people.length >= BUILD_APART && !this.models.has(...args)) return this.buildApart(args);
    this.building?.cancel();
    this.building = undefined;
    const model = this.models.get(...args);
    if (model !== this.current) {
      this.stop();
      this.current = model;
      // The update that uses the model draws its first screen: the first progress is due a while after it.
      this.progressDrawn = performance.now();
      this.schedule();
    }
    return model;
  }

  private buildApart(args: TeamArgs): TeamModel | undefined {
    if (this.building?.args.every((arg, i) => Object.is(arg, args[i]))) return this.current;
    const early = this.current?.awaiting ? this.current : undefined;
    this.release();
    this.current = early;
    const cancel = nextTask(() => {
      this.models.get(...args);
      this.host.requestUpdate();
    });
    this.building = { args, cancel };
    return this.current;
  }

  /** No team (person mode); the model is kept for a return to team mode with the same data. */
  release(): void {
    this.stop();
    this.building?.cancel();
    this.building = undefined;
    this.current = undefined;
  }

  /** Analyses everyone now (e.g. for an export). */
  finish(): void {
    if (!this.current || this.current.complete) return;
    this.current.work(Number.POSITIVE_INFINITY);
    this.host.requestUpdate();
  }

  /** Resolves once an update has drawn the team with everyone analysed; at once without a team. */
  async settled(): Promise<void> {
    await this.host.updateComplete;
    if (this.drawnComplete) return;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    this.drawnComplete = !this.building && (!this.current || this.current.complete);
  }

  hostUpdated(): void {
    if (!this.drawnComplete) return;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  private schedule(): void {
    if (this.cancel !== undefined || !this.current || this.current.awaiting || !this.host.isConnected) return;
    // Complete but not drawn so (the element was taken out of the page before the last update): that update is still owed.
    if (this.current.complete) {
      if (!this.drawnComplete) this.drawEnd();
      return;
    }
    this.cancel = nextTask(() => {
      this.cancel = undefined;
      const model = this.current;
      if (!model) return;
      // Rows in view may have finished the analysis during a render: update once more then too.
      if (!model.complete && !model.work(WORK_SLICE_MS)) this.schedule();
      // Progress is drawn now and then; the end of the analysis always, in a task of its own (it draws the distribution row).
      const now = performance.now();
      if (model.complete) this.drawEnd();
      else if (now - this.progressDrawn > PROGRESS_EVERY_MS) {
        this.progressDrawn = now;
        this.host.requestUpdate();
      }
    });
  }

  private drawEnd(): void {
    this.cancel = nextTask(() => {
      this.cancel = undefined;
      this.progressDrawn = performance.now();
      this.host.requestUpdate();
    });
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
