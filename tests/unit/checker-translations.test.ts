import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/checker/analyze.ts';
import { checkTranslations } from '../../src/checker/rules/translations.ts';
import { isOutdated } from '../../src/lib/translation-status.ts';

const original = (extra = '') => `---
title: "Rubio plans his first trip to Mexico"
dek: "The secretary of state will travel to Mexico in the coming weeks, AFP reported."
published: 2026-11-23
kind: news
topics: [cartels]
sources: [afp-rubio-mexico-trip]
quotes:
  - speaker: marco-rubio
    text: "They have been very responsive."
    context: "testimony to the House Foreign Affairs Committee"
    source: afp-rubio-mexico-trip
timeline:
  - id: first-trip
    when: "in the coming weeks"
    event: "Rubio travels to Mexico for the first time."
    status: planned
    source: afp-rubio-mexico-trip
${extra}---

Body.
`;

const translation = (fields: string) => `---
title: "Rubio prepara su primera visita a México"
dek: "El secretario de Estado viajará a México en las próximas semanas, según informó AFP."
published: 2026-11-24
${fields}
---

Cuerpo.
`;

const GOOD = `translationOf: rubio-plans
translatedFrom: 2026-11-23
quotes:
  - quote: "They have been very responsive."
    translation: "Han respondido muy bien."
    context: "Comparecencia ante el comité"
timeline:
  - id: first-trip
    when: "en las próximas semanas"
    event: "Rubio viaja a México por primera vez."`;

function check(en: string, ...es: string[]) {
  const facts = [
    analyzeFile('content/briefings/rubio-plans.md', 'briefings', 'rubio-plans', en),
    ...es.map((text, i) => analyzeFile(`content/briefings/es/nota-${i}.md`, 'translations', `nota-${i}`, text)),
  ];
  return { own: facts.flatMap((f) => f.problems), across: checkTranslations(facts) };
}
const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe('translations in the checker', () => {
  it('accepts a translation that names its original, its quotes and timeline entries, and follows its last change', () => {
    const { own, across } = check(original(), translation(GOOD));
    expect(own).toEqual([]);
    expect(across).toEqual([]);
  });

  it('reports the inherited fields as not fields of a translation, at their line', () => {
    const { own } = check(original(), translation(`${GOOD}\nkind: news`));
    expect(own.map((p) => [p.rule, p.line])).toEqual([['schema/unknown-field', 15]]);
  });

  it('requires translationOf and translatedFrom', () => {
    const { own } = check(original(), translation('quotes: []'));
    expect(own.map((p) => p.message)).toEqual([
      expect.stringMatching(/^`translationOf` is required/),
      expect.stringMatching(/^`translatedFrom` is required/),
    ]);
  });

  it('names an unknown original with a suggestion (translation-missing-original)', () => {
    const { across } = check(
      original(),
      translation(GOOD.replace('translationOf: rubio-plans', 'translationOf: rubio-plan')),
    );
    expect(rules(across)).toEqual(['translation-missing-original']);
    expect(across[0]!.message).toContain('did you mean "rubio-plans"?');
    expect(across[0]!.line).toBe(5);
  });

  it('tells each of two translations of one original about the other (translation-duplicate)', () => {
    const { across } = check(original(), translation(GOOD), translation(GOOD));
    expect(rules(across)).toEqual(['translation-duplicate', 'translation-duplicate']);
    expect(across[0]!.message).toContain('content/briefings/es/nota-1.md');
    expect(across[1]!.message).toContain('content/briefings/es/nota-0.md');
  });

  it('rejects a translated quote whose original is not character for character a quote of the original', () => {
    const { across } = check(original(), translation(GOOD.replace('very responsive.', 'very responsive')));
    expect(across.map((p) => [p.rule, p.line, p.column])).toEqual([['translation-quote-unknown', 8, 5]]);
  });

  it('rejects a translated timeline entry the original does not have', () => {
    const { across } = check(original(), translation(GOOD.replace('id: first-trip', 'id: first-tripp')));
    expect(rules(across)).toEqual(['translation-timeline-unknown']);
    expect(across[0]!.message).toContain('did you mean "first-trip"?');
  });

  it('warns when the original changed after translatedFrom: an update or a correction', () => {
    const updated = check(original('updated: 2026-11-25\n'), translation(GOOD)).across;
    expect(updated.map((p) => [p.rule, p.severity, p.line])).toEqual([['translation-outdated', 'warning', 6]]);
    const corrected = check(
      original('corrections:\n  - date: 2026-11-26\n    text: "An earlier version misnamed the committee."\n'),
      translation(GOOD),
    ).across;
    expect(rules(corrected)).toEqual(['translation-outdated']);
    const caughtUp = check(original('updated: 2026-11-25\n'), translation(GOOD.replace('2026-11-23', '2026-11-25')));
    expect(caughtUp.across).toEqual([]);
  });
});

describe('isOutdated', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  it('is true only when the original last changed after the day translated', () => {
    expect(isOutdated(day('2026-11-23'), { published: day('2026-11-23') })).toBe(false);
    expect(isOutdated(day('2026-11-23'), { published: day('2026-11-23'), updated: day('2026-11-24') })).toBe(true);
    expect(
      isOutdated(day('2026-11-24'), { published: day('2026-11-23'), corrections: [{ date: day('2026-11-24') }] }),
    ).toBe(false);
  });
});
