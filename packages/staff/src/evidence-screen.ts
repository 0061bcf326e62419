import { heading, primaryLanguage } from '@copro/core';
import { EvidenceChannel, type GroupEvidence, type RoomEvidence } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ScreenContext } from './context.ts';
import { staffApi } from './staff-api.ts';

/** What the evidence screen needs beyond any screen's context. */
export interface EvidenceContext extends ScreenContext {
  /** The room whose checklist is backed. */
  room(): string;
  /** Whether the signed-in role may tag groups (moderators and admins); viewers read only. */
  canTag(): boolean;
}

const evidenceChannels = EvidenceChannel.options;

/** Groups marked in the room first (what the evidence is for), each part in the checklist's order. */
const presentFirst = (groups: GroupEvidence[]) => [...groups.filter((g) => g.status === 'present'), ...groups.filter((g) => g.status !== 'present')];

/**
 * What backs "in the room" (issue 19): beside each group of a room's checklist, the channels and
 * events staff tagged it with, and how many posts and ratings the team recorded from them, so a
 * group marked present is backed by something. A group marked present with nothing recorded says
 * so. Counts of 1 to 4 read "fewer than 5" (the server hides them), so nobody can be picked out.
 * Moderators and admins tag a group in a small form under the table; viewers read.
 */
