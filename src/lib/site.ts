import { createUrls } from './urls.ts';

/** The site's URLs under the base path this build was configured with. */
export const urls = createUrls(import.meta.env.BASE_URL);

export const SITE_NAME = 'Rubio in Mexico: Briefings';
export const SITE_DESCRIPTION =
  'Sourced briefings on US Secretary of State Marco Rubio’s planned first trip to Mexico: cartels, the flow of weapons, migration and extradition.';
