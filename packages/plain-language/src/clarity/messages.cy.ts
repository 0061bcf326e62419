/**
 * Welsh messages for “Was this clear?” under plain-language blocks, and its staff report.
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { ClarityMessages } from './messages.ts';

const cy: Translation<ClarityMessages> = {
  'question.label': 'Oedd hyn yn glir?',
  'question.yes': 'Oedd',
  'question.no': 'Nac oedd',
  'question.commentNo': 'Beth oedd yn anodd ei ddeall? (dewisol)',
  'question.commentYes': 'Unrhyw beth arall yr hoffech ei ddweud wrthym? (dewisol)',
  'question.commentHint': 'Peidiwch â chynnwys manylion personol fel eich enw neu eich cyfeiriad.',
  'question.send': 'Anfon ateb',
  'question.thanks': 'Diolch. Mae eich ateb yn ein helpu i wneud y dudalen hon yn gliriach.',
  'question.refused': 'Ni chafodd eich ateb ei anfon. {reason} Mae’n dal isod: gallwch ei newid a’i anfon eto, neu ei ddileu.',
  'question.sendAgain': 'Anfon eto',
  'question.delete': 'Dileu’r ateb hwn',
  'question.deleted': 'Cafodd eich ateb ei ddileu. Gallwch ateb eto.',
  'report.show': 'Dangos canlyniadau',
  'report.refresh': 'Adnewyddu canlyniadau',
  'report.forget': 'Anghofio’r tocyn',
  'report.caption': 'Atebion i “Oedd hyn yn glir?” ar gyfer {page}',
  'report.block': 'Bloc',
  'report.clear': 'Clir',
  'report.unclear': 'Ddim yn glir',
  'report.empty': 'Nid oes neb wedi ateb “Oedd hyn yn glir?” ar {page} eto.',
  'report.comments': 'Sylwadau ar {block}',
  'report.commentClear': 'Yn glir, fersiwn {version}, {date}',
  'report.commentUnclear': 'Ddim yn glir, fersiwn {version}, {date}',
  'report.version.standard': 'safonol',
  'report.version.plain': 'glir',
  'report.loaded': {
    zero: 'Canlyniadau ar gyfer {count} bloc.',
    one: 'Canlyniadau ar gyfer {count} bloc.',
    two: 'Canlyniadau ar gyfer {count} floc.',
    few: 'Canlyniadau ar gyfer {count} bloc.',
    many: 'Canlyniadau ar gyfer {count} bloc.',
    other: 'Canlyniadau ar gyfer {count} bloc.',
  },
  'question.saved': 'Diolch, mae eich ateb wedi’i gadw.',
  'question.sendComment': 'Anfon sylw',
  'report.blockWords': '“{excerpt}” ({block})',
};

export default cy;
