import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

describe('the one frontmatter reader', () => {
  const file = '---\ntitle: A title\naliases: [old-slug]\n---\n\n## Body\n';

  it('finds the YAML, the line it starts on and where the body starts', () => {
    expect(readFrontmatter(file)).toEqual({
      yaml: '\ntitle: A title\naliases: [old-slug]\n',
      yamlLine: 1,
      bodyOffset: 42,
    });
    expect(file.slice(42)).toBe('\n\n## Body\n');
  });

  it('reads a file that starts with a byte-order mark, or breaks lines with CRLF, the same way', () => {
    expect(readFrontmatter(`\uFEFF${file}`)).toEqual(readFrontmatter(file));
    const crlf = readFrontmatter(file.replace(/\n/g, '\r\n'));
    expect(crlf?.yaml).toBe('\r\ntitle: A title\r\naliases: [old-slug]\r\n');
  });

  it('finds none in a file without one, or whose lines end in carriage returns alone', () => {
    expect(readFrontmatter('## Body\n')).toBeUndefined();
    expect(readFrontmatter(file.replace(/\n/g, '\r'))).toBeUndefined();
  });
});
