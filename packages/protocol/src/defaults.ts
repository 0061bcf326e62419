/**
 * The content a new room, ladder or board starts with (see DOMAIN.md for sources).
 * Every entry has English and Welsh text.
 *
 * WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release.
 */
export interface LocalText {
  en: string;
  cy: string;
}

export interface DefaultGroup {
  id: string;
  label: LocalText;
  hint: LocalText;
}

export interface DefaultRung {
  id: string;
  label: LocalText;
  description: LocalText;
}

export interface DefaultItem {
  id: string;
  label: LocalText;
  description: LocalText;
}

export const defaultGroups: readonly DefaultGroup[] = [
  { id: 'people-using-service', label: { en: 'People using the service now', cy: 'Pobl sy’n defnyddio’r gwasanaeth nawr' }, hint: { en: 'Are they shaping this decision, or only told about it?', cy: 'Ydyn nhw’n llunio’r penderfyniad hwn, neu’n cael gwybod amdano yn unig?' } },
  { id: 'young-people', label: { en: 'Children and young people', cy: 'Plant a phobl ifanc' }, hint: { en: 'Youth councils, schools, youth workers; times outside school hours.', cy: 'Cynghorau ieuenctid, ysgolion, gweithwyr ieuenctid; amseroedd y tu allan i oriau ysgol.' } },
  { id: 'older-people', label: { en: 'Older people', cy: 'Pobl hŷn' }, hint: { en: 'Phone and paper options, lunch clubs, paid transport.', cy: 'Dewisiadau ffôn a phapur, clybiau cinio, cludiant wedi’i dalu.' } },
  { id: 'disabled-people', label: { en: 'Disabled people', cy: 'Pobl anabl' }, hint: { en: 'Ask about access needs first; step-free venues; captions.', cy: 'Gofynnwch am anghenion mynediad yn gyntaf; lleoliadau heb risiau; capsiynau.' } },
  { id: 'learning-disability', label: { en: 'People with a learning disability', cy: 'Pobl ag anabledd dysgu' }, hint: { en: 'Easy Read, self-advocacy groups, more time.', cy: 'Hawdd ei Ddarllen, grwpiau hunan-eirioli, mwy o amser.' } },
  { id: 'neurodivergent', label: { en: 'Neurodivergent people', cy: 'Pobl niwrowahanol' }, hint: { en: 'Agenda in advance, quiet space, written answers welcome.', cy: 'Agenda ymlaen llaw, lle tawel, croeso i atebion ysgrifenedig.' } },
  { id: 'mental-health', label: { en: 'People with mental health conditions', cy: 'Pobl â chyflyrau iechyd meddwl' }, hint: { en: 'Peer groups, flexible ways to take part.', cy: 'Grwpiau cymheiriaid, ffyrdd hyblyg o gymryd rhan.' } },
  { id: 'deaf-bsl', label: { en: 'Deaf people and BSL users', cy: 'Pobl Fyddar a defnyddwyr BSL' }, hint: { en: 'BSL interpreters and BSL video.', cy: 'Dehonglwyr BSL a fideo BSL.' } },
  { id: 'limited-english', label: { en: 'People with limited English', cy: 'Pobl â Saesneg cyfyngedig' }, hint: { en: 'Professional interpreters, translated summaries.', cy: 'Cyfieithwyr proffesiynol, crynodebau wedi’u cyfieithu.' } },
  { id: 'welsh-speakers', label: { en: 'Welsh speakers', cy: 'Siaradwyr Cymraeg' }, hint: { en: 'Offer Welsh without being asked.', cy: 'Cynigiwch y Gymraeg heb i neb ofyn.' } },
  { id: 'ethnic-minorities', label: { en: 'Ethnic minority communities', cy: 'Cymunedau lleiafrifoedd ethnig' }, hint: { en: 'Paid partnerships with trusted community organisations.', cy: 'Partneriaethau â thâl gyda sefydliadau cymunedol y mae pobl yn ymddiried ynddynt.' } },
  { id: 'faith', label: { en: 'Faith communities', cy: 'Cymunedau ffydd' }, hint: { en: 'Meet at places of worship; avoid religious festivals.', cy: 'Cyfarfod mewn addoldai; osgoi gwyliau crefyddol.' } },
  { id: 'lgbt', label: { en: 'LGBT+ people', cy: 'Pobl LHDT+' }, hint: { en: 'LGBT+ community groups; safe spaces.', cy: 'Grwpiau cymunedol LHDT+; mannau diogel.' } },
  { id: 'sex-balance', label: { en: 'Women and men', cy: 'Menywod a dynion' }, hint: { en: 'Check the balance; adjust times; offer childcare.', cy: 'Gwiriwch y cydbwysedd; addaswch amseroedd; cynigiwch ofal plant.' } },
  { id: 'pregnancy-parents', label: { en: 'Pregnant people and new parents', cy: 'Pobl feichiog a rhieni newydd' }, hint: { en: 'Baby-friendly sessions, family hubs.', cy: 'Sesiynau sy’n croesawu babanod, hybiau teulu.' } },
  { id: 'low-income', label: { en: 'People on low incomes', cy: 'Pobl ar incwm isel' }, hint: { en: 'Pay for time and expenses; local venues; evenings.', cy: 'Talu am amser a threuliau; lleoliadau lleol; gyda’r nos.' } },
  { id: 'offline', label: { en: 'People who are not online', cy: 'Pobl nad ydynt ar-lein' }, hint: { en: 'Paper, phone, face to face.', cy: 'Papur, ffôn, wyneb yn wyneb.' } },
  { id: 'carers', label: { en: 'Unpaid carers', cy: 'Gofalwyr di-dâl' }, hint: { en: 'Fund replacement care; short or remote options.', cy: 'Ariannu gofal yn eu lle; dewisiadau byr neu o bell.' } },
  { id: 'care-experienced', label: { en: 'Care-experienced people', cy: 'Pobl â phrofiad o ofal' }, hint: { en: 'Care-leaver forums.', cy: 'Fforymau pobl sy’n gadael gofal.' } },
  { id: 'homelessness', label: { en: 'People experiencing homelessness', cy: 'Pobl sy’n profi digartrefedd' }, hint: { en: 'Day centres, hostels, outreach workers.', cy: 'Canolfannau dydd, hosteli, gweithwyr allgymorth.' } },
  { id: 'gypsy-roma-traveller', label: { en: 'Gypsy, Roma and Traveller communities', cy: 'Cymunedau Sipsiwn, Roma a Theithwyr' }, hint: { en: 'Trusted liaison workers; meet on site.', cy: 'Gweithwyr cyswllt dibynadwy; cyfarfod ar y safle.' } },
  { id: 'refugees-migrants', label: { en: 'Refugees, asylum seekers and migrants', cy: 'Ffoaduriaid, ceiswyr lloches a mudwyr' }, hint: { en: 'Refugee charities; make clear it is safe to take part.', cy: 'Elusennau ffoaduriaid; ei gwneud yn glir ei bod yn ddiogel cymryd rhan.' } },
  { id: 'justice', label: { en: 'People in contact with the justice system', cy: 'Pobl mewn cysylltiad â’r system gyfiawnder' }, hint: { en: 'Probation services and charities.', cy: 'Gwasanaethau prawf ac elusennau.' } },
  { id: 'substance-use', label: { en: 'People who use drugs or alcohol', cy: 'Pobl sy’n defnyddio cyffuriau neu alcohol' }, hint: { en: 'Treatment services, peer support.', cy: 'Gwasanaethau triniaeth, cymorth cymheiriaid.' } },
  { id: 'rural', label: { en: 'People in rural areas', cy: 'Pobl mewn ardaloedd gwledig' }, hint: { en: 'Travelling sessions, online options, travel costs.', cy: 'Sesiynau teithiol, dewisiadau ar-lein, costau teithio.' } },
  { id: 'armed-forces', label: { en: 'Armed forces community', cy: 'Cymuned y lluoedd arfog' }, hint: { en: 'Armed Forces Covenant leads.', cy: 'Arweinwyr Cyfamod y Lluoedd Arfog.' } },
];

