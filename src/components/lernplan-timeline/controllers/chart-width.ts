import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '../../../internal/resize-controller.js';

/** Width (CSS px) of the printable part of an A4 sheet in portrait with usual margins. */
const PRINT_WIDTH = 680;

/**
 * The width the time line is laid out for: the element's own, and while the page is printed
 * the width of a sheet (then the whole plan is shown).
 */
export class ChartWidth implements ReactiveController {
  private readonly size: ResizeController;
  private isPrinting = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.size = new ResizeController(host, { fallback: 720, min: 280 });
    host.addController(this);
  }

  get printing(): boolean {
    return this.isPrinting;
  }

  get width(): number {
    return this.isPrinting ? PRINT_WIDTH : this.size.width;
  }

  /** The fixed column of row names beside the scrolling chart. */
  get labelWidth(): number {
    return Math.round(Math.min(180, Math.max(84, this.width * 0.26)));
  }

  /** The visible width of the scrolling chart. */
  get viewport(): number {
    return Math.max(120, this.width - this.labelWidth - 2);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    this.isPrinting = true;
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.isPrinting = false;
    this.host.requestUpdate();
  };
}
