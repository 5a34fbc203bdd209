import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

/** The moments of an Astro build that scripts/build.ts reports the phases between. */
export type BuildMark = 'start' | 'checked' | 'synced' | 'rendered' | 'finished';

/**
 * Notes when each phase of `astro build` ends, as JSON lines in the file `BUILD_PHASES_FILE`
 * names (scripts/build.ts sets it and prints the phases); without it, does nothing. Listed
 * first it marks the start; its `astro:config:done` follows every integration's setup (the content
 * check); content sync ends before `astro:build:start`; pages are rendered at
 * `astro:build:generated`; listed last, its `astro:build:done` follows the sitemap and _headers.
 */
export function buildPhases(when: 'first' | 'last'): AstroIntegration {
  const file = process.env.BUILD_PHASES_FILE;
  const mark = (name: BuildMark) => file && appendFileSync(file, `${JSON.stringify({ mark: name, at: Date.now() })}\n`);
  const hooks: AstroIntegration['hooks'] =
    when === 'first'
      ? {
          'astro:config:setup': ({ command }) => void (command === 'build' && mark('start')),
          'astro:config:done': () => void mark('checked'),
          'astro:build:start': () => void mark('synced'),
          'astro:build:generated': () => void mark('rendered'),
        }
      : { 'astro:build:done': () => void mark('finished') };
  return { name: `briefings:build-phases-${when}`, hooks };
}
