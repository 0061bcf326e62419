/**
 * GOV.UK's "words to avoid" (GOV.UK style guide, A to Z, "Words to avoid"): words that hide what
 * is actually being done. Each entry is the word as the list names it, the forms we look for, and,
 * for the words the list allows in some senses, a test of the words around it.
 *
 * The tests are rough on purpose: author mode flags for an editor to look at, it does not correct.
 */
export interface WordToAvoid {
  /** The word as GOV.UK lists it. */
  entry: string;
  /** Lower-case forms that count. */
  forms: RegExp;
  /** Whether this use counts, given the words before and after it (lower case). */
  counts?: (previous: string, next: string, word: string) => boolean;
}

/** Words after which a form is probably a verb: "to impact", "we will progress", "it impacts". */
const VERB_CUES = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not', 'we', 'they', 'i', 'you', 'it', 'this', 'that', 'which', 'who', 'also', 'further', 'help', 'and']);
const asVerb = (previous: string, _next: string, word: string) => /(?:ed|ing)$/.test(word) || VERB_CUES.has(previous);

/** "key" is fine when it unlocks something: "the key to the shed", "a key fob". */
const KEY_FOLLOWERS = new Set(['to', 'for', 'of', 'fob', 'fobs', 'card', 'cards', 'safe', 'ring', 'holder', 'holders', 'code', 'and', 'or', 'in', 'on', 'is', 'was', 'from', 'with']);
const FOSTERING_CHILDREN = new Set(['care', 'carer', 'carers', 'parent', 'parents', 'child', 'children', 'family', 'families', 'home', 'homes', 'placement', 'placements']);

export const wordsToAvoid: WordToAvoid[] = [
  { entry: 'agenda', forms: /^agendas?$/ },
  { entry: 'advancing', forms: /^advanc(?:e|es|ed|ing)$/ },
  { entry: 'collaborate', forms: /^collaborat(?:e|es|ed|ing|ion|ive|ively)$/ },
  { entry: 'combat', forms: /^combat(?:s|ed|ing|ting|ted)?$/ },
  { entry: 'commit', forms: /^commit(?:s|ted|ting|ment|ments)?$/ },
  { entry: 'pledge', forms: /^pledg(?:e|es|ed|ing)$/ },
  { entry: 'countering', forms: /^counter(?:s|ed|ing)?$/, counts: asVerb },
  { entry: 'deliver', forms: /^deliver(?:s|ed|ing|y|ies)?$/ },
  { entry: 'deploy', forms: /^deploy(?:s|ed|ing|ment|ments)?$/ },
  { entry: 'dialogue', forms: /^dialog(?:ue|ues)?$/ },
  { entry: 'disincentivise', forms: /^disincentivi[sz](?:e|es|ed|ing)$|^disincentives?$/ },
  { entry: 'empower', forms: /^empower(?:s|ed|ing|ment)?$/ },
  { entry: 'facilitate', forms: /^facilitat(?:e|es|ed|ing|ion|or|ors)$/ },
  { entry: 'focus', forms: /^focus(?:es|ed|ing|sed|sing)?$/ },
  { entry: 'foster', forms: /^foster(?:s|ed|ing)?$/, counts: (_previous, next) => !FOSTERING_CHILDREN.has(next) },
  { entry: 'impact (as a verb)', forms: /^impact(?:s|ed|ing)?$/, counts: asVerb },
  { entry: 'initiate', forms: /^initiat(?:e|es|ed|ing|ion)$/ },
  { entry: 'key (unless it unlocks something)', forms: /^key$/, counts: (previous, next) => ['is', 'are', 'was', 'were', 'be'].includes(previous) || (!!next && !KEY_FOLLOWERS.has(next)) },
  { entry: 'land (as a verb)', forms: /^land(?:s|ed)?$/, counts: (previous) => VERB_CUES.has(previous) },
  { entry: 'leverage', forms: /^leverag(?:e|es|ed|ing)$/ },
  { entry: 'liaise', forms: /^liais(?:e|es|ed|ing|on)$/ },
  { entry: 'overarching', forms: /^overarching$/ },
  { entry: 'progress (as a verb)', forms: /^progress(?:es|ed|ing)?$/, counts: asVerb },
  { entry: 'promote', forms: /^promot(?:e|es|ed|ing)$/ },
  { entry: 'robust', forms: /^robust(?:ly|ness)?$/ },
  { entry: 'streamline', forms: /^streamlin(?:e|es|ed|ing)$/ },
  { entry: 'strengthening', forms: /^strengthen(?:s|ed|ing)?$/ },
  { entry: 'tackle', forms: /^tackl(?:e|es|ed|ing)$/ },
  { entry: 'transforming', forms: /^transform(?:s|ed|ing|ation|ational)?$/ },
  { entry: 'utilise', forms: /^utili[sz](?:e|es|ed|ing|ation)$/ },
];

/** Phrases from the list, matched on the sentence's words joined by single spaces. */
export const phrasesToAvoid: { entry: string; phrase: RegExp }[] = [
  { entry: 'going forward', phrase: /\b(?:going|moving) forward\b/g },
  { entry: 'slimming down', phrase: /\bslim(?:s|med|ming)? down\b/g },
];
