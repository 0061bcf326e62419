import { heading } from '@copro/core';
import type { ServerSettings, ServerSettingsChange } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ScreenContext } from './context.ts';
import { staffApi } from './staff-api.ts';

/** The periods an admin can change here, with the most days each may be. */
const periods = [
  { name: 'clarityRetentionDays', max: 3650 },
  { name: 'auditRetentionDays', max: 36500 },
] as const;
type Period = (typeof periods)[number]['name'];

/**
 * How long personal data is kept (admins), for a data protection officer to see and set: the
 * server's default period (from its settings), and the periods of clarity answers and of the audit
 * trail. A blank field goes back to the default. Boards, rooms and ladders keep their own periods
 * in their settings.
 */
export class RetentionScreen {
  #errors: Partial<Record<Period, string>> = {};
  #failure = '';
  #busy = false;
  readonly #settings: Task<readonly [string, string], ServerSettings | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly c: ScreenContext,
  ) {
    this.#settings = new Task(host, {
      task: async ([endpoint, token], { signal }) => {
        this.#failure = '';
        if (!token) return undefined;
        try {
          return await staffApi.settings(endpoint, token, signal);
        } catch (error) {
          this.#failure = this.c.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.token()] as const,
    });
  }

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.#busy) return;
    const t = this.c.t();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const change: ServerSettingsChange = {};
    this.#errors = {};
    for (const { name, max } of periods) {
      // "3,650" as the error message writes it is a number too.
      const text = String(data.get(name) ?? '').replace(/[\s,]/g, '');
      const days = Number(text);
      if (!text) change[name] = null;
      else if (/^\d+$/.test(text) && days >= 1 && days <= max) change[name] = days;
      else this.#errors[name] = t('retention.invalid', { max: t.number(max) });
    }
    const invalid = periods.find(({ name }) => this.#errors[name]);
    if (invalid) {
      this.c.requestUpdate();
      this.c.focus(`#${invalid.name}`);
      return;
    }
    this.#busy = true;
    this.#failure = '';
    this.c.requestUpdate();
    try {
      await staffApi.changeSettings(this.c.endpoint(), change, this.c.token());
      await this.#settings.run();
      this.c.announce(t('retention.saved'));
    } catch (error) {
      this.#failure = this.c.failed(error);
    } finally {
      this.#busy = false;
      this.c.requestUpdate();
    }
  };

  #field(name: Period, value: number | null, defaultDays: string) {
    const t = this.c.t();
    const error = this.#errors[name];
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${name}>${t(`retention.${name}`)}</label>
      <span class="hint" id="${name}-hint">${t(`retention.${name}.hint`, { days: defaultDays })}</span>
      ${error ? html`<p class="error" id="${name}-error">${error}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        class="days"
        .value=${value === null ? '' : String(value)}
        aria-describedby=${error ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid=${error ? 'true' : 'false'}
      />
    </div>`;
  }

  render() {
    const t = this.c.t();
    const settings = this.#settings.value;
    return html`<section part="retention-screen" aria-labelledby="retention-heading">
      ${heading(this.c.headingLevel(), t('retention.heading'), { id: 'retention-heading' })}
      <p>${t('retention.intro')}</p>
      ${this.#failure ? html`<p class="error" role="alert">${this.#failure}</p>` : nothing}
      ${settings
        ? html`<p id="retention-default">${t('retention.default', { days: t.number(settings.retentionDays) })}</p>
            <form part="retention-form" novalidate @submit=${this.#save} aria-labelledby="retention-heading">
              ${this.#field('clarityRetentionDays', settings.clarityRetentionDays, t.number(settings.retentionDays))}
              ${this.#field('auditRetentionDays', settings.auditRetentionDays, '')}
              <button class="primary" type="submit" ?disabled=${this.#busy}>${t('retention.save')}</button>
            </form>`
        : this.#failure
          ? html`<button type="button" @click=${() => void this.#settings.run()}>${t('retry')}</button>`
          : html`<p>${t('loading')}</p>`}
    </section>`;
  }
}
