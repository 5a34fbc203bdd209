/**
 * The search page's script: the only JavaScript the site sends. It reads the search from the URL,
 * runs it against the Pagefind index built after `astro build`, shows the results, and keeps the
 * URL in step (`?q=…&topic=…`) so a search can be shared. The rules it follows are in lib/search.ts.
 */
import {
  excerptParts,
  isEmptySearch,
  pagefindFilters,
  readSearchState,
  resultSummary,
  writeSearchState,
  type SearchMessages,
  type SearchState,
} from '../lib/search.ts';

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(
    query: string | null,
    options: { filters: object },
  ): Promise<{ results: { data(): Promise<PagefindFragment> }[] }>;
}

/** How many results are shown. */
const SHOWN = 20;
/** How long typing pauses before a search runs, in milliseconds. */
const PAUSE = 150;

function resultItem(fragment: PagefindFragment): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = fragment.url;
  link.textContent = fragment.meta.title ?? fragment.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  for (const part of excerptParts(fragment.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(heading, excerpt);
  return item;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
  const topicIds = boxes.map((box) => box.value);
  const topicNames = new Map(boxes.map((box) => [box.value, box.dataset.name ?? box.value]));
  // The edition's words, which the page writes into the form from its dictionary.
  const messages = JSON.parse(form.dataset.messages ?? '{}') as SearchMessages;

  const fromUrl = readSearchState(new URLSearchParams(location.search), topicIds);
  input.value = fromUrl.query;
  for (const box of boxes) box.checked = fromUrl.topics.includes(box.value);

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: form.dataset.base ?? '/' });
      return module;
    }));

  let latest = 0;
  const current = (): SearchState => ({
    query: input.value.trim(),
    topics: boxes.filter((box) => box.checked).map((box) => box.value),
  });

  async function run(state: SearchState): Promise<void> {
    const mine = ++latest;
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
    if (isEmptySearch(state)) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = messages.searching;
    try {
      const found = await (await load()).search(state.query || null, { filters: pagefindFilters(state) });
      const fragments = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
      if (mine !== latest) return;
      list!.replaceChildren(...fragments.map(resultItem));
      status!.textContent = resultSummary(found.results.length, state, topicNames, messages);
    } catch {
      if (mine === latest) status!.textContent = messages.failed;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(current()), PAUSE);
  });
  for (const box of boxes) box.addEventListener('change', () => void run(current()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(current());
  });
  if (!isEmptySearch(fromUrl)) void run(fromUrl);
}
