import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHead } from '../../src/integrations/page-head.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefings-page-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('readHead', () => {
  it('reads a page up to the end of its head, not its body', async () => {
    const head = '<!doctype html><html lang="es"><head><meta name="dcterms.modified" content="2026-11-30"></head>';
    expect(await readHead(page('short.html', `${head}<body>${'x'.repeat(50_000)}</body></html>`))).toBe(head);
  });

  it('reads a head longer than one read, with characters cut at the reads’ edges kept whole', async () => {
    // "é" is two bytes: 16,383 ASCII bytes put the first one across the first read's end.
    const head = `<head><style>${'a'.repeat(16_383 - 13)}${'é'.repeat(10_000)}</style></head>`;
    expect(await readHead(page('long.html', `${head}<body>b</body>`))).toBe(head);
  });

  it('reads the whole page when it has no head end', async () => {
    expect(await readHead(page('none.html', '<p>no head</p>'))).toBe('<p>no head</p>');
  });
});
