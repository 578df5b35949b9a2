/**
 * A report's print route: print.html beside the app's page (the browser
 * host's http://127.0.0.1:port/, or the desktop app's own URL of
 * index.html), with the report's hash route. The query of the app's address
 * goes along: the browser host puts a one-time session token there, so the
 * printer's page may call the API.
 */
export function printRoute(appUrl: string, hash: string): string {
  const url = new URL('print.html', appUrl);
  url.search = new URL(appUrl).search;
  url.hash = hash;
  return url.toString();
}
