import { CoproElement, EndpointClient, errorMessageKey } from '@copro/core';
import type { Room } from '@copro/protocol';
import { Task } from '@lit/task';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { messages } from './messages.ts';

/**
 * @summary Who's not in the room? A shared checklist of the groups a project should hear from.
 *
 * @csspart title - The heading with the title.
 * @cssprop --copro-color-accent - Colour of buttons and links.
 */
export class CoproRoomChecklist extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      h2 {
        margin: 0 0 var(--_space);
      }
    `,
  ];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';

  /** Id of the room at the endpoint. */
  @property() room = '';

  readonly #load = new Task(this, {
    task: async ([endpoint, id]) => new EndpointClient(endpoint).getRoom(id),
    args: () => [this.endpoint, this.room] as const,
  });

  protected override render() {
    if (!this.room) return html`<p class="error">${this.t('missing.room')}</p>`;
    return this.#load.render({
      pending: () => html`<p role="status">${this.t('loading')}</p>`,
      complete: (value: Room) => html`<h2 part="title">${value.title}</h2>`,
      error: (error) => html`<p class="error" role="alert">${this.t(errorMessageKey(error))}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-room-checklist': CoproRoomChecklist;
  }
}
