/**
 * Runs `run` in a new task as soon as the browser can: a MessageChannel message, which unlike
 * `setTimeout` is not clamped to 4 ms and not held back while the page is hidden. Returns a
 * function that cancels it.
 */
export function nextTask(run: () => void): () => void {
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) run();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
