import type { SiteFacts } from '../lib/briefing-page.ts';
import type { Publisher, SocialImage } from '../lib/structured-data.ts';
import { createUrls } from '../lib/urls.ts';
import { en } from '../i18n/en.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';

/** The site's URLs under the base path this build was configured with. */
export const urls = createUrls(import.meta.env.BASE_URL);

/** The site URL this build was configured with (`SITE_URL`), for absolute URLs. */
export const SITE_URL: string = import.meta.env.SITE ?? 'http://localhost:4321';

/** An absolute URL for a site path made by `urls`. */
export function absoluteUrl(path: string): string {
  return urls.absolute(path, SITE_URL);
}

/** The English edition's name, from its dictionary. */
export const SITE_NAME = en.siteName;

/**
 * The default picture of a shared link (public/social-card.png, made by scripts/social-image.ts),
 * described in the page's edition.
 */
export function socialImage(lang: Language = 'en'): SocialImage {
  return {
    url: absoluteUrl(urls.path('social-card.png')),
    width: 1200,
    height: 630,
    alt: DICTIONARIES[lang].socialImageAlt,
    type: 'image/png',
  };
}

/** The site's square logo (public/logo.png, made by scripts/social-image.ts). */
export const LOGO: SocialImage = {
  url: absoluteUrl(urls.path('logo.png')),
  width: 512,
  height: 512,
  alt: SITE_NAME,
  type: 'image/png',
};

/** The site as author and publisher of every briefing, named as the edition names it. */
export function publisher(lang: Language = 'en'): Publisher {
  return { name: DICTIONARIES[lang].siteName, url: absoluteUrl(urls.home(lang)), logo: LOGO };
}

/** The site as every page's data function of an edition is told about it. */
export function siteFacts(lang: Language = 'en'): SiteFacts {
  return {
    urls,
    url: SITE_URL,
    name: DICTIONARIES[lang].siteName,
    publisher: publisher(lang),
    image: socialImage(lang),
  };
}
export const SITE: SiteFacts = siteFacts('en');
