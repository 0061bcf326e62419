import { CoproElement, EndpointClient, errorMessageKey } from '@copro/core';
import type { Ladder } from '@copro/protocol';
import { Task } from '@lit/task';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { messages } from './messages.ts';

/**
 * @summary Rate where a project stands on the ladder of co-production; see staff and community views side by side.
 *
 * @csspart title - The heading with the title.
 * @cssprop --copro-color-accent - Colour of buttons and links.
 */
export class CoproLadder extends CoproElement {
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

  /** Id of the ladder at the endpoint. */
  @property() ladder = '';

  readonly #load = new Task(this, {
    task: async ([endpoint, id]) => new EndpointClient(endpoint).getLadder(id),
    args: () => [this.endpoint, this.ladder] as const,
  });

  protected override render() {
    if (!this.ladder) return html`<p class="error">${this.t('missing.ladder')}</p>`;
    return this.#load.render({
      pending: () => html`<p role="status">${this.t('loading')}</p>`,
      complete: (value: Ladder) => html`<h2 part="title">${value.title}</h2>`,
      error: (error) => html`<p class="error" role="alert">${this.t(errorMessageKey(error))}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-ladder': CoproLadder;
  }
}
