import { catalogue, type Messages } from '@copro/core';

/**
 * Every word the ladder shows. Any of them can be replaced with the
 * `strings` attribute. Rung, role and principle wording comes from the ladder (see labels.ts).
 *
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'missing.ladder': 'This widget needs a ladder attribute.',
  'ladder.intro': 'Say where you think this project is on the ladder of co-production, and where you want it to be. There are no wrong answers: each rung can be right for some activities.',
  'role.legend': 'Which of these describes you?',
  'role.hint': 'We compare the answers of people who use the service with the answers of staff.',
  'now.legend': 'Where is this project on the ladder now?',
  'now.hint': 'Choose the rung closest to how things are now. The ladder starts at the top rung, where people share the most power.',
  'aim.legend': 'Where should this project be? (optional)',
  'aim.hint': 'Choose the rung you think is right for this project. The rungs are described in the question above.',
  'aim.unsure': 'I am not sure',
  'principles.heading': 'The six principles of co-production (optional)',
  'principles.hint': 'How well does this project follow each principle? Score each one from 1 to 5.',
  'score.1': 'No action yet',
  'score.2': 'Made a start',
  'score.3': 'Progress on several fronts',
  'score.4': 'Strong in some areas',
  'score.5': 'Strong throughout',
  'score.option': '{score}: {words}',
  'score.unsure': 'Not sure',
  'comment.label': 'Anything you want to add? (optional)',
  'comment.hint': 'Please do not include names or other personal details.',
  'replace.hint': 'Sending again replaces your earlier answer.',
  'ladder.submit': 'Send my answer',
  cancel: 'Keep my earlier answer',
  'error.summary': 'There is a problem',
  'error.prefix': 'Error:',
  'error.role': 'Choose which of these describes you',
  'error.now': 'Choose where this project is on the ladder now',
  'thanks.heading': 'Thank you for your answer',
  'thanks.sent': 'Your answer has been sent.',
  'mine.now': 'You said this project is at {now}.',
  'mine.aim': 'You said it should be at {aim}.',
  change: 'Change my answer',
  'results.heading': 'What people said',
  'results.total': { one: '{count} person has answered so far.', other: '{count} people have answered so far.' },
  'results.none': 'No one has answered yet.',
  'results.refresh': 'Update the results',
  'results.updated': 'Results updated.',
  'results.error': 'The results could not be loaded.',
  'chart.now.title': 'Where people put the project now',
  'chart.aim.title': 'Where people want the project to be',
  'chart.now.name': 'Bar chart: where people put the project now, by role. The numbers are in the table below it.',
  'chart.aim.name': 'Bar chart: where people want the project to be, by role. The numbers are in the table below it.',
  'table.now.caption': 'Where people put the project now: answers on each rung, by role',
  'table.aim.caption': 'Where people want the project to be: answers on each rung, by role',
  'table.rung': 'Rung',
  'table.answered': 'Answers to this question',
  'table.median': 'Middle answer',
  'median.heading': 'The middle answer of each group',
  'median.item': { one: '{role}: {rung} ({count} answer)', other: '{role}: {rung} ({count} answers)' },
  'median.none': '{role}: no answers to this question yet',
  'median.noAnswer': 'none yet',
  'group.staff': 'staff',
  'group.lived-experience': 'people who use the service',
  'group.partner': 'partner organisations',
  'group.other': 'other people',
  'gap.now.lower': {
    one: '{staff} put this at {staffRung}; {lived} put it at {livedRung}, {count} rung lower.',
    other: '{staff} put this at {staffRung}; {lived} put it at {livedRung}, {count} rungs lower.',
  },
  'gap.now.higher': {
    one: '{staff} put this at {staffRung}; {lived} put it at {livedRung}, {count} rung higher.',
    other: '{staff} put this at {staffRung}; {lived} put it at {livedRung}, {count} rungs higher.',
  },
  'gap.now.same': '{staff} and {lived} both put this at {rung}.',
  'gap.aim.lower': {
    one: '{staff} want it at {staffRung}; {lived} want it at {livedRung}, {count} rung lower.',
    other: '{staff} want it at {staffRung}; {lived} want it at {livedRung}, {count} rungs lower.',
  },
  'gap.aim.higher': {
    one: '{staff} want it at {staffRung}; {lived} want it at {livedRung}, {count} rung higher.',
    other: '{staff} want it at {staffRung}; {lived} want it at {livedRung}, {count} rungs higher.',
  },
  'gap.aim.same': '{staff} and {lived} both want it at {rung}.',
  'gap.missing': 'There are no answers from {group} yet, so there is no gap between {staff} and {lived} to show.',
  'gap.none': 'When {staff} and {lived} have answered, this shows how far apart their views are.',
  'principles.results.caption': 'Average score for each principle, by role (1 means no action yet, 5 means strong throughout)',
  'principles.results.principle': 'Principle',
  'principles.results.empty': 'no scores',
  'credit.newTab': '(opens in a new tab)',
  'results.selfDeclared': 'Each group is what people said about themselves when they answered: no one checks it.',
  'results.withheld': {
    one: '{role}: {count} answer so far. A group’s results show once enough people in it have answered, so that no one’s answer can be picked out.',
    other: '{role}: {count} answers so far. A group’s results show once enough people in it have answered, so that no one’s answer can be picked out.',
  },
  'table.now.show': 'Show the numbers as a table',
  'table.aim.show': 'Show the numbers as a table',
  'gap.withheld': 'Not enough {group} have answered yet to compare {staff} and {lived}.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type LadderMessages = typeof en;

export const messages = catalogue(en, { cy: () => import('./messages.cy.ts') });
