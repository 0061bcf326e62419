import type { Catalogues } from '@copro/core';

/** WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release. */
export const messages: Catalogues = {
  en: {
    'missing.ladder': 'This widget needs a ladder attribute.',
  },
  cy: {
    'missing.ladder': 'Mae angen priodwedd ladder ar y teclyn hwn.',
  },
};
