/**
 * The site's Content Security Policy and the `_headers` file for static hosts that read one
 * (Netlify, Cloudflare Pages). Astro writes each page's policy into a `<meta>` element with
 * hashes of that page's inline styles and scripts (`security.csp`); the header carries the same
 * directives with the hashes of every page, plus what a `<meta>` policy cannot say.
 */

/** Directives beyond the `script-src` and `style-src` Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** Only an HTTP header can forbid framing: a `<meta>` policy ignores `frame-ancestors`. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

export type Csp = Map<string, string[]>;

/** "a 'x' 'y'; b 'z'" → { a: ['x','y'], b: ['z'] }, directive names lowercased, in order. */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    csp.set(key, [...new Set([...(csp.get(key) ?? []), ...sources])]);
  }
  return csp;
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

export function formatCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each of `policies` allows: every directive of any of them, with
 * the union of its sources (keywords and hosts in first-seen order, then hashes sorted, so the
 * result does not depend on page order beyond the first).
 */
export function mergeCsp(policies: readonly string[]): Csp {
  const merged: Csp = new Map();
  for (const policy of policies)
    for (const [name, sources] of parseCsp(policy))
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  for (const [name, sources] of merged)
    merged.set(name, [...sources.filter((s) => !isHash(s)), ...sources.filter(isHash).sort()]);
  return merged;
}

/** The `_headers` file: the pages' merged policy plus header-only directives and headers, for every path under `base`. */
export function headersFile(base: string, pagePolicies: readonly string[]): string {
  const csp = mergeCsp([...pagePolicies, ...HEADER_ONLY_DIRECTIVES]);
  const headers: [string, string][] = [
    ['Content-Security-Policy', formatCsp(csp)],
    ...Object.entries(SECURITY_HEADERS),
  ];
  return [
    '# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    "# Written by the build: the policy is the pages' <meta> policies merged, plus frame-ancestors.",
    `${base}*`,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}
