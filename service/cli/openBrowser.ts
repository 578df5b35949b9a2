import { spawn } from 'node:child_process';

/** Whether a browser can be opened for a person: someone at a terminal, on a desktop (Windows, macOS, or a Linux display). */
export function canOpenBrowser(): boolean {
  if (!process.stdout.isTTY) return false;
  return (
    process.platform === 'win32' ||
    process.platform === 'darwin' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

/**
 * Opens an address in the user's default browser, and never fails the
 * host: a browser that cannot start leaves the printed address to copy.
 * The address should carry a one-time token: a program's command line can
 * be listed by other users of the PC.
 */
export function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the address is printed for the user to copy.
  }
}
