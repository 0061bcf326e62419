import type { Catalogues } from '@copro/core';

/**
 * The switch's, the blocks' and the terms' words.
 * WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release.
 */
export const messages: Catalogues = {
  en: {
    'switch.label': 'Plain language',
    'switch.on': 'On',
    'switch.off': 'Off',
    'mode.plain': 'Showing plain language.',
    'mode.standard': 'Showing the standard wording.',
    'term.suffix': ', definition',
  },
  cy: {
    'switch.label': 'Iaith glir',
    'switch.on': 'Ymlaen',
    'switch.off': 'I ffwrdd',
    'mode.plain': 'Yn dangos iaith glir.',
    'mode.standard': 'Yn dangos y geiriad safonol.',
    'term.suffix': ', diffiniad',
  },
};
