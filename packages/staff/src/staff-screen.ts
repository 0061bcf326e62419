import { formatDate, heading, translateIsolated } from '@copro/core';
import { StaffRole, type StaffCreated, type StaffMember } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ScreenContext } from './context.ts';
import { staffApi } from './staff-api.ts';

const roles = StaffRole.options;

/**
 * The staff screen (admins): the list of named staff, a form to add one with a role (the token is
 * shown once, with a copy button), and revoking a token after a confirmation.
 */
export class StaffScreen {
  /** The token just made: shown until the admin says they copied it, then gone for good. */
  #created?: StaffCreated;
  /** The member whose revocation is being confirmed. */
  #confirming?: string;
  #error = '';
  #copyStatus = '';
  #busy = false;

  readonly #list: Task<readonly [string, string], StaffMember[] | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly c: ScreenContext,
  ) {
    this.#list = new Task(host, {
      task: async ([endpoint, token], { signal }) => {
        if (!token) return undefined;
        try {
          return (await staffApi.staff(endpoint, token, signal)).items;
        } catch (error) {
          this.#error = this.c.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.token()] as const,
    });
  }

  readonly #add = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const role = StaffRole.options.find((r) => r === data.get('role')) ?? 'viewer';
    if (!name || this.#busy) return;
    this.#busy = true;
    this.#error = '';
    this.c.requestUpdate();
    try {
      this.#created = await staffApi.addStaff(this.c.endpoint(), { name, role }, this.c.token());
      this.#copyStatus = '';
      form.reset();
      await this.#list.run();
      this.c.focus('#new-token-heading');
    } catch (error) {
      this.#error = this.c.failed(error);
      this.c.focus('#staff-name');
    } finally {
      this.#busy = false;
      this.c.requestUpdate();
    }
  };

  readonly #copy = async () => {
    const token = this.#created?.token ?? '';
    const t = this.c.t();
    try {
      await navigator.clipboard.writeText(token);
      this.#copyStatus = t('newToken.copied');
    } catch {
      // No clipboard permission (or an old browser): select the text so the keyboard can copy it.
      this.#copyStatus = t('newToken.copyFailed');
      this.c.focus('#new-token');
    }
    this.c.announce(this.#copyStatus);
    this.c.requestUpdate();
  };

  readonly #done = () => {
    this.#created = undefined;
    this.#copyStatus = '';
    this.c.requestUpdate();
    this.c.focus('#staff-name');
  };

  #askRevoke(member: StaffMember) {
    this.#confirming = member.id;
    this.c.requestUpdate();
    this.c.focus(`#revoke-yes-${CSS.escape(member.id)}`);
  }

  #cancelRevoke(member: StaffMember) {
    this.#confirming = undefined;
    this.c.requestUpdate();
    this.c.focus(`#revoke-${CSS.escape(member.id)}`);
  }

  async #revoke(member: StaffMember) {
    this.#error = '';
    try {
      await staffApi.revokeStaff(this.c.endpoint(), member.id, this.c.token());
      this.#confirming = undefined;
      this.c.announce(this.c.t()('staff.revokedDone', { name: member.name }));
      await this.#list.run();
      this.c.focus('#staff-caption');
    } catch (error) {
      this.#error = this.c.failed(error);
      this.c.requestUpdate();
    }
  }

  #status(member: StaffMember): string {
    const t = this.c.t();
    if (member.revokedAt) return t('staff.revoked', { date: formatDate(member.revokedAt, t.lang) });
    if (member.expiresAt && Date.parse(member.expiresAt) <= Date.now()) return t('staff.expired', { date: formatDate(member.expiresAt, t.lang) });
    if (member.expiresAt) return t('staff.expires', { date: formatDate(member.expiresAt, t.lang) });
    return t('staff.active');
  }

  #renderRow(member: StaffMember) {
    const t = this.c.t();
    const active = !member.revokedAt && !(member.expiresAt && Date.parse(member.expiresAt) <= Date.now());
    const confirming = this.#confirming === member.id;
    const id = member.id;
    return html`<tr>
      <th scope="row"><bdi dir="auto">${member.name}</bdi></th>
      <td>${t(`role.${member.role}`)}</td>
      <td>${formatDate(member.createdAt, t.lang)}</td>
      <td>${this.#status(member)}</td>
      <td>
        ${!active
          ? nothing
          : confirming
            ? html`<div class="confirm" role="group" aria-labelledby="revoke-q-${id}">
                <p id="revoke-q-${id}">${translateIsolated(t, 'staff.revokeConfirm', { name: member.name })}</p>
                <button class="danger" id="revoke-yes-${id}" type="button" @click=${() => void this.#revoke(member)}>${t('staff.revokeYes')}</button>
                <button type="button" @click=${() => this.#cancelRevoke(member)}>${t('staff.revokeNo')}</button>
              </div>`
            : html`<button id="revoke-${id}" type="button" @click=${() => this.#askRevoke(member)}>${translateIsolated(t, 'staff.revoke', { name: member.name })}</button>`}
      </td>
    </tr>`;
  }

  #renderCreated(created: StaffCreated) {
    const t = this.c.t();
    return html`<div class="token-panel" part="new-token" role="region" aria-labelledby="new-token-heading">
      ${heading(this.c.headingLevel(), translateIsolated(t, 'newToken.heading', { name: created.name }), { id: 'new-token-heading', offset: 1, tabindex: -1 })}
      <p class="warning" id="new-token-once">${translateIsolated(t, 'newToken.once', { name: created.name })}</p>
      <label for="new-token">${t('newToken.label')}</label>
      <input id="new-token" class="token" readonly .value=${created.token} aria-describedby="new-token-once" spellcheck="false" autocomplete="off" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <div class="buttons">
        <button class="primary" type="button" @click=${this.#copy}>${t('newToken.copy')}</button>
        <button type="button" @click=${this.#done}>${t('newToken.done')}</button>
      </div>
      <p role="status">${this.#copyStatus}</p>
    </div>`;
  }

  render() {
    const t = this.c.t();
    const items = this.#list.value;
    return html`<section part="staff-screen" aria-labelledby="staff-heading">
      ${heading(this.c.headingLevel(), t('staff.heading'), { id: 'staff-heading' })}
      <p>${t('staff.intro')}</p>
      ${this.#error ? html`<p class="error" role="alert">${this.#error}</p>` : nothing}
      ${this.#created ? this.#renderCreated(this.#created) : nothing}
      ${items === undefined
        ? html`<p>${t('loading')}</p>`
        : items.length === 0
          ? html`<p id="staff-caption" tabindex="-1">${t('staff.none')}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="staff-caption" tabindex="0">
              <table part="staff-table">
                <caption id="staff-caption" tabindex="-1">${t('staff.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t('staff.name')}</th>
                    <th scope="col">${t('staff.role')}</th>
                    <th scope="col">${t('staff.added')}</th>
                    <th scope="col">${t('staff.status')}</th>
                    <th scope="col">${t('staff.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map((member) => this.#renderRow(member))}
                </tbody>
              </table>
            </div>`}
      <form part="add-staff" @submit=${this.#add} aria-labelledby="add-heading">
        ${heading(this.c.headingLevel(), t('staff.add.heading'), { id: 'add-heading', offset: 1 })}
        <div class="field">
          <label for="staff-name">${t('staff.add.name')}</label>
          <span class="hint" id="staff-name-hint">${t('staff.add.nameHint')}</span>
          <input id="staff-name" name="name" type="text" required maxlength="80" autocomplete="off" dir="auto" aria-describedby="staff-name-hint" />
        </div>
        <fieldset class="roles">
          <legend>${t('staff.add.role')}</legend>
          ${roles.map(
            (role, index) => html`<div class="choice">
              <input type="radio" name="role" id="role-${role}" value=${role} ?checked=${index === 0} aria-describedby="role-${role}-hint" />
              <label for="role-${role}">${t(`role.${role}`)}</label>
              <span class="hint" id="role-${role}-hint">${t(`role.${role}.can`)}</span>
            </div>`,
          )}
        </fieldset>
        <button class="primary" type="submit" ?disabled=${this.#busy}>${t('staff.add.submit')}</button>
      </form>
    </section>`;
  }
}
