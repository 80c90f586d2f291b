import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_URL_ALLOW_LIST,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSender,
} from '../../../src-main/shell/navigation-policy.js';

const allowedHost = EXTERNAL_URL_ALLOW_LIST[0] ?? 'missing-from-allow-list';

describe('isAllowedNavigation', () => {
  it.each(['app://sachiv/index.html', 'app://sachiv/', 'app://sachiv/index.html#/people', 'app://sachiv/assets/index.js?v=2'])(
    'allows the app page %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'https://sachiv.in/',
    'http://sachiv/',
    'app://evil/index.html',
    'app://sachiv.evil.com/',
    'app://sachiv:8080/',
    'app://user@sachiv/',
    'app://sachiv@evil/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('refuses values that are not strings', () => {
    expect(isAllowedNavigation(undefined)).toBe(false);
    expect(isAllowedNavigation(null)).toBe(false);
    expect(isAllowedNavigation({ toString: () => 'app://sachiv/' })).toBe(false);
  });

  it('keeps a path with dot segments inside the app origin', () => {
    expect(isAllowedNavigation('app://sachiv/../index.html')).toBe(true);
  });
});

describe('isAllowedExternalUrl', () => {
  it('has an allow-list of plain host names', () => {
    expect(EXTERNAL_URL_ALLOW_LIST.length).toBeGreaterThan(0);
    for (const host of EXTERNAL_URL_ALLOW_LIST) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });

  it('allows https links to an allow-listed host', () => {
    expect(isAllowedExternalUrl(`https://${allowedHost}/help`)).toBe(true);
    expect(isAllowedExternalUrl(`https://${allowedHost.toUpperCase()}/`)).toBe(true);
  });

  it.each([
    [`http://${allowedHost}/`, 'plain http'],
    [`https://${allowedHost}@evil.com/`, 'the allowed host as a user name'],
    [`https://evil.com@${allowedHost}/`, 'credentials in front of the allowed host'],
    [`https://user:pass@${allowedHost}/`, 'credentials'],
    [`https://${allowedHost}.evil.com/`, 'the allowed host as a subdomain of another'],
    [`https://evil${allowedHost}/`, 'a look-alike host'],
    [`https://evil.${allowedHost}/`, 'a subdomain that is not listed'],
    [`https://${allowedHost}:8443/`, 'a non-default port'],
    ['javascript:alert(1)', 'javascript:'],
    [`javascript://${allowedHost}/%0aalert(1)`, 'javascript: dressed as the host'],
    ['file:///C:/Windows/System32/calc.exe', 'file:'],
    ['app://sachiv/index.html', 'our own pages'],
    [`\\\\${allowedHost}\\share`, 'a UNC path'],
    ['', 'an empty string'],
  ])('refuses %s (%s)', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts frames showing app pages', () => {
    expect(isTrustedSender('app://sachiv/index.html#/people')).toBe(true);
  });

  it.each([undefined, '', 'about:blank', 'https://sachiv.in/', 'file:///app/dist/renderer/index.html', 'app://other/', 'app://x@sachiv/', 'devtools://devtools/'])(
    'refuses frames at %s',
    (url) => expect(isTrustedSender(url)).toBe(false),
  );
});
