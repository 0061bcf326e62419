/**
 * Welsh messages for “Forget me on this device” (a board, a ladder, “Was this clear?”), once opened.
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '../i18n.ts';
import type { ForgetMessages } from './messages.ts';

const cy: Translation<ForgetMessages> = {
  'forget.heading': 'Anghofio chi ar y ddyfais hon?',
  'forget.explain': 'Defnyddiwch hwn ar gyfrifiadur a rennir neu gyfrifiadur cyhoeddus. Bydd y ddyfais hon yn anghofio’r cod sy’n eich cysylltu â’r hyn a ysgrifennoch yma, eich drafftiau a’r atebion a gofiwyd, fel na all y person nesaf eu gweld na’u newid. Mae’r hyn rydych eisoes wedi’i anfon yn aros ar y gwasanaeth oni bai eich bod yn ei ddileu hefyd.',
  'forget.unsent': {
    zero: 'Nid yw {count} peth a ysgrifennwyd yma wedi’u hanfon eto. Byddant yn cael eu dileu o’r ddyfais hon ac ni fyddant yn cael eu hanfon.',
    one: 'Nid yw {count} peth a ysgrifennwyd yma wedi’i anfon eto. Bydd yn cael ei ddileu o’r ddyfais hon ac ni fydd yn cael ei anfon.',
    two: 'Nid yw {count} peth a ysgrifennwyd yma wedi’u hanfon eto. Byddant yn cael eu dileu o’r ddyfais hon ac ni fyddant yn cael eu hanfon.',
    few: 'Nid yw {count} peth a ysgrifennwyd yma wedi’u hanfon eto. Byddant yn cael eu dileu o’r ddyfais hon ac ni fyddant yn cael eu hanfon.',
    many: 'Nid yw {count} peth a ysgrifennwyd yma wedi’u hanfon eto. Byddant yn cael eu dileu o’r ddyfais hon ac ni fyddant yn cael eu hanfon.',
    other: 'Nid yw {count} peth a ysgrifennwyd yma wedi’u hanfon eto. Byddant yn cael eu dileu o’r ddyfais hon ac ni fyddant yn cael eu hanfon.',
  },
  'forget.erase': 'Dileu’r hyn rwyf wedi’i bostio hefyd',
  'forget.eraseHint': 'Bydd eich postiadau, eich cefnogaeth, eich sgoriau a’ch atebion a anfonwyd o’r ddyfais hon yn cael eu dileu o’r gwasanaeth am byth, gydag unrhyw atebion a roddodd staff i’ch postiadau. Ni ellir dadwneud hyn.',
  'forget.session': 'Cyfrifiadur a rennir yw hwn: o hyn ymlaen, anghofio pwy bynnag sy’n ei ddefnyddio pan fydd y tab yn cael ei gau',
  'forget.confirm': 'Anghofio fi',
  'forget.confirmErase': 'Dileu’r hyn a bostiais ac anghofio fi',
  'forget.cancel': 'Canslo',
  'forget.download': 'Lawrlwytho’r hyn sy’n cael ei gadw amdanaf',
  'forget.done': 'Wedi’i wneud: mae’r ddyfais hon wedi eich anghofio.',
  'forget.erased': 'Wedi’u dileu o’r gwasanaeth: postiadau {posts}, cefnogaeth {supports}, sgoriau {ratings}, atebion {clarity}.',
  'forget.downloaded': 'Wedi lawrlwytho’r hyn sy’n cael ei gadw amdanoch, fel {name}.',
  'forget.downloadFailed': 'Nid oedd modd lawrlwytho eich data. {reason}',
};

export default cy;
