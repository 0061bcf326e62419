import type { ReactiveControllerHost } from 'lit';
import type { SimilarController } from './similar-controller.ts';

/** Posts like the words being typed, as the board's parts use them (similar-controller.ts does the search). */
export type Similar = Pick<SimilarController, 'posts' | 'search' | 'clear' | 'update'>;

// At module level: see feedback-board.ts.
const loadSimilar = () => import('./similar-controller.ts');

/**
 * The similar-posts search, loaded when someone first types in the text box: a reader who only
 * reads and supports never downloads it. Until it has loaded there are no similar posts to show,
 * as before the first search; the words typed meanwhile are searched once it has.
 */
export function lazySimilar(host: ReactiveControllerHost, ...options: ConstructorParameters<typeof SimilarController> extends [unknown, ...infer Rest] ? Rest : never): Similar {
  let similar: SimilarController | undefined;
  let loading = false;
  let typed = '';
  return {
    get posts() {
      return similar?.posts ?? [];
    },
    search(text) {
      typed = text;
      if (similar) return similar.search(text);
      if (loading) return;
      loading = true;
      loadSimilar().then(
        ({ SimilarController }) => {
          similar = new SimilarController(host, ...options);
          similar.search(typed);
        },
        // Offline before it ever loaded: similar posts are a help, not a need; the next keystroke tries again.
        () => (loading = false),
      );
    },
    clear() {
      typed = '';
      similar?.clear();
    },
    update(post) {
      similar?.update(post);
    },
  };
}
