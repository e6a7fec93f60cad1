// Ends a long-running script (the demo server) together with whatever started it.

/** Whether a process with this id still runs (EPERM: it runs, under another user). */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Stops `server` (anything with `stop()`) and exits on Ctrl+C, `kill` or a closed terminal, and
 * when the parent process is gone: npm runs scripts through `sh -c`, and `kill <npm's pid>` ends
 * that shell without passing the signal on, which would leave this process serving on its own
 * (the parent's id changes when it ends; a parent that ended but was not yet reaped still has it).
 */
export function stopWithParent(server) {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // A stop that hangs (an open file watcher, a stuck connection) must not keep the port.
    setTimeout(() => process.exit(0), 5000).unref();
    Promise.resolve(server.stop()).finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !isRunning(parent)) stop();
  }, 500).unref();
}
