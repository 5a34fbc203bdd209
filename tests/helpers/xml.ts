import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

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
 * Parses a feed after checking it is well-formed XML (one root, every tag closed, every `&`
 * escaped); a malformed feed throws with the validator's message and line.
 */
export function parseFeedXml(text: string) {
  SyntaxValidator.validate(text, { multipleRoots: false, xmlDeclaraion: { optional: false } });
  return parser.parse(text);
}
