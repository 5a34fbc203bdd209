import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script: `'sha256-…'` of its exact text. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
