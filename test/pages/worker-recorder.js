// Loaded as a classic script before the library: records the script URL of every worker the page starts.
window.__workers = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url, options) {
    super(url, options);
    window.__workers.push(String(url));
  }
};
