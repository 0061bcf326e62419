/**
 * Every message catalogue copro ships, in one list: the completeness test, the translator kit
 * (`npm run messages`) and the pseudo-locale layout tests all read it. A new `messages.ts` must
 * be added here (test/node/messages.test.ts fails until it is).
 *
 * No Node APIs here: browser tests import this file too.
 */
import type { Catalogue } from '../../packages/core/src/i18n.ts';
import { coreMessages } from '../../packages/core/src/messages.ts';
import { forgetMessages } from '../../packages/core/src/forget/messages.ts';
import { signInMessages } from '../../packages/core/src/sign-in/messages.ts';
import { sendingMessages } from '../../packages/core/src/sending/messages.ts';
import { kioskMessages } from '../../packages/core/src/kiosk/messages.ts';
import { kioskLinksMessages } from '../../packages/core/src/kiosk-links/messages.ts';
import { messages as board } from '../../packages/feedback-board/src/messages.ts';
import { liveMessages as boardLive } from '../../packages/feedback-board/src/live/messages.ts';
import { reportMessages as boardReport } from '../../packages/feedback-board/src/report/messages.ts';
import { staffMessages as boardStaff } from '../../packages/feedback-board/src/staff/messages.ts';
import { kioskMessages as boardKiosk } from '../../packages/feedback-board/src/kiosk/messages.ts';
import { staffMessages as ladderStaff } from '../../packages/ladder/src/staff/messages.ts';
import { kioskMessages as ladderKiosk } from '../../packages/ladder/src/kiosk/messages.ts';
import { messages as ladder } from '../../packages/ladder/src/messages.ts';
import { authorMessages } from '../../packages/plain-language/src/author/messages.ts';
import { clarityMessages } from '../../packages/plain-language/src/clarity/messages.ts';
import { messages as plainLanguage } from '../../packages/plain-language/src/messages.ts';
import { messages as room } from '../../packages/room-checklist/src/messages.ts';
import { liveMessages as roomLive } from '../../packages/room-checklist/src/live/messages.ts';
import { messages as record } from '../../packages/you-said-we-did/src/messages.ts';
import { messages as staff } from '../../packages/staff/src/messages.ts';

export interface CatalogueEntry {
  /** Short name, used as the prefix of unit ids in translator files (`board:submit`). */
  id: string;
  /** The catalogue's English `messages.ts`, from the repository root. */
  file: string;
  /** The type `messages.ts` exports for its English messages (language files import it). */
  typeName: string;
  /** Where the messages show, for translators' notes. */
  usedIn: string;
  catalogue: Catalogue;
}

