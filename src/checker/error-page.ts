import type { Problem } from './problem.ts';
import { EN, plural } from '../lib/plurals.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ErrorPageOptions {
  /** The page asked for, as the browser sees it. */
  url: string;
  /** The problems of the content the page is made from, errors first. */
  problems: readonly Problem[];
  /** A script the page loads, such as Vite's client, so that it reloads once the file is fixed. */
  reloadScript?: string;
}

/**
 * What `npm run dev` serves instead of a page whose content file has errors: each problem in
 * the checker's words, at `file:line:column`, with what to write instead. Plain HTML with no
 * dependency on the site, so it shows whatever state the content is in.
 */
export function contentErrorPage({ url, problems, reloadScript }: ErrorPageOptions): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const items = problems
    .map(
      (p) => `<li class="${p.severity}">
<p><code class="where">${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</code> <strong>${p.severity}</strong> <code class="rule">${escapeHtml(p.rule)}</code></p>
<p class="message">${escapeHtml(p.message)}</p>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors: ${escapeHtml(url)}</title>
<style>
body { font: 1.05rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; color: #a40000; }
ol { padding-left: 1.25rem; }
li { margin: 1rem 0; padding: .5rem .75rem; border-left: .3rem solid #a40000; background: #fff4f4; }
li.warning, li.info { border-color: #7a5b00; background: #fffbea; }
li p { margin: .25rem 0; }
code { font-family: ui-monospace, monospace; font-size: .95rem; }
.where { font-weight: bold; }
</style>
${reloadScript ? `<script type="module" src="${escapeHtml(reloadScript)}"></script>\n` : ''}</head>
<body>
<main>
<h1>This page’s content has ${plural('en', errors, EN.errors)}</h1>
<p>The content checker found these problems in the content this page is made from. The preview shows them instead of the page until they are fixed; save the fix and this page comes back by itself.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
