/**
 * Makes the site's default social image (public/social-card.png, 1200×630, what link cards
 * expect) and its square logo (public/logo.png, 512×512) by rendering plain HTML in Chromium.
 * Run it again after changing the site name or colours: node scripts/social-image.ts
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const NAME = 'Rubio in Mexico';
const SUBTITLE = 'Briefings';
const BEATS = 'Cartels · Weapons flow · Migration · Extradition';
const STYLE = `
  html, body { margin: 0; }
  body { display: flex; flex-direction: column; justify-content: center; box-sizing: border-box; height: 100vh;
         background: #1d3557; color: #ffffff; font-family: Georgia, 'Times New Roman', serif; }
  .rule { width: 120px; height: 10px; background: #e9c46a; }
  .beats { font-family: system-ui, sans-serif; color: #d9e4f2; }`;

const pictures = [
  {
    file: 'public/social-card.png',
    width: 1200,
    height: 630,
    html: `<body style="padding: 0 90px">
      <div class="rule"></div>
      <h1 style="font-size: 96px; margin: 40px 0 0; line-height: 1.05">${NAME}</h1>
      <p style="font-size: 56px; margin: 10px 0 48px">${SUBTITLE}</p>
      <p class="beats" style="font-size: 34px; margin: 0">${BEATS}</p></body>`,
  },
  {
    file: 'public/logo.png',
    width: 512,
    height: 512,
    html: `<body style="padding: 0 56px">
      <div class="rule" style="width: 80px"></div>
      <p style="font-size: 84px; margin: 28px 0 0; line-height: 1.05">Rubio in Mexico</p></body>`,
  },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const { file, width, height, html } of pictures) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<!doctype html><html><head><style>${STYLE}</style></head>${html}</html>`);
    await page.screenshot({ path: file, type: 'png' });
    console.log(`Wrote ${file} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
