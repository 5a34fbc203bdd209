import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { SaxesParser } from 'saxes';

/** Elements that may repeat in RSS and Atom, always read as lists. */
const LISTS = [
  'rss.channel.item',
  'rss.channel.item.category',
  'feed.link',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.category',
];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_, path) => typeof path === 'string' && LISTS.includes(path),
});

/**
 * Reads XML with a strict, conformant parser (saxes), which also refuses every character XML
 * cannot carry, such as C0 controls; throws at the first error.
 */
export function strictXml(text: string): void {
  const reader = new SaxesParser({ xmlns: true });
  reader.on('error', (error) => {
    throw error;
  });
  reader.write(text).close();
}

/**
 * Parses a feed after checking it is well-formed XML (one root, every tag closed, every `&`
 * escaped, no character XML cannot carry); a malformed feed throws with the message and line.
 */
export function parseFeedXml(text: string) {
  SyntaxValidator.validate(text, { multipleRoots: false, xmlDeclaraion: { optional: false } });
  strictXml(text);
  return parser.parse(text);
}
