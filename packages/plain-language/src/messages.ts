import type { Catalogues } from '@copro/core';

/** WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release. */
export const messages: Catalogues = {
  en: {
    'switch.label': 'Plain language',
    'mode.plain': 'Showing plain language.',
    'mode.standard': 'Showing the standard wording.',
  },
  cy: {
    'switch.label': 'Iaith glir',
    'mode.plain': 'Yn dangos iaith glir.',
    'mode.standard': 'Yn dangos y geiriad safonol.',
  },
};
