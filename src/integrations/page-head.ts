import { open } from 'node:fs/promises';

/** How much of a built page is read at a time: a page's head (about 13 KB, its stylesheet inlined) fits in one read. */
const CHUNK_BYTES = 16384;
const HEAD_END = '</head>';

/**
 * A built page's text up to the end of its head, read in chunks until `</head>` (the whole page
 * when it has none): what the integrations that read every page after the build (the CSP for
 * `_headers`, the sitemap's facts) need, without reading the bodies.
 */
export async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const chunks: Buffer[] = [];
    for (let position = 0; ;) {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, position);
      if (bytesRead === 0) return Buffer.concat(chunks).toString('utf8');
      chunks.push(buffer.subarray(0, bytesRead));
      position += bytesRead;
      // A character cut at the chunk's end is decoded whole with the next chunk; `</head>` is ASCII.
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf(HEAD_END);
      if (end !== -1) return text.slice(0, end + HEAD_END.length);
    }
  } finally {
    await handle.close();
  }
}