export const catalogues: readonly CatalogueEntry[] = [
  { id: 'core', file: 'packages/core/src/messages.ts', typeName: 'CoreMessages', usedIn: 'every copro element', catalogue: coreMessages },
  { id: 'sending', file: 'packages/core/src/sending/messages.ts', typeName: 'SendingMessages', usedIn: 'every copro element that talks to its endpoint (errors, saving and sending, “Forget me on this device”)', catalogue: sendingMessages },
  { id: 'forget', file: 'packages/core/src/forget/messages.ts', typeName: 'ForgetMessages', usedIn: '“Forget me on this device” (a board, a ladder, “Was this clear?”), once opened', catalogue: forgetMessages },
  { id: 'sign-in', file: 'packages/core/src/sign-in/messages.ts', typeName: 'SignInMessages', usedIn: 'the staff sign-in form of every staff view (loaded only with it)', catalogue: signInMessages },
  { id: 'kiosk', file: 'packages/core/src/kiosk/messages.ts', typeName: 'KioskMessages', usedIn: 'every kiosk (<copro-feedback-board kiosk>, <copro-ladder kiosk>: a shared tablet at an event): the thank-you screen, the idle countdown and the clean start (loaded only in kiosk mode)', catalogue: kioskMessages },
  { id: 'kiosk-links', file: 'packages/core/src/kiosk-links/messages.ts', typeName: 'KioskLinksMessages', usedIn: '“Kiosk links for events”, the staff panel of <copro-feedback-board mode="moderate"> and <copro-ladder staff> that makes, lists and stops kiosk links (loaded only with it)', catalogue: kioskLinksMessages },
  { id: 'board', file: 'packages/feedback-board/src/messages.ts', typeName: 'BoardMessages', usedIn: '<copro-feedback-board>, the feedback board', catalogue: board },
  { id: 'board-staff', file: 'packages/feedback-board/src/staff/messages.ts', typeName: 'BoardStaffMessages', usedIn: '<copro-feedback-board mode="moderate">, the board’s staff tools (loaded only for staff)', catalogue: boardStaff },
  { id: 'board-kiosk', file: 'packages/feedback-board/src/kiosk/messages.ts', typeName: 'BoardKioskMessages', usedIn: '<copro-feedback-board kiosk>, the board’s kiosk mode: a shared tablet at an event (loaded only in kiosk mode)', catalogue: boardKiosk },
  { id: 'ladder-staff', file: 'packages/ladder/src/staff/messages.ts', typeName: 'LadderStaffMessages', usedIn: '<copro-ladder staff>, the ladder’s staff words (loaded only for staff)', catalogue: ladderStaff },
  { id: 'ladder-kiosk', file: 'packages/ladder/src/kiosk/messages.ts', typeName: 'LadderKioskMessages', usedIn: '<copro-ladder kiosk>, the ladder’s kiosk mode: a shared tablet at an event (loaded only in kiosk mode)', catalogue: ladderKiosk },
  { id: 'room', file: 'packages/room-checklist/src/messages.ts', typeName: 'RoomMessages', usedIn: "<copro-room-checklist>, the “who’s not in the room?” checklist", catalogue: room },
  { id: 'board-report', file: 'packages/feedback-board/src/report/messages.ts', typeName: 'BoardReportMessages', usedIn: '<copro-feedback-board>: “Report this post”, its form and what is said after sending (loaded once a reader opens a report form, and with the staff tools)', catalogue: boardReport },
  { id: 'board-live', file: 'packages/feedback-board/src/live/messages.ts', typeName: 'BoardLiveMessages', usedIn: '<copro-feedback-board>: posts others made, offered live (loaded once the board has a live stream)', catalogue: boardLive },
  { id: 'room-live', file: 'packages/room-checklist/src/live/messages.ts', typeName: 'RoomLiveMessages', usedIn: '<copro-room-checklist>: what others changed, announced live (loaded once the room has a live stream)', catalogue: roomLive },
  { id: 'ladder', file: 'packages/ladder/src/messages.ts', typeName: 'LadderMessages', usedIn: '<copro-ladder>, the ladder of co-production', catalogue: ladder },
  { id: 'plain', file: 'packages/plain-language/src/messages.ts', typeName: 'PlainLanguageMessages', usedIn: '<copro-plain-language>, <copro-plain-text> and <copro-term>', catalogue: plainLanguage },
  { id: 'clarity', file: 'packages/plain-language/src/clarity/messages.ts', typeName: 'ClarityMessages', usedIn: '“Was this clear?” under plain-language blocks, and its staff report', catalogue: clarityMessages },
  { id: 'record', file: 'packages/you-said-we-did/src/messages.ts', typeName: 'RecordMessages', usedIn: '<copro-you-said-we-did>, a board’s public record of answers and promises', catalogue: record },
  { id: 'staff', file: 'packages/staff/src/messages.ts', typeName: 'StaffMessages', usedIn: '<copro-staff-admin>, the staff page: who is signed in, named staff and the audit trail', catalogue: staff },
  { id: 'author', file: 'packages/plain-language/src/author/messages.ts', typeName: 'AuthorMessages', usedIn: 'author mode (staff checking their wording)', catalogue: authorMessages },
];

/** Every language shipped beside English. */
export const shippedLanguages = ['cy'] as const;

/** The language file of a catalogue, e.g. `packages/feedback-board/src/messages.cy.ts`. */
export function languageFile(entry: CatalogueEntry, lang: string): string {
  return entry.file.replace(/messages\.ts$/, `messages.${lang}.ts`);
}
