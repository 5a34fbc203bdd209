import type { SiteFacts } from '../lib/briefing-page.ts';
import type { Publisher, SocialImage } from '../lib/structured-data.ts';
import { createUrls } from '../lib/urls.ts';
import { en } from '../i18n/en.ts';

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
export const SITE_DESCRIPTION = en.siteDescription;

/** The default picture of a shared link (public/social-card.png, made by scripts/social-image.ts). */
export const SOCIAL_IMAGE: SocialImage = {
  url: absoluteUrl(urls.path('social-card.png')),
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: sourced briefings on cartels, weapons flow, migration and extradition`,
  type: 'image/png',
};

/** The site's square logo (public/logo.png, made by scripts/social-image.ts). */
export const LOGO: SocialImage = {
  url: absoluteUrl(urls.path('logo.png')),
  width: 512,
  height: 512,
  alt: SITE_NAME,
  type: 'image/png',
};

/** The site as author and publisher of every briefing. */
export const PUBLISHER: Publisher = { name: SITE_NAME, url: absoluteUrl(urls.home()), logo: LOGO };

/** The site as every page's data function is told about it. */
export const SITE: SiteFacts = {
  urls,
  url: SITE_URL,
  name: SITE_NAME,
  publisher: PUBLISHER,
  image: SOCIAL_IMAGE,
};
