import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { createUrls } from '../../src/lib/urls.ts';
import { briefingMarkdown, isExternal, linkRel } from '../../src/lib/markdown.ts';
import { BRIEFING_PAGE_IDS, BRIEFING_SECTIONS, createHeadingIds, linkedHeading } from '../../src/lib/headings.ts';
import { pageSitemapFacts, robotsTxt } from '../../src/lib/sitemap.ts';
import { latestChange } from '../../src/lib/last-changed.ts';
import { formatCsp, headersFile, mergeCsp, parseCsp } from '../../src/lib/headers.ts';
import { briefingRedirects } from '../../src/lib/redirects.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('urls.fromMarkdown: links written in a briefing body', () => {
  it.each([
    ['/', '/topics/migration/', '/topics/migration/'],
    ['/', '/topics/migration', '/topics/migration/'],
    ['/briefings-mx/', '/topics/migration/', '/briefings-mx/topics/migration/'],
    ['/briefings-mx/', '/topics/migration', '/briefings-mx/topics/migration/'],
    ['/briefings-mx/', '/briefings/a-b/#what-was-said', '/briefings-mx/briefings/a-b/#what-was-said'],
    ['/briefings-mx/', '/briefings/a-b#what-was-said', '/briefings-mx/briefings/a-b/#what-was-said'],
    ['/briefings-mx/', '/topics/?sort=new', '/briefings-mx/topics/?sort=new'],
    ['/briefings-mx/', '/', '/briefings-mx/'],
    ['/briefings-mx/', '/favicon.svg', '/briefings-mx/favicon.svg'],
    ['/a/b/', '/a/b/topics/cartels/', '/a/b/topics/cartels/'],
    ['/a/b/', '/a/b', '/a/b/'],
  ])('base %s: %s → %s', (base, href, expected) => {
    expect(createUrls(base).fromMarkdown(href)).toBe(expected);
  });

  it.each(['https://example.com/x', '//cdn.example.com/x', '#background', 'other-page/', 'mailto:desk@example.org'])(
    'leaves %s as written',
    (href) => {
      expect(createUrls('/briefings-mx/').fromMarkdown(href)).toBe(href);
    },
  );

  it('names the sitemap index under the base', () => {
    expect(createUrls('/briefings-mx/').sitemapIndex()).toBe('/briefings-mx/sitemap-index.xml');
  });
});

describe('heading ids', () => {
  it('are slugs of the heading text, numbered when repeated, in document order', () => {
    const id = createHeadingIds();
    expect(['What’s next', 'Background', 'Background', 'Details, “quoted” & punctuated!'].map(id)).toEqual([
      'whats-next',
      'background',
      'background-1',
      'details-quoted--punctuated',
    ]);
  });

  it('are the same for the same headings, every time', () => {
    const headings = ['Why it matters', 'Background', 'Why it matters'];
    expect(headings.map(createHeadingIds())).toEqual(headings.map(createHeadingIds()));
  });

  it('never take an id the page already uses', () => {
    const id = createHeadingIds(BRIEFING_PAGE_IDS);
    expect([id('Main'), id('Sources'), id('On the record'), id('Related briefings')]).toEqual([
      'main-1',
      'sources-1',
      'on-the-record-1',
      'related-briefings-1',
    ]);
  });

  it('fall back to "section" when the text has no letters or digits', () => {
    const id = createHeadingIds();
    expect([id('!!!'), id('—')]).toEqual(['section', 'section-1']);
  });

  it('give the page’s own sections ids from their headings', () => {
    expect(BRIEFING_SECTIONS.sources).toEqual({
      id: 'sources',
      text: 'Sources',
      href: '#sources',
      label: 'Link to this section: Sources',
    });
    expect(linkedHeading('x', '  Two\n words ').text).toBe('Two words');
  });
});

describe('links to other sites', () => {
  it('are absolute http(s) or protocol-relative URLs', () => {
    expect(['https://a.example/', 'HTTP://a.example', '//a.example/x'].map(isExternal)).toEqual([true, true, true]);
    expect(['/topics/', '#x', 'mailto:a@b.c', 'page/'].map(isExternal)).toEqual([false, false, false, false]);
  });

  it('get noopener and noreferrer, keeping any rel they had', () => {
    expect(linkRel('https://a.example/')).toEqual(['noopener', 'noreferrer']);
    expect(linkRel('https://a.example/', ['nofollow', 'noopener'])).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(linkRel('/topics/')).toBeUndefined();
  });
});

