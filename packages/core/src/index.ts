export { CoproElement } from './element.ts';
export { defineElement } from './define.ts';
export type { CoproEventDetails, CoproEventName, CoproEvent } from './events.ts';
export {
  catalogue,
  createTranslator,
  onLanguageChange,
  primaryLanguage,
  registerMessages,
  resolveLang,
  supportedLocales,
  type Catalogue,
  type Catalogues,
  type LanguageModule,
  type Message,
  type Messages,
  type PluralMessage,
  type Translation,
  type Translator,
} from './i18n.ts';
export { formatDate, hasDateData, type FormatDateOptions } from './dates.ts';
export { loadCouncilMessages } from './council-messages.ts';
export { coreMessages } from './messages.ts';
export { addMessages, LocaleController, shareMessages } from './locale-controller.ts';
export { sendingMessages } from './sending/messages.ts';
export { Announcer } from './announcer.ts';
export {
  CoproRequestError,
  EndpointClient,
  endpointUrl,
  errorMessageKey,
  resolveEndpoint,
  routePath,
  routeWrite,
  similarPosts,
  supportRequest,
  type AnswerOf,
  type CallOptions,
  type FailureKind,
  type RequestOptions,
} from './client.ts';
export { newId } from './ids.ts';
export { tabDrafts, type DraftKind } from './drafts.ts';
export { participantId, personalStorage, sessionOnlyParticipants } from './participant.ts';
export { forgetStoredPersonalData, setSessionOnlyParticipants } from './forget/stored-data.ts';
export { ForgetMe, forgetMeStyles, type ForgetMeOptions } from './forget-me.ts';
export { HOLD_AFTER_MS, Outbox, outboxFor, type OutboxOptions, type OutboxResult, type OutboxSettledDetail, type SettledResult, type OutboxWrite, type StoredWrite } from './outbox.ts';
export { OutboxWatch, storedError, type OutboxWatchOptions } from './outbox-watch.ts';
export { IndexedDbOutboxStore, MemoryOutboxStore, type IndexedDbOutboxStoreOptions, type OutboxStore } from './outbox-store.ts';
export { baseStyles, tokens } from './tokens.ts';
export { HostFontController, isBrowserDefaultFont, systemSansStack } from './host-font.ts';
export { PopoverController, popoverPanelStyles, type PopoverOptions } from './popover.ts';
export { styleProperties } from './style-properties.ts';
export { adoptKey, adoptRoomKey, holdsKioskKey, writeCredential } from './write-credentials.ts';
export { COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS, Kiosk, kioskMessages, kioskStyles, startKiosk, type KioskOptions } from './kiosk/kiosk.ts';
// Staff only: no reader module imports it, so a bundle puts it in the staff views' chunks.
export { KioskLinks, kioskLinksMessages, kioskLinksStyles, type KioskLinkResource, type KioskLinksOptions } from './kiosk-links/links.ts';
export { StaffSignIn, type StaffSignInParts, type StaffSignInWords } from './staff-sign-in.ts';
export { StaffSession, StaffSessionStore, staffSessionFor, staffRoles, type StaffIdentity, type StaffRole, type StaffSessionState } from './staff-session.ts';
export { heading, headingLevel } from './heading.ts';
export { fieldDescription, fieldStyles, radioGroup, textField, type FieldError, type FieldParts, type RadioGroupOptions, type RadioItem, type TextFieldOptions } from './fields.ts';
export { translateIsolated } from './isolate.ts';
export { formatDueDate } from './due-date.ts';
export { downloadStaffFile, saveFile } from './downloads.ts';
export { LiveReader, readAgainMs, type LiveEvent, type LiveOptions } from './live.ts';
