import { CoproElement, EndpointClient, errorMessageKey } from '@copro/core';
import type { Board } from '@copro/protocol';
import { Task } from '@lit/task';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { messages } from './messages.ts';

/**
 * @summary People post ideas and feedback, support each other's posts, and see the organisation's answers.
 *
 * @csspart title - The heading with the title.
 * @cssprop --copro-color-accent - Colour of buttons and links.
 */
export class CoproFeedbackBoard extends CoproElement {
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

  /** Id of the board at the endpoint. */
  @property() board = '';

  readonly #load = new Task(this, {
    task: async ([endpoint, id]) => new EndpointClient(endpoint).getBoard(id),
    args: () => [this.endpoint, this.board] as const,
  });

  protected override render() {
    if (!this.board) return html`<p class="error">${this.t('missing.board')}</p>`;
    return this.#load.render({
      pending: () => html`<p role="status">${this.t('loading')}</p>`,
      complete: (value: Board) => html`<h2 part="title">${value.title}</h2>`,
      error: (error) => html`<p class="error" role="alert">${this.t(errorMessageKey(error))}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-feedback-board': CoproFeedbackBoard;
  }
}
