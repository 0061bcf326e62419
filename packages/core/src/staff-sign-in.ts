import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CoproRequestError } from './client.ts';
import { errorMessageKey } from './errors.ts';
import type { Translator } from './i18n.ts';
import { addMessages } from './locale-controller.ts';
import { signInMessages } from './sign-in/messages.ts';
import type { StaffSession } from './staff-session.ts';

/** Where a form says more than the shared words (`sign-in/messages.ts`): its own hint or button, from the element's messages. */
export interface StaffSignInWords {
  hint?: string;
  submit?: string;
}

export interface StaffSignInParts {
  host: ReactiveControllerHost;
  session: StaffSession;
  t(): Translator;
  /** Moves focus once the current render has finished. */
  focus(selector: string): void;
  /** After the endpoint accepted the token: move focus to what replaced the form, say so. */
  signedIn(): void;
  /** The field's id, unique in the shadow root (`token` unless several forms share one). */
  id?: string;
}

/**
 * The staff sign-in form of every staff view: a password field that allows paste and password
 * managers (WCAG 3.3.8), an error in the GOV.UK pattern (above the field, which it describes, with
 * focus moved to the field), and the reason a token was refused after the page's one staff session
 * signed every element out. Signing in here signs in every staff element for the endpoint.
 */
export class StaffSignIn implements ReactiveController {
  #error = '';
  /** A sign-in being checked: a second submit meanwhile is ignored. */
  #busy = false;
  constructor(private readonly c: StaffSignInParts) {
    c.host.addController(this);
    // The form's words join the element's translator (with their Welsh, on a Welsh page).
    void addMessages(c.host as ReactiveControllerHost & HTMLElement, signInMessages);
  }

  /** Signed in (here or on any staff element of the page): an earlier attempt's error is no longer news. */
  hostUpdate(): void {
    if (this.c.session.signedIn) this.#error = '';
  }

  get id(): string {
    return this.c.id ?? 'token';
  }

  /** Forgets the last error (after signing out). */
  reset(): void {
    this.#error = '';
  }

  render(words: StaffSignInWords = {}, options: { className?: string } = {}) {
    const t = this.c.t();
    const id = this.id;
    const hint = words.hint ?? t('staffSignIn.hint');
    const error = this.#error || (this.c.session.refusal ? t('staffSignIn.wrong') : '');
    const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<form class=${options.className ?? nothing} novalidate @submit=${this.#submit}>
      <div class="field ${error ? 'invalid' : ''}">
        <label for=${id}>${t('staffSignIn.token')}</label>
        <div class="hint" id="${id}-hint">${hint}</div>
        ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
        <input
          part="token"
          id=${id}
          name=${id}
          type="password"
          autocomplete="current-password"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : 'false'}
        />
      </div>
      <button class="primary" type="submit">${words.submit ?? t('staffSignIn.submit')}</button>
    </form>`;
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem(this.id) as HTMLInputElement;
    const t = this.c.t();
    const token = input.value.trim();
    if (this.#busy) return;
    if (!token) return this.#fail(t('staffSignIn.empty'));
    this.#busy = true;
    try {
      await this.c.session.signIn(token);
    } catch (error) {
      const refused = error instanceof CoproRequestError && error.kind === 'http' && error.status === 401;
      return this.#fail(t(refused ? 'staffSignIn.wrong' : errorMessageKey(error)));
    } finally {
      this.#busy = false;
    }
    this.#error = '';
    this.c.host.requestUpdate();
    this.c.signedIn();
  };

  #fail(message: string): void {
    this.#error = message;
    this.c.host.requestUpdate();
    this.c.focus(`#${this.id}`);
  }
}
