import type { Dictionary } from './en.ts';

/** The Spanish edition's interface words, as a Mexican newsroom writes them. */
export const es: Dictionary = {
  locale: 'es-MX',
  ogLocale: 'es_MX',
  siteName: 'Rubio en México',
  skipLink: 'Ir al contenido',
  nav: { home: 'Inicio', topics: 'Temas', timeline: 'Cronología', people: 'Personas', search: 'Buscar' },
  otherEdition: { label: 'Read in English', lang: 'en', missing: 'Read in English' },
  home: {
    latest: 'Notas más recientes',
    lead: 'Nota principal',
    browse: 'Explorar por tema',
    allTopics: 'Todos los temas',
  },
  briefing: {
    updated: 'Actualizado',
    published: 'Publicado',
    analysis: 'Análisis.',
    ownTranslation: '(traducción propia)',
    original: 'Original en inglés',
    outdated: 'El original en inglés cambió después de esta traducción: lea la versión en inglés',
  },
  kinds: { news: 'Noticia', explainer: 'Explicativo', analysis: 'Análisis', context: 'Contexto' },
  topics: {
    title: 'Temas',
    empty: 'Aún no hay notas sobre este tema.',
    only: 'Por ahora es la única nota sobre este tema.',
  },
  timeline: {
    title: 'Cronología',
    intro: 'Los hechos que reportan las notas, en orden.',
    empty: 'Ninguna nota tiene entradas de cronología todavía.',
  },
  people: { title: 'Personas' },
  search: { title: 'Buscar en las notas', label: 'Buscar', filter: 'Solo en estos temas' },
  pagination: { previous: 'Página anterior', next: 'Página siguiente', page: 'Página #', nav: 'Páginas' },
  notFound: { title: 'Página no encontrada', moved: 'Esta nota cambió de dirección', movedTo: 'Ahora está en ' },
  cite: { heading: 'Cómo citar esta nota', accessed: 'Consultado' },
  corrections: { heading: 'Correcciones' },
  counts: {
    briefings: { one: '# nota', other: '# notas' },
    quotes: { one: '# cita', other: '# citas' },
    minutesRead: { other: '# min de lectura' },
    readCorrections: { one: 'Leer la corrección', other: 'Leer las correcciones' },
  },
};
