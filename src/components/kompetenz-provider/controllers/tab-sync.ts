/** The BroadcastChannel on which tabs of one origin announce that they stored a new revision. */
export const TAB_SYNC_CHANNEL = 'kompetenzrad';

/** What one tab tells the others after it stored or cleared a database. */
export interface TabSyncMessage {
  type: 'kompetenzrad-saved';
  /** The IndexedDB database that changed. */
  database: string;
  /** The revision now in the store. */
  revision: number;
  /** Who sent it, so a sender never reacts to itself. */
  sender: string;
}

function isTabSyncMessage(value: unknown): value is TabSyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'kompetenzrad-saved' &&
    typeof message.database === 'string' &&
    typeof message.revision === 'number' &&
    Number.isInteger(message.revision) &&
    typeof message.sender === 'string'
  );
}

let senders = 0;

/**
 * Tells other tabs (and other adapters in this tab) about new revisions of one database, and
 * hears theirs. Without BroadcastChannel it does nothing; the revision check in the save
 * transaction still catches every conflict, only later.
 */
export class TabSync {
  readonly sender = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(senders += 1)}`;
  private channel: BroadcastChannel | undefined;
  private readonly listeners = new Set<(revision: number) => void>();

  constructor(private readonly database: string) {}

  announce(revision: number): void {
    const message: TabSyncMessage = { type: 'kompetenzrad-saved', database: this.database, revision, sender: this.sender };
    this.open()?.postMessage(message);
  }

  /** Calls `listener` with the revision another sender stored; returns the function that stops it. */
  listen(listener: (revision: number) => void): () => void {
    this.listeners.add(listener);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  private open(): BroadcastChannel | undefined {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    const channel = new BroadcastChannel(TAB_SYNC_CHANNEL);
    channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isTabSyncMessage(message) || message.database !== this.database || message.sender === this.sender) return;
      for (const listener of [...this.listeners]) listener(message.revision);
    });
    this.channel = channel;
    return channel;
  }
}
