import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { crawl, type CrawlResult } from '../helpers/crawl.ts';
import { serveSite, type Served } from '../helpers/build.ts';

/**
 * The link checker the deploy tests rely on, itself tested: a served fixture with one link to a
 * page that is not there and two to sections that are not there must give exactly those three.
 */
describe('the test crawler on a site with a broken link and missing fragments', { timeout: 30_000 }, () => {
  let served: Served;
  let result: CrawlResult;
  beforeAll(async () => {
    served = await serveSite(resolve('tests/fixtures/crawl'));
    result = await crawl({ start: [served.home], siteUrl: 'https://example.org/', localUrl: served.home });
  });
  afterAll(() => served?.close());

  it('reports the page that answers 404 and each #fragment with no id, and nothing else', () => {
    const home = served.home;
    expect(result.broken.map(({ from, href, reason }) => [from, href, reason]).sort()).toEqual(
      [
        [home, '#top', `a[href]: no id "top" on ${home}`],
        [home, '/good/#nowhere', `a[href]: no id "nowhere" on ${home}good/`],
        [home, '/missing/', 'a[href]: HTTP 404'],
      ].sort(),
    );
  });

  it('follows the links that work and records other sites without fetching them', () => {
    expect([...result.files.keys()].sort()).toEqual([served.home, `${served.home}good/`, `${served.home}missing/`]);
    expect(result.external.map((e) => e.href)).toEqual(['https://elsewhere.example/']);
  });
});
