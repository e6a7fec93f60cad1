/**
 * Keeps a change that is not stored yet from being lost when the page goes away. While one is
 * pending, leaving the page asks first (`beforeunload`, listened to only then, so that the page
 * can otherwise go into the back/forward cache), and hiding the page (`pagehide`: closing,
 * reloading, navigating away) saves at once instead of waiting for a retry.
 */
export class UnloadGuard {
  private armed = false;

  constructor(private readonly flush: () => void) {}

  /** Whether a change is waiting to be stored (or being stored). */
  set pending(pending: boolean) {
    if (pending === this.armed || typeof window === 'undefined') return;
    this.armed = pending;
    const method = pending ? 'addEventListener' : 'removeEventListener';
    window[method]('beforeunload', this.onBeforeUnload);
    window[method]('pagehide', this.onPageHide);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
  };

  private readonly onPageHide = (): void => {
    this.flush();
  };
}