describe('the Sätteri plugin in Astro’s Markdown pipeline', () => {
  async function render(markdown: string, base: string) {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [briefingMarkdown(createUrls(base))] });
    return processor.render(markdown);
  }

  it('rewrites root-relative links and images with the base, and marks links to other sites', async () => {
    const { code } = await render(
      '[a](/topics/migration) [b](/briefings/x/#why) [c](https://example.com/r) [d](#here) ![e](/favicon.svg)\n',
      '/briefings-mx/',
    );
    expect(code).toContain('<a href="/briefings-mx/topics/migration/">a</a>');
    expect(code).toContain('<a href="/briefings-mx/briefings/x/#why">b</a>');
    expect(code).toContain('<a href="https://example.com/r" rel="noopener noreferrer">c</a>');
    expect(code).toContain('<a href="#here">d</a>');
    expect(code).toContain('<img src="/briefings-mx/favicon.svg" alt="e">');
  });

  it('wraps each h2 and h3 with a link to itself, and gives every heading a unique id', async () => {
    const { code, metadata } = await render(
      '## Why it matters\n\nText.\n\n### The [details](/topics/cartels/)\n\n#### Deeper\n\n## Why it matters\n\n## Sources\n',
      '/',
    );
    expect(code).toContain(
      '<div class="heading-wrapper"><h2 id="why-it-matters">Why it matters</h2><a class="heading-link" href="#why-it-matters"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Why it matters</span></a></div>',
    );
    expect(code).toContain(
      '<h3 id="the-details">The <a href="/topics/cartels/">details</a></h3><a class="heading-link" href="#the-details">',
    );
    expect(code).toContain('<h4 id="deeper">Deeper</h4>\n');
    expect(code).not.toContain('href="#deeper"');
    expect(metadata.headings.map((h) => h.slug)).toEqual([
      'why-it-matters',
      'the-details',
      'deeper',
      'why-it-matters-1',
      'sources-1',
    ]);
  });

  it('starts each document with fresh ids', async () => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [briefingMarkdown(createUrls('/'))] });
    const first = await processor.render('## Background\n');
    const second = await processor.render('## Background\n');
    expect(second.code).toBe(first.code);
    expect(second.code).toContain('id="background"');
  });
});

describe('sitemap and robots.txt', () => {
  const urls = createUrls('/briefings-mx/');
  const a = briefing('a', { published: day('2026-01-01'), updated: day('2026-01-09'), topics: ['cartels'] });
  const b = briefing('b', { published: day('2026-01-05'), topics: ['cartels', 'migration'] });

  it('dates a listing from its latest briefing, by updated, else published, else a correction', () => {
    expect(latestChange([a, b])).toEqual(day('2026-01-09'));
    expect(latestChange([b])).toEqual(day('2026-01-05'));
    const corrected = briefing('c', {
      published: day('2026-01-01'),
      corrections: [{ date: day('2026-01-12'), text: 'A fix.' }],
    });
    expect(latestChange([a, corrected])).toEqual(day('2026-01-12'));
    expect(latestChange([])).toBeUndefined();
  });

  it('reads a built page’s lastmod, alternates and noindex from its head, not from its body', () => {
    const head = (tags: string) =>
      `<!doctype html><html><head>${tags}</head><body><meta name="robots" content="noindex"></body></html>`;
    expect(
      pageSitemapFacts(
        head(
          `<link rel="canonical" href="${urls.base}x/"><link rel="alternate" hreflang="en" href="https://x.example/briefings-mx/a/"><link rel="alternate" hreflang="es" href="https://x.example/briefings-mx/es/notas/a/"><link rel="alternate" hreflang="x-default" href="https://x.example/briefings-mx/a/"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml"><meta name="dcterms.modified" content="2026-01-09">`,
        ),
      ),
    ).toEqual({
      indexable: true,
      lastmod: '2026-01-09',
      alternates: [
        { lang: 'en', url: 'https://x.example/briefings-mx/a/' },
        { lang: 'es', url: 'https://x.example/briefings-mx/es/notas/a/' },
        { lang: 'x-default', url: 'https://x.example/briefings-mx/a/' },
      ],
    });
    expect(pageSitemapFacts(head('<meta name="robots" content="noindex">'))).toEqual({
      indexable: false,
      alternates: [],
    });
  });

  it('points robots.txt at the sitemap index', () => {
    expect(robotsTxt('https://x.example/briefings-mx/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.example/briefings-mx/sitemap-index.xml\n',
    );
  });
});

describe('redirects for renamed briefings', () => {
  it('makes one redirect per alias, to its briefing, sorted by old slug', () => {
    const renamed = briefing('new-slug', { aliases: ['old-b', 'old-a'] });
    const plain = briefing('other');
    expect(briefingRedirects([renamed, plain]).map((r) => [r.from, r.to.id])).toEqual([
      ['old-a', 'new-slug'],
      ['old-b', 'new-slug'],
    ]);
  });
});

describe('the Content Security Policy and _headers', () => {
  const pageA = "default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self' 'sha256-a='";
  const pageB = "default-src 'self';style-src 'self' 'sha256-c=' 'sha256-a=';";

  it('parses and prints a policy', () => {
    expect(formatCsp(parseCsp(pageB))).toBe("default-src 'self'; style-src 'self' 'sha256-c=' 'sha256-a='");
  });

  it('merges the pages’ policies into one that allows what each allows', () => {
    expect(formatCsp(mergeCsp([pageA, pageB]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self' 'sha256-a=' 'sha256-c='",
    );
  });

  it('writes the merged policy with frame-ancestors and the other headers, for every path under the base', () => {
    const lines = headersFile('/briefings-mx/', [pageA, pageB])
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      '/briefings-mx/*',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self' 'sha256-a=' 'sha256-c='; frame-ancestors 'none'",
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
    ]);
  });
});
