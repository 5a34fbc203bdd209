import type { Dictionary } from './en.ts';

/** The Spanish edition's interface words, as a Mexican newsroom writes them. */
export const es: Dictionary = {
  locale: 'es-MX',
  ogLocale: 'es_MX',
  siteName: 'Rubio en México: notas',
  skipLink: 'Ir al contenido',
  headingLink: 'Enlace a esta sección:',
  nav: { home: 'Inicio', topics: 'Temas', timeline: 'Cronología', people: 'Personas', search: 'Buscar' },
  otherEdition: { label: 'Read in English', missing: 'Edición en inglés' },
  footer: {
    note: 'Cada nota de este sitio se basa en las fuentes que cita. Las citas son textuales y las traducciones de citas se marcan como propias; el análisis se identifica como tal.',
    follow: 'Seguir todas las notas',
  },
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
  statuses: { planned: 'Prevista', confirmed: 'Confirmada', occurred: 'Ocurrida' },
  sections: { quotes: 'Lo que se dijo', timeline: 'Cronología', sources: 'Fuentes', topics: 'Temas de esta nota' },
  kinds: { news: 'Noticia', explainer: 'Explicativo', analysis: 'Análisis', context: 'Contexto' },
  topics: {
    title: 'Temas',
    description: 'Los temas que siguen las notas y lo que abarca cada uno.',
    newestFirst: 'Notas, de la más reciente a la más antigua',
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
  notFound: {
    title: 'Página no encontrada',
    description: 'No hay ninguna página en esta dirección.',
    text: 'No hay ninguna nota ni página en esta dirección. Puede que esté mal escrita o que la página haya cambiado de lugar.',
    latest: 'Las notas más recientes',
    moved: 'Esta nota cambió de dirección',
    movedTo: 'Ahora está en ',
  },
  cite: { heading: 'Cómo citar esta nota', accessed: 'Consultado', updated: 'actualizado el' },
  corrections: { heading: 'Correcciones' },
  counts: {
    briefings: { one: '# nota', other: '# notas' },
    quotes: { one: '# cita', other: '# citas' },
    minutesRead: { other: '# min de lectura' },
    readCorrections: { one: 'Leer la corrección', other: 'Leer las correcciones' },
  },
};