export class EvidenceScreen {
  /** The group whose tags are being changed, if any. */
  #editing?: GroupEvidence;
  #error = '';
  #busy = false;
  readonly #evidence: Task<readonly [string, string, string, string], RoomEvidence | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly c: EvidenceContext,
  ) {
    this.#evidence = new Task(host, {
      task: async ([endpoint, room, token, lang], { signal }) => {
        this.#error = '';
        if (!room || !token) return undefined;
        try {
          return await staffApi.evidence(endpoint, room, lang, token, signal);
        } catch (error) {
          this.#error = this.c.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.room(), this.c.token(), primaryLanguage(this.c.t().lang)] as const,
    });
  }

  #count(count: number | null, tagged: boolean) {
    const t = this.c.t();
    if (!tagged) return t('evidence.notTagged');
    return count === null ? t('evidence.fewer', { threshold: t.number(this.#evidence.value?.threshold ?? 5) }) : t.number(count);
  }

  #sources(group: GroupEvidence) {
    const t = this.c.t();
    const words = [...group.sources.channels.map((channel) => t(`evidence.channel.${channel}`)), ...group.sources.events];
    return words.length ? html`<bdi dir="auto">${words.join(', ')}</bdi>` : html`<span class="hint">${t('evidence.none')}</span>`;
  }

  readonly #edit = (group: GroupEvidence) => {
    this.#editing = group;
    this.#error = '';
    this.c.requestUpdate();
    this.c.focus('#evidence-form-heading');
  };

  readonly #cancel = () => {
    const id = this.#editing?.group;
    this.#editing = undefined;
    this.c.requestUpdate();
    if (id) this.c.focus(`#tag-${id}`);
  };

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    const editing = this.#editing;
    if (!editing || this.#busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const channels = data.getAll('channel').map(String).filter((value): value is EvidenceChannel => (evidenceChannels as readonly string[]).includes(value));
    const events = String(data.get('events') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    this.#busy = true;
    this.#error = '';
    this.c.requestUpdate();
    try {
      const saved = await staffApi.tagGroup(this.c.endpoint(), this.c.room(), editing.group, { channels, events }, primaryLanguage(this.c.t().lang), this.c.token());
      this.#editing = undefined;
      await this.#evidence.run();
      this.c.announce(this.c.t()('evidence.saved', { group: saved.label }));
      this.c.focus(`#tag-${saved.group}`);
    } catch (error) {
      this.#error = this.c.failed(error);
    } finally {
      this.#busy = false;
      this.c.requestUpdate();
    }
  };

  #renderForm(group: GroupEvidence) {
    const t = this.c.t();
    return html`<form part="evidence-form" class="evidence-form" novalidate @submit=${this.#save} aria-labelledby="evidence-form-heading">
      ${heading(this.c.headingLevel(), t('evidence.formHeading', { group: group.label }), { id: 'evidence-form-heading', offset: 1, tabindex: -1 })}
      <fieldset aria-describedby="evidence-channels-hint">
        <legend>${t('evidence.channels')}</legend>
        <span class="hint" id="evidence-channels-hint">${t('evidence.channelsHint')}</span>
        ${evidenceChannels.map(
          (channel) => html`<div class="choice">
            <input type="checkbox" id="evidence-${channel}" name="channel" value=${channel} .checked=${group.sources.channels.includes(channel)} />
            <label for="evidence-${channel}">${t(`evidence.channel.${channel}`)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="evidence-events">${t('evidence.events')}</label>
        <span class="hint" id="evidence-events-hint">${t('evidence.eventsHint')}</span>
        <textarea id="evidence-events" name="events" rows="4" dir="auto" aria-describedby="evidence-events-hint" .value=${group.sources.events.join('\n')}></textarea>
      </div>
      <div class="buttons">
        <button class="primary" type="submit" ?disabled=${this.#busy}>${t('evidence.save')}</button>
        <button type="button" @click=${this.#cancel}>${t('evidence.cancel')}</button>
      </div>
    </form>`;
  }

  #renderList(evidence: RoomEvidence) {
    const t = this.c.t();
    const canTag = this.c.canTag();
    // A list, not a table: each group's line reflows at 320 px, and the form opens under its group.
    return html`<p id="evidence-caption" class="caption">${t('evidence.caption', { room: evidence.room })}</p>
      <ul part="evidence-list" class="evidence-list" aria-labelledby="evidence-caption">
        ${presentFirst(evidence.groups).map(
          (group) => html`<li data-group=${group.group}>
            <p class="group-line">
              <strong><bdi dir="auto">${group.label}</bdi></strong>
              <span class="status">${t(`evidence.status.${group.status}`)}</span>
            </p>
            ${group.status === 'present' && (!group.tagged || (group.posts === 0 && group.ratings === 0))
              ? html`<p class="unbacked">${t(group.tagged ? 'evidence.presentNothing' : 'evidence.presentUntagged')}</p>`
              : nothing}
            <dl class="figures">
              <dt>${t('evidence.sources')}</dt>
              <dd>${this.#sources(group)}</dd>
              <dt>${t('evidence.posts')}</dt>
              <dd class="count">${this.#count(group.posts, group.tagged)}</dd>
              <dt>${t('evidence.ratings')}</dt>
              <dd class="count">${this.#count(group.ratings, group.tagged)}</dd>
            </dl>
            ${canTag
              ? html`<button type="button" id="tag-${group.group}" aria-expanded=${this.#editing?.group === group.group ? 'true' : 'false'} @click=${() => this.#edit(group)}>${t('evidence.tag')}<span class="visually-hidden"> ${group.label}</span></button>`
              : nothing}
            ${this.#editing?.group === group.group ? this.#renderForm(this.#editing) : nothing}
          </li>`,
        )}
      </ul>`;
  }

  render() {
    if (!this.c.room()) return nothing;
    const t = this.c.t();
    const evidence = this.#evidence.value;
    return html`<section part="evidence-screen" aria-labelledby="evidence-heading">
      ${heading(this.c.headingLevel(), t('evidence.heading'), { id: 'evidence-heading' })}
      <p>${t('evidence.intro', { threshold: t.number(evidence?.threshold ?? 5) })}</p>
      ${this.#error ? html`<p class="error" role="alert">${this.#error}</p>` : nothing}
      ${evidence
        ? this.#renderList(evidence)
        : this.#error
          ? html`<button type="button" @click=${() => void this.#evidence.run()}>${t('retry')}</button>`
          : html`<p>${t('loading')}</p>`}
    </section>`;
  }
}
