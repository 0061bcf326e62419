export { CoproElement } from './element.ts';
export { defineElement } from './define.ts';
export type { CoproEventDetails, CoproEventName, CoproEvent } from './events.ts';
export {
  createTranslator,
  onLanguageChange,
  primaryLanguage,
  registerMessages,
  resolveLang,
  supportedLocales,
  type Catalogues,
  type Message,
  type Messages,
  type PluralMessage,
  type Translator,
} from './i18n.ts';
export { coreMessages } from './messages.ts';
export { LocaleController } from './locale-controller.ts';
export { Announcer } from './announcer.ts';
export {
  CoproRequestError,
  EndpointClient,
  endpointUrl,
  errorMessageKey,
  resolveEndpoint,
  type FailureKind,
  type RequestOptions,
} from './client.ts';
export { newId } from './ids.ts';
export { participantId } from './participant.ts';
export { Outbox, outboxFor, type OutboxResult, type OutboxSettledDetail, type OutboxWrite, type StoredWrite } from './outbox.ts';
export { OutboxWatch, storedError, type OutboxWatchOptions } from './outbox-watch.ts';
export { IndexedDbOutboxStore, MemoryOutboxStore, type OutboxStore } from './outbox-store.ts';
export { baseStyles, tokens } from './tokens.ts';
export { PopoverController, popoverPanelStyles, type PopoverOptions } from './popover.ts';
export { styleProperties } from './style-properties.ts';
export { forgetStaffToken, readStaffToken, saveStaffToken } from './staff-token.ts';
export { heading, headingLevel } from './heading.ts';
export { formatDueDate } from './due-date.ts';
