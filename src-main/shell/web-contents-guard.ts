import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation } from './navigation-policy.js';

/**
 * Applied to every web contents Electron creates, so a window added later is covered too:
 * no navigation away from the app, no new windows, no <webview>. Allow-listed https links
 * go to the user's browser instead.
 */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  // will-navigate covers the main frame only; will-frame-navigate also fires for it, so it
  // handles subframes alone, and a link is never handed to the browser twice.
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open link in the browser', error));
}

/** Sachiv needs no camera, microphone, location, notifications or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
