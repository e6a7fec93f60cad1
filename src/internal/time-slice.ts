import { nextTask } from './next-task.js';

/** Long work on the page's thread in slices: `due()` after `ms` of work, then `pause()` hands the thread back for a task. */
export class TimeSlice {
  private end: number;

  constructor(private readonly ms: number) {
    this.end = performance.now() + ms;
  }

  due(): boolean {
    return performance.now() >= this.end;
  }

  async pause(): Promise<void> {
    await new Promise<void>((resolve) => nextTask(resolve));
    this.end = performance.now() + this.ms;
  }
}
