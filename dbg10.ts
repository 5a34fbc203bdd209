import { analyzeSafely } from './src/checker/analyze.ts';
import { markdownToHtml } from 'satteri';
const fm = '---\ntitle: A hostile fixture briefing\ndek: A fixture briefing whose body tries to escape the allowlist.\npublished: 2026-01-02\nkind: news\ntopics: [cartels]\nsources: [afp-rubio-mexico-trip]\n---\n\n## What happened\n\n';
const n = Number(process.argv[2] ?? 10000);
const bodies: Record<string, string> = {
  list: Array.from({ length: n }, (_, i) => ' '.repeat(2 * i) + '- x').join('\n'),
  quote: '>'.repeat(n) + ' x',
  brackets: '['.repeat(n) + 'x',
  links: '[x]('.repeat(n),
  spans: '<span>'.repeat(n) + 'x',
  emph: '*a '.repeat(n),
  yaml: '',
};
for (const [k, body] of Object.entries(bodies).filter(([k]) => !process.argv[3] || k === process.argv[3])) {
  let t = performance.now();
  const text = k === 'yaml' ? fm.replace('kind: news', 'kind: ' + '['.repeat(n)) : fm + body;
  const r = analyzeSafely('c/b/x.md', 'briefings', 'x', text, '/');
  const t1 = performance.now() - t;
  t = performance.now();
  let ok = 'ok';
  try { markdownToHtml(text); } catch (e) { ok = String(e).slice(0, 60); }
  console.log(k, Math.round(t1), 'ms', r.problems.slice(0, 2).map((p) => p.rule + ':' + p.line + ' ' + p.message.slice(0, 60)), 'satteri', Math.round(performance.now() - t), ok);
}
