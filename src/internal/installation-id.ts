/**
 * A widget that needs its provider's installation id (the scope of calendar UIDs) asks for it with
 * this event (bubbling, composed, synchronous); the nearest provider writes it into `detail`,
 * giving its portfolio one first when it has none and keeps its data beyond the page.
 */
export const INSTALLATION_ID_REQUEST = 'kr-installation-id-request';

export interface InstallationIdRequest {
  installationId?: string;
}

/** The installation id of the provider around `from`, or `undefined` when there is none to have. */
export function requestInstallationId(from: Element): string | undefined {
  const detail: InstallationIdRequest = {};
  from.dispatchEvent(new CustomEvent(INSTALLATION_ID_REQUEST, { bubbles: true, composed: true, detail }));
  return typeof detail.installationId === 'string' ? detail.installationId : undefined;
}
