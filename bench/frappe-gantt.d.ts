/** The part of frappe-gantt's API the comparison bench uses (the package ships no types). */
declare module 'frappe-gantt' {
  export interface GanttTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: GanttTask[], options?: Record<string, unknown>);
  }
}
