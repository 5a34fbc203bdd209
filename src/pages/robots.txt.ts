import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { urls } from '../site/config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(urls.absolute(urls.sitemapIndex(), site!)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
