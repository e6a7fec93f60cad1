// A classic script (not a module), so that it also runs when a page is opened as a file: browsers
// refuse module scripts from file://, and the page would otherwise stay empty with only a console
// error. It shows the page's hint how to serve it (`npm start`).
if (window.location.protocol === 'file:') document.getElementById('file-hint').hidden = false;
