import type { Loader, LoaderContext } from 'astro/loaders';

/** What parseData gives for an entry its schema refuses, so that the store leaves it out. */
const REFUSED = Symbol('refused by the schema');

/**
 * In `astro dev` only (when Astro gives the loader a watcher), an entry its collection's schema
 * refuses is left out of the collection instead of stopping the dev server (on start) or staying
 * as it was (on a later save): the content check prints why, at the line, and the page of that
 * file shows the errors (live-check.ts). Builds are unchanged; the check refuses bad content first.
 */
export function leaveOutInvalidInDev(loader: Loader): Loader {
  return {
    ...loader,
    load(context) {
      if (!context.watcher) return loader.load(context);
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          context.logger.warn(`${props.id} is left out of the preview until its errors are fixed`);
          return REFUSED as never;
        }
      };
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set')
            return (entry: Parameters<LoaderContext['store']['set']>[0]) => {
              if ((entry.data as unknown) !== REFUSED) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}
