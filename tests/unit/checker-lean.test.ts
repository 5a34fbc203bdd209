import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../src/checker/analyze.ts';
import { leanMarkdown } from '../../src/checker/lean-markdown.ts';
import { writeCorpus } from '../../scripts/corpus.ts';

/**
 * The checker cuts prose no rule can see before parsing (src/checker/lean-markdown.ts). That is
 * only allowed if it never changes an answer: every briefing below must get exactly the same
 * facts (problems, positions, references, links) with the shortcut as without it.
 */
const FRONTMATTER = `---
title: A briefing for the lean parsing tests
dek: A fixture briefing whose body tries to trip the prose shortcut up.
published: 2026-01-02
kind: news
topics: [cartels]
sources: [afp-rubio-mexico-trip]
---
`;

const TRICKY: Record<string, string> = {
  'link text over three lines': `## A\n\nSee [the\nmiddle words\nbriefing](/briefings/nope/) here.\n`,
  'tag over three lines': `## A\n\nSay <span\nlang="es"\nonclick="x()">hola</span> now.\n`,
  'href split over lines': `## A\n\nA <abbr title="x" href="\njavascript\n:alert(1)">y</abbr>.\n`,
  'pre block across blank lines': `## A\n\n<pre>\n<a href="\n\njavascript\n\n:alert(1)">x</a>\n</pre>\n\nPlain prose after it.\n`,
  'comment across blank lines': `## A\n\n<!--\n\nprose in a comment\n\n<script>\n-->\n\nPlain prose.\n`,
  'setext headings': `Plain title\n===========\n\nProse.\n\nAnother\n-------\n\n#### Deep\n`,
  'lazy quote lines': `## A\n\n> quoted words\nlazy continuation\n\n>\n\nProse.\n`,
  'empty quotation marks': `## A\n\nHe said "" and left.\n\nShe said “” too.\n\nPlain prose.\n`,
  'fenced code with prose lines': '## A\n\n```\ncode\n\nletters only\n\n# not a heading\n```\n\n### B\n\nProse.\n',
  lists: `## A\n\n- item one\nlazy line\n\n1. first\n2. second\n\nProse after the list.\n\n  Indented prose.\n`,
  'definitions over lines': `## A\n\n[a]:\njavascript:alert(1)\n\n[b]:\n/briefings/nope/\n\nSee [a] and [b].\n`,
  'letters first, then markup': `## A\n\nÉtude of the talks.\n\n𝒜 mathematical letter.\n\nSome *emphasis* and **strong**.\n\nA colon: here.\n\n# Late h1\n`,
  'html block without blank lines': `## A\n\n<div>\nprose inside\n</div>\n\nprose outside\n`,
};

const CRLF = `${FRONTMATTER}\n## A\n\nProse line.\nMore prose.\n\n<script>x</script>\n`.replace(/\n/g, '\r\n');

function corpus(): [string, string][] {
  const files: [string, string][] = [];
  const dirs = [
    resolve('content/briefings'),
    resolve('tests/fixtures/site/briefings'),
    resolve('tests/fixtures/checker/base/briefings'),
    ...readdirSync(resolve('tests/fixtures/checker/cases')).map((c) =>
      resolve('tests/fixtures/checker/cases', c, 'briefings'),
    ),
  ];
  const bench = mkdtempSync(join(tmpdir(), 'lean-'));
  writeCorpus(bench, 150);
  dirs.push(join(bench, 'briefings'));
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.md'));
    } catch {
      continue;
    }
    for (const name of names) files.push([join(dir, name), readFileSync(join(dir, name), 'utf8')]);
  }
  for (const [name, body] of Object.entries(TRICKY)) files.push([name, `${FRONTMATTER}\n${body}`]);
  files.push(['crlf', CRLF]);
  files.push([
    'multi-line title',
    FRONTMATTER.replace('title: A briefing', 'title: A briefing\n  for tests\nplain words') + '\nProse.\n',
  ]);
  files.push(['unclosed frontmatter', FRONTMATTER.replace(/---\n$/, '') + '\nProse.\n']);
  files.push(['closing fence with spaces', FRONTMATTER.replace(/---\n$/, '---  \n') + '\nProse.\n']);
  return files;
}

const analyze = (name: string, text: string, lean: boolean) =>
  analyzeFile(`content/briefings/${name}.md`, 'briefings', 'x', text, { lean });

describe('parsing with the prose cut short', () => {
  const files = corpus();

  // Some 200 files parsed twice each: on a busy shared machine this outlasts the default 5 s.
  it('gives exactly the same facts as parsing everything, for every briefing we have', { timeout: 30_000 }, () => {
    expect(files.length).toBeGreaterThan(200);
    for (const [name, text] of files) {
      expect(analyze(name, text, true), name).toEqual(analyze(name, text, false));
    }
  });

  it('the tricky bodies do trip rules (so the comparison means something)', () => {
    const rules = Object.entries(TRICKY).flatMap(([name, body]) =>
      analyze(name, `${FRONTMATTER}\n${body}`, false).problems.map((p) => p.rule),
    );
    expect(new Set(rules)).toEqual(
      new Set([
        'html-event-handler',
        'link-unsafe-scheme',
        'html-not-allowed',
        'heading-h1',
        'heading-skip',
        'empty-quote',
      ]),
    );
  });

  it('keeps every line, and does cut the prose of ordinary briefings', () => {
    let cut = 0;
    for (const [, text] of files) {
      const lean = leanMarkdown(text);
      expect(lean.split('\n')).toHaveLength(text.split('\n').length);
      cut += text.length - lean.length;
    }
    const bench = files.filter(([name]) => name.includes('lean-'));
    const benchCut = bench.reduce((sum, [, text]) => sum + text.length - leanMarkdown(text).length, 0);
    const benchSize = bench.reduce((sum, [, text]) => sum + text.length, 0);
    expect(benchCut / benchSize).toBeGreaterThan(0.4);
    expect(cut).toBeGreaterThan(0);
  });
});
