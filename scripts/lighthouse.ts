/**
 * npm run lighthouse: serves the built site (dist/, with scripts/serve.ts) and runs Lighthouse
 * in its default mobile emulation on every page type (home, a briefing, the topics, a topic, the
 * timeline, the people, a person, a search with results, the 404 page, and the Spanish edition's,
 * its search with results included), with the system
 * Chromium (CHROME_PATH, else the one scripts/chromium.ts finds). Prints the four category scores
 * of each page, and the audits that cost points. Exit 1 when a score is below the target.
 * Run `npm run build` first.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { serveBuiltSite } from './built-site.ts';

const TARGET = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BRIEFING = 'rubio-says-us-guns-arm-mexican-cartels';
const TOPIC = 'weapons-flow';
const PERSON = 'marco-rubio';
const SPANISH_BRIEFING = 'rubio-afirma-que-armas-compradas-en-eu-abastecen-a-carteles';
const SPANISH_TOPIC = 'trafico-de-armas';

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: set CHROME_PATH to a Chromium or Chrome executable');
  process.exit(1);
}

const site = await serveBuiltSite();
const pages = [
  { name: 'home', url: site.at(site.urls.home()) },
  { name: 'briefing', url: site.at(site.urls.briefing(BRIEFING)) },
  { name: 'topic', url: site.at(site.urls.topic(TOPIC)) },
  { name: 'topics', url: site.at(site.urls.topics()) },
  { name: 'timeline', url: site.at(site.urls.timeline()) },
  { name: 'people', url: site.at(site.urls.people()) },
  { name: 'person', url: site.at(site.urls.person(PERSON)) },
  { name: 'search', url: `${site.at(site.urls.search())}?q=extradition` },
  { name: '404', url: site.at(site.urls.path('404.html')) },
  // The Spanish edition's page types.
  { name: 'es home', url: site.at(site.urls.home('es')) },
  { name: 'es briefing', url: site.at(site.urls.briefing(SPANISH_BRIEFING, 'es')) },
  { name: 'es topics', url: site.at(site.urls.topics('es')) },
  { name: 'es topic', url: site.at(site.urls.topic(SPANISH_TOPIC, 'es')) },
  { name: 'es timeline', url: site.at(site.urls.timeline('es')) },
  { name: 'es people', url: site.at(site.urls.people('es')) },
  { name: 'es person', url: site.at(site.urls.person(PERSON, 'es')) },
  { name: 'es 404', url: site.at(site.urls.notFound('es')) },
  { name: 'es search', url: `${site.at(site.urls.search('es'))}?q=${encodeURIComponent('extradición')}` },
];
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS],
});

let belowTarget = 0;
try {
  console.log(`Lighthouse (mobile emulation) on ${site.origin}, Chromium at ${chromePath}\n`);
  console.log(['page'.padEnd(10), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
  const notes: string[] = [];
  for (const { name, url } of pages) {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    console.log([name.padEnd(10), ...scores.map((s) => String(s).padStart(15))].join(''));
    CATEGORIES.forEach((id, i) => {
      if (scores[i]! >= TARGET) return;
      belowTarget++;
      const lost = lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      notes.push(`${name} ${id} ${scores[i]}: ${lost.join(', ') || 'no weighted audit failed'}`);
    });
  }
  console.log(`\n${pages.map((p) => `${p.name}: ${p.url}`).join('\n')}`);
  if (notes.length) console.log(`\nBelow ${TARGET}:\n${notes.join('\n')}`);
  else console.log(`\nEvery category scores ${TARGET} on every page.`);
} finally {
  chrome.kill();
  site.stop();
}
process.exitCode = belowTarget ? 1 : 0;
