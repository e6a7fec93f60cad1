import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** From this many connected wheels on, a page counts as crowded. */
export const CROWD = 12;

const connected = new Set<CrowdController>();

/**
 * Whether the page holds many wheels (`CROWD` or more connected). A crowded page lets the
 * browser skip the layout and painting of wheels far from view (`content-visibility: auto`);
 * a page of a few wheels draws them all, so that nothing depends on when the browser looks at
 * what is in view. Crossing the threshold updates every wheel.
 */
export class CrowdController implements ReactiveController {
  private static crowded = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get crowded(): boolean {
    return CrowdController.crowded;
  }

  hostConnected(): void {
    connected.add(this);
    CrowdController.recount();
  }

  hostDisconnected(): void {
    connected.delete(this);
    CrowdController.recount();
  }

  private static recount(): void {
    const crowded = connected.size >= CROWD;
    if (crowded === CrowdController.crowded) return;
    CrowdController.crowded = crowded;
    for (const wheel of connected) wheel.host.requestUpdate();
  }
}
