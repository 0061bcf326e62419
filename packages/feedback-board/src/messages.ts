import type { Catalogues } from '@copro/core';

/** WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release. */
export const messages: Catalogues = {
  en: {
    'missing.board': 'This widget needs a board attribute.',
  },
  cy: {
    'missing.board': 'Mae angen priodwedd board ar y teclyn hwn.',
  },
};
