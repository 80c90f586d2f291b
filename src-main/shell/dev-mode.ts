/**
 * Development conveniences (the Reload menu item) are on only when `npm run dev` asks for them
 * with SACHIV_DEV=1, and never in a packaged build, whatever the environment says.
 */
export function isDevMode(env: NodeJS.ProcessEnv, isPackaged: boolean): boolean {
  return !isPackaged && env['SACHIV_DEV'] === '1';
}