/**
 * The ids of `defaultGroups`, in the same order, without their words: what an element needs to
 * tell a default group from a room's own (its words come from the endpoint, in the page's
 * language), so a page does not download every default in every language.
 */
export const defaultGroupIds: readonly string[] = [
  'people-using-service', 'young-people', 'older-people', 'disabled-people', 'learning-disability',
  'neurodivergent', 'mental-health', 'deaf-bsl', 'limited-english', 'welsh-speakers',
  'ethnic-minorities', 'faith', 'lgbt', 'sex-balance', 'pregnancy-parents', 'low-income',
  'offline', 'carers', 'care-experienced', 'homelessness', 'gypsy-roma-traveller',
  'refugees-migrants', 'justice', 'substance-use', 'rural', 'armed-forces',
];

/** The ladder of co-production, bottom to top (Think Local Act Personal and the National Co-production Advisory Group). */
export const defaultRungs: readonly DefaultRung[] = [
  { id: 'coercion', label: { en: 'Coercion', cy: 'Gorfodaeth' }, description: { en: 'People are present but have no say; their views are not taken into account.', cy: 'Mae pobl yn bresennol ond nid oes ganddynt lais; nid yw eu barn yn cael ei hystyried.' } },
  { id: 'educating', label: { en: 'Educating', cy: 'Addysgu' }, description: { en: 'People are helped to understand how the service works. Nothing more.', cy: 'Mae pobl yn cael help i ddeall sut mae’r gwasanaeth yn gweithio. Dim mwy.' } },
  { id: 'informing', label: { en: 'Informing', cy: 'Hysbysu' }, description: { en: 'People are told what was decided and why.', cy: 'Mae pobl yn cael gwybod beth a benderfynwyd a pham.' } },
  { id: 'consultation', label: { en: 'Consultation', cy: 'Ymgynghori' }, description: { en: 'People are asked for views (surveys, meetings) but have no power to make them count.', cy: 'Gofynnir i bobl am eu barn (arolygon, cyfarfodydd) ond nid oes ganddynt bŵer i wneud iddi gyfrif.' } },
  { id: 'engagement', label: { en: 'Engagement', cy: 'Ymgysylltu' }, description: { en: 'People have more chances to give views and can change some things, within limits set by the organisation.', cy: 'Mae gan bobl fwy o gyfleoedd i roi eu barn a gallant newid rhai pethau, o fewn terfynau a osodir gan y sefydliad.' } },
  { id: 'co-design', label: { en: 'Co-design', cy: 'Cyd-ddylunio' }, description: { en: 'People shape the design from their experience and have real influence, but are not part of carrying it out.', cy: 'Mae pobl yn llunio’r dyluniad o’u profiad ac mae ganddynt ddylanwad go iawn, ond nid ydynt yn rhan o’i gyflawni.' } },
  { id: 'co-production', label: { en: 'Co-production', cy: 'Cydgynhyrchu' }, description: { en: 'An equal partnership from start to finish: people share decisions about design and delivery.', cy: 'Partneriaeth gyfartal o’r dechrau i’r diwedd: mae pobl yn rhannu penderfyniadau am ddylunio a chyflawni.' } },
];

