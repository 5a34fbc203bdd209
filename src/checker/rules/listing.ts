import { problem, START, type Problem } from '../problem.ts';
import type { ContentListing } from '../files.ts';

/** Problems with the content folder itself: missing, linking outside itself, or holding files the site will not read. */
export function checkListing(listing: ContentListing, contentDir: string): Problem[] {
  if (!listing.exists)
    return [
      problem(
        contentDir,
        START,
        'error',
        'content-folder-missing',
        `the content folder ${contentDir} does not exist: create it with briefings, topics, sources and people folders, or set CONTENT_DIR`,
      ),
    ];
  const outside = listing.outside.map(({ file }) =>
    problem(
      file,
      START,
      'error',
      'symlink-outside',
      'this is a link to something outside the content folder, which the site will not publish: copy the file into the content folder instead',
    ),
  );
  const ignored = listing.ignored.map(({ file, collection }) =>
    problem(
      file,
      START,
      'warning',
      'ignored-file',
      collection === 'briefings'
        ? 'this is not read: a briefing must be a file ending in .md directly inside the briefings folder'
        : collection === 'translations'
          ? 'this is not read: a translation must be a file ending in .md directly inside its language folder, such as briefings/es/'
          : 'this is not read: topics, sources and people must be files ending in .yaml directly inside their folder',
    ),
  );
  return [...outside, ...ignored];
}
