import type { Source } from '../schemas/index.ts';
import type { BriefingLike } from './briefings.ts';
import { isoDay } from './dates.ts';
import { lastChanged, type ChangeDates } from './last-changed.ts';
import type { TopicLike } from './topics.ts';
import type { SiteUrls } from './urls.ts';

/** The picture a shared link shows, with an absolute URL. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** The site as author and publisher. */
export interface Publisher {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  logo: SocialImage;
}

/** One `<meta>` element: Open Graph uses `property`, Twitter cards `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  published: Date;
  modified: Date;
  /** Topic names. */
  tags: string[];
}

/** The article facts of a briefing or a translation: its own headline, dek and dates, at its URL. */
export function articleFacts(
  data: ChangeDates & { title: string; dek: string },
  url: string,
  tags: string[],
): ArticleFacts {
  return {
    headline: data.title,
    description: data.dek,
    url,
    published: data.published,
    modified: lastChanged(data),
    tags,
  };
}

export interface PageSocial {
  title: string;
  description: string;
  url: string;
  siteName: string;
  image: SocialImage;
  /** Present for a briefing: the page is then an article. */
  article?: ArticleFacts | undefined;
  /** Open Graph locales: the page's and the other edition's, such as en_GB and es_MX. */
  locale?: string | undefined;
  alternateLocale?: string | undefined;
}

/** Open Graph and Twitter card meta for a page; a briefing is an `article` with its dates and topics. */
export function socialMeta(page: PageSocial): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:type', content: page.article ? 'article' : 'website' },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:locale', content: page.locale ?? 'en_GB' },
    ...(page.alternateLocale ? [{ property: 'og:locale:alternate', content: page.alternateLocale }] : []),
    { property: 'og:image', content: page.image.url },
    { property: 'og:image:type', content: page.image.type },
    { property: 'og:image:width', content: String(page.image.width) },
    { property: 'og:image:height', content: String(page.image.height) },
    { property: 'og:image:alt', content: page.image.alt },
  ];
  if (page.article) {
    tags.push(
      { property: 'article:published_time', content: isoDay(page.article.published) },
      { property: 'article:modified_time', content: isoDay(page.article.modified) },
      ...page.article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: page.image.url },
    { name: 'twitter:image:alt', content: page.image.alt },
  );
  return tags;
}

const organization = (publisher: Publisher) => ({
  '@type': 'Organization',
  name: publisher.name,
  url: publisher.url,
  logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
});

/** A source as a citation gives it: its outlet, address and date, and its kind and description in the page's words. */
type CitedSource = Pick<Source, 'outlet' | 'url' | 'published'> & { kind: string; description: string };

function citation(source: CitedSource) {
  return {
    '@type': 'CreativeWork',
    name: source.description,
    genre: source.kind,
    publisher: { '@type': 'Organization', name: source.outlet },
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { datePublished: isoDay(source.published) } : {}),
  };
}

/** schema.org NewsArticle: the site is author and publisher, topics are keywords, sources are citations. */
export function newsArticle(
  article: ArticleFacts & { section: string; image: SocialImage },
  publisher: Publisher,
  sources: readonly CitedSource[],
  inLanguage = 'en',
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    datePublished: isoDay(article.published),
    dateModified: isoDay(article.modified),
    inLanguage,
    articleSection: article.section,
    keywords: article.tags,
    image: [article.image.url],
    author: organization(publisher),
    publisher: organization(publisher),
    citation: sources.map(citation),
  };
}

/** schema.org BreadcrumbList from the home page down to the page itself. */
export function breadcrumbList(crumbs: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * schema.org WebPage for a page that is not a briefing (home, listings, search, 404): its name,
 * URL and language, part of the site in that language.
 */
export function webPage(page: { name: string; url: string; lang: string; site: { name: string; url: string } }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.name,
    url: page.url,
    inLanguage: page.lang,
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url, inLanguage: page.lang },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface BriefingPageInput<B extends BriefingLike, T extends TopicLike> {
  briefing: B;
  /** The briefing's topics, in display order. */
  topics: readonly T[];
  sources: readonly Source[];
  urls: SiteUrls;
  site: string | URL;
  publisher: Publisher;
  image: SocialImage;
}

/** Everything a briefing page tells machines: social meta, NewsArticle and BreadcrumbList. */
export function briefingStructuredData<B extends BriefingLike, T extends TopicLike>(input: BriefingPageInput<B, T>) {
  const { briefing, urls, site } = input;
  const { data } = briefing;
  const absolute = (path: string) => urls.absolute(path, site);
  const url = absolute(urls.briefing(briefing.id));
  const primary = input.topics.find((t) => t.id === data.topics[0]) ?? input.topics[0];
  const article = articleFacts(
    data,
    url,
    input.topics.map((t) => t.data.name),
  );
  return {
    article,
    jsonLd: [
      newsArticle(
        { ...article, section: primary?.data.name ?? '', image: input.image },
        input.publisher,
        input.sources,
      ),
      breadcrumbList([
        { name: 'Home', url: absolute(urls.home()) },
        ...(primary ? [{ name: primary.data.name, url: absolute(urls.topic(primary.id)) }] : []),
        { name: data.title, url },
      ]),
    ],
  };
}