export const defaultRoles: readonly { id: string; label: LocalText }[] = [
  { id: 'lived-experience', label: { en: 'I use or have used this service', cy: 'Rwy’n defnyddio neu wedi defnyddio’r gwasanaeth hwn' } },
  { id: 'staff', label: { en: 'I work for the organisation', cy: 'Rwy’n gweithio i’r sefydliad' } },
  { id: 'partner', label: { en: 'I work with a partner organisation', cy: 'Rwy’n gweithio gyda sefydliad partner' } },
  { id: 'other', label: { en: 'Other', cy: 'Arall' } },
];

/** The six principles of co-production (New Economics Foundation and Nesta, 2010; SCIE guide 51). */
export const defaultPrinciples: readonly DefaultItem[] = [
  { id: 'assets', label: { en: 'People as assets', cy: 'Pobl fel asedau' }, description: { en: 'People are equal partners, not passive recipients or burdens.', cy: 'Mae pobl yn bartneriaid cyfartal, nid yn dderbynwyr goddefol nac yn faich.' } },
  { id: 'capabilities', label: { en: 'Building on capabilities', cy: 'Adeiladu ar alluoedd' }, description: { en: 'Start from what people can do and help them grow it.', cy: 'Dechrau o’r hyn y gall pobl ei wneud a’u helpu i’w ddatblygu.' } },
  { id: 'mutuality', label: { en: 'Mutuality and reciprocity', cy: 'Cydfuddiant a dwyochredd' }, description: { en: 'Two-way relationships with shared responsibilities and something in it for everyone.', cy: 'Perthnasoedd dwy ffordd gyda chyfrifoldebau a rennir a rhywbeth i bawb.' } },
  { id: 'networks', label: { en: 'Peer support networks', cy: 'Rhwydweithiau cymorth cymheiriaid' }, description: { en: 'Peer and personal networks work alongside professionals.', cy: 'Mae rhwydweithiau cymheiriaid a phersonol yn gweithio ochr yn ochr â gweithwyr proffesiynol.' } },
  { id: 'blurring', label: { en: 'Blurring boundaries', cy: 'Pylu ffiniau' }, description: { en: 'The line between those who deliver and those who receive services fades.', cy: 'Mae’r llinell rhwng y rhai sy’n darparu a’r rhai sy’n derbyn gwasanaethau yn pylu.' } },
  { id: 'facilitating', label: { en: 'Facilitating, not delivering', cy: 'Hwyluso, nid darparu' }, description: { en: 'The organisation makes things happen with people instead of doing things to them.', cy: 'Mae’r sefydliad yn gwneud i bethau ddigwydd gyda phobl yn hytrach na gwneud pethau iddynt.' } },
];

/** Credit that reuse of the ladder requires; widgets show it with the link. */
export const ladderCredit = {
  text: { en: 'Ladder of co-production: Think Local Act Personal and the National Co-production Advisory Group', cy: 'Ysgol cydgynhyrchu: Think Local Act Personal a’r National Co-production Advisory Group' },
  href: 'https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/',
} as const;
