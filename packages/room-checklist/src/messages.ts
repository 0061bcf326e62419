import type { Catalogues } from '@copro/core';

/** WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release. */
export const messages: Catalogues = {
  en: {
    'missing.room': 'This widget needs a room attribute.',
  },
  cy: {
    'missing.room': 'Mae angen priodwedd room ar y teclyn hwn.',
  },
};
