import { describe, expect, it } from 'vitest';
import { feedContentHtml } from '../../src/lib/feed-content.ts';

const PAGE = 'https://example.org/sub/briefings/a/';

describe('a briefing body for feed readers', () => {
  it('makes every link and image absolute under the site and base path, without the headings’ self-links', () => {
    const html = feedContentHtml(
      '<div class="heading-wrapper"><h2 id="why">Why</h2><a class="heading-link" href="#why"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Why</span></a></div>\n<p>See <a href="/sub/topics/cartels/">cartels</a>, <a href="#why">above</a> and <a href="https://other.example/x" rel="noopener noreferrer">elsewhere</a>. <img src="/sub/logo.png" alt="Logo"></p>',
      PAGE,
    );
    expect(html).toBe(
      '<h2>Why</h2>\n<p>See <a href="https://example.org/sub/topics/cartels/">cartels</a>, <a href="https://example.org/sub/briefings/a/#why">above</a> and <a href="https://other.example/x">elsewhere</a>. <img src="https://example.org/sub/logo.png" alt="Logo"></p>',
    );
  });

  it('gives the description of an image Astro optimizes, whose address the rendered body does not hold yet', () => {
    expect(
      feedContentHtml(
        '<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./images/chart.png&quot;,&quot;alt&quot;:&quot;A chart&quot;,&quot;index&quot;:0}"></p>',
        PAGE,
      ),
    ).toBe('<p>A chart</p>');
  });

  it('lists the sources after the body, as text where a field holds markup', () => {
    const html = feedContentHtml('<p>Body.</p>', PAGE, [
      { outlet: 'AFP', kind: 'wire report', description: 'A report <b>on</b> the trip.', url: 'https://afp.example/r' },
      { outlet: 'Testimony & notes', kind: 'testimony', description: 'Said to a committee.' },
    ]);
    expect(html).toBe(
      '<p>Body.</p><h2>Sources</h2><ul><li><a href="https://afp.example/r">AFP</a>, wire report. A report &#x3C;b>on&#x3C;/b> the trip.</li><li>Testimony &#x26; notes, testimony. Said to a committee.</li></ul>',
    );
  });

  it('holds only the allowlist, whatever the rendered body held', () => {
    expect(
      feedContentHtml(
        '<p onclick="x()">A <a href="javascript:alert(1)" target="_blank">b</a><script>c()</script></p>',
        PAGE,
      ),
    ).toBe('<p>A <a>b</a></p>');
  });
});
