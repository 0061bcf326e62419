import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { resolveEndpoint } from '@copro/core';
import { api, expectAccessible, freshId, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, accessibilityTree, configure, findNodes, makeBoard, postBodies, postItem, reloadBoard, seedPost, settledLiveBoard, stored, submit, typeInto, visibleText } from './helpers.ts';
import { ListChoicesController } from '../src/list-choices-controller.ts';

describe('<copro-feedback-board> reading and writing, through the real server', () => {
  it('posts, shows the post at once, and still shows it after the page is loaded again', async () => {
    const board = freshId('fb');
    const element = await makeBoard(board);
    expect($(element, '#posts-count')!.textContent).to.contain('No posts yet');
    const submitted = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-post-submitted', resolve as EventListener, { once: true }));
    await submit(element, 'A youth club open on Saturday evenings');
    const event = await submitted;
    expect(event.detail.post.body).to.equal('A youth club open on Saturday evenings');
    await until(() => postBodies(element).includes('A youth club open on Saturday evenings'), 'the new post');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('');
    await until(() => element.shadowRoot!.activeElement?.textContent?.includes('Your post was sent'), 'focus on the confirmation');

    const again = await reloadBoard(element);
    await until(() => postBodies(again).includes('A youth club open on Saturday evenings'), 'the post after re-creating');
    const item = postItem(again, 'A youth club open on Saturday evenings')!;
    expect(item.textContent).to.contain('Your post');
    expect(item.textContent).to.contain('Waiting for an answer since today');
    expect((await stored(board)).length).to.equal(1);
    await expectAccessible(again);
  });

  it('shows markup in a post as text and runs none of it', async () => {
    const board = freshId('fb');
    const attack = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script><b>bold</b>';
    await seedPost(board, attack, { displayName: '<img src=y onerror="window.__pwned = 3">' });
    const element = await makeBoard(board);
    await submit(element, '<svg onload="window.__pwned = 4"></svg>');
    await until(() => postBodies(element).length === 2, 'both posts');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(postBodies(element)).to.include(attack);
    expect($$(element, 'img, script, svg, b')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(postItem(element, attack)!.querySelector('.post-heading')!.textContent).to.contain('<img src=y');
  });

  it('counts characters the GOV.UK way: visible count, a polite announcement after typing stops, an error when too long', async () => {
    const board = freshId('fb');
    await configure(board, { maxLength: 20 });
    const element = await makeBoard(board);
    const textarea = $<HTMLTextAreaElement>(element, '#body')!;
    const describedBy = textarea.getAttribute('aria-describedby')!.split(' ').map((id) => $(element, `#${id}`)!.textContent!.trim());
    expect(describedBy).to.include('You can enter up to 20 characters');
    await typeInto(textarea, 'Nineteen characters');
    await element.updateComplete;
    expect($(element, '.count')!.textContent!.trim()).to.equal('You have 1 character remaining');
    expect($(element, '.count')!.getAttribute('aria-hidden')).to.equal('true');
    const live = $(element, '[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await until(() => live.textContent!.includes('You have 1 character remaining'), 'the debounced count announcement', 3000);
    await typeInto(textarea, 'Twenty-three characters');
    await element.updateComplete;
    expect($(element, '.count')!.textContent!.trim()).to.equal('You have 3 characters too many');
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await until(() => $(element, '#body-error'), 'the error');
    expect($(element, '#body-error')!.textContent).to.contain('Your post must be 20 characters or fewer');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.contain('body-error');
    expect(element.shadowRoot!.activeElement).to.equal(textarea);
    await expectAccessible(element);
    expect(await stored(board)).to.have.length(0);
  });

  it('warns about an email address or phone number and removes them when asked', async () => {
    const element = await makeBoard(freshId('fb'));
    const textarea = $<HTMLTextAreaElement>(element, '#body')!;
    await typeInto(textarea, 'Call me on 07700 900123 or write to sam.jones@example.org about the park');
    await element.updateComplete;
    const warning = $(element, '[part="personal-data-warning"]')!;
    expect(warning.textContent).to.contain('an email address and a phone number');
    await expectAccessible(element);
    const remove = [...warning.querySelectorAll('button')].find((button) => button.textContent!.includes('Remove them'))!;
    remove.click();
    // Taking them out loads its code the first time (personal-data-remove.ts).
    await until(() => textarea.value === 'About the park', 'the details taken out');
    await element.updateComplete;
    expect($(element, '[part="personal-data-warning"]')).to.equal(null);
    await until(() => element.shadowRoot!.activeElement === textarea, 'focus back in the text box');
    await typeInto(textarea, 'Ring (01632) 960 123, +44 20 7946 0000');
    await element.updateComplete;
    expect($(element, '[part="personal-data-warning"]')!.textContent).to.contain('a phone number');
    await typeInto(textarea, 'We need £250,000 for 2026 to 2027, and 12 youth workers');
    await element.updateComplete;
    expect($(element, '[part="personal-data-warning"]')).to.equal(null);
  });

  it('shows similar posts while typing, and they can be supported from there', async () => {
    const board = freshId('fb');
    const existing = await seedPost(board, 'Open the youth club on Saturday evenings');
    await seedPost(board, 'Cheaper bus fares for under 18s');
    const element = await makeBoard(board);
    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'youth club saturdays please');
    const similar = (await until(() => $(element, '[part="similar"]'), 'similar posts', 5000))!;
    expect([...similar.querySelectorAll('.body')].map((node) => node.textContent)).to.deep.equal([existing.body]);
    await until(() => $(element, '[role="status"]')!.textContent!.includes('1 post like yours'), 'the announcement');
    const button = similar.querySelector<HTMLButtonElement>('button.support')!;
    button.click();
    await until(() => similar.querySelector('button.support')!.getAttribute('aria-pressed') === 'true', 'pressed');
    await until(async () => (await stored(board)).find((post) => post.id === existing.id)!.supportCount === 1, 'the support stored');
    await expectAccessible(element);
  });

  it('pages with "Show more posts", moving focus to the first new post', async () => {
    const board = freshId('fb');
    for (let index = 1; index <= 7; index++) await seedPost(board, `Idea number ${index}`);
    const element = await makeBoard(board, { pageSize: 3 });
    expect(postBodies(element)).to.deep.equal(['Idea number 7', 'Idea number 6', 'Idea number 5']);
    expect($(element, '#posts-count')!.textContent).to.contain('Showing 3 posts. There are more.');
    const more = () => $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.includes('Show more posts'));
    more()!.click();
    await until(() => postBodies(element).length === 6, 'the second page');
    await until(() => element.shadowRoot!.activeElement?.textContent?.includes('Idea number 4'), 'focus on the first new post');
    await until(() => $(element, '[role="status"]')!.textContent!.includes('3 more posts shown'), 'the announcement');
    more()!.click();
    await until(() => postBodies(element).length === 7, 'the last page');
    expect(more()).to.equal(undefined);
    expect(new Set(postBodies(element)).size).to.equal(7);
  });

  it('keyboard only: write, post, support, sort and filter', async () => {
    const board = freshId('fb');
    await configure(board, { categories: [{ id: 'parks', label: 'Parks' }, { id: 'buses', label: 'Buses' }] });
    const older = await seedPost(board, 'More benches in the park', { category: 'parks' });
    for (let count = 0; count < 2; count++) await api('PUT', `/v1/boards/${board}/posts/${older.id}/supports/${crypto.randomUUID()}`);
    const element = await makeBoard(board);
    const root = element.shadowRoot!;
    (element.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('body');
    await sendKeys({ type: 'Later-buses-on-Fridays' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('name');
    await sendKeys({ type: 'Ffion' }); // (WebKit's WebDriver drops typed spaces, so no spaces here)
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('category');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(() => postBodies(element)[0] === 'Later-buses-on-Fridays', `the keyboard post (${$<HTMLTextAreaElement>(element, '#body')!.value}|${$(element, '#body-error')?.textContent}|${postBodies(element)})`);
    await until(() => postItem(element, 'Later-buses-on-Fridays')?.querySelector('.post-heading')!.textContent!.includes('Post by Ffion'), 'the sent post');

    const sort = $<HTMLSelectElement>(element, '#sort')!;
    sort.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('status-filter');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('category-filter');
    await sendKeys({ press: 'Tab' });
    const support = root.activeElement as HTMLButtonElement;
    expect(support.classList.contains('support')).to.equal(true);
    expect(support.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => support.getAttribute('aria-pressed') === 'true', 'supported by keyboard');
    await until(async () => (await stored(board)).find((post) => post.body === 'Later-buses-on-Fridays')?.supportCount === 1, 'support stored');

    // Sort: the older post has 2 supports against 1.
    sort.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => sort.value === 'most-supported' && postBodies(element)[0] === 'More benches in the park', 'sorted by support');
    // Filter by category.
    const category = $<HTMLSelectElement>(element, '#category-filter')!;
    category.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => category.value === 'parks' && postBodies(element).length === 1, 'filtered to parks');
    expect(postBodies(element)).to.deep.equal(['More benches in the park']);
    await until(() => $(element, '[role="status"]')!.textContent!.includes('Showing 1 post'), 'the filter announced');
    await expectAccessible(element);
  });

  it('has the accessible names, roles and states a screen reader needs', async () => {
    const board = freshId('fb');
    await seedPost(board, 'Free swimming for under 16s');
    const element = await makeBoard(board);
    const textarea = $<HTMLTextAreaElement>(element, '#body')!;
    expect(textarea.labels![0].textContent!.trim()).to.equal('Your idea or feedback');
    expect($<HTMLInputElement>(element, '#name')!.labels![0].textContent!.trim()).to.equal('Your name (optional)');
    expect($<HTMLSelectElement>(element, '#sort')!.labels![0].textContent!.trim()).to.equal('Sort by');
    const honeypot = $(element, '#website')!;
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(honeypot.getAttribute('tabindex')).to.equal('-1');
    const list = $(element, 'ul.posts')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('posts-heading');
    const article = list.querySelector('article')!;
    const postHeading = $(element, `#${article.getAttribute('aria-labelledby')}`)!;
    expect(postHeading.tagName).to.equal('H4');
    // Every post without a name has the same heading, and every post a "Support" button: their names say which post.
    expect(visibleText(postHeading)).to.equal('Post from someone who did not give a name');
    expect(postHeading.textContent!.trim()).to.equal('Post from someone who did not give a name: Free swimming for under 16s');
    const button = article.querySelector<HTMLButtonElement>('button.support')!;
    expect(visibleText(button)).to.equal('Support');
    expect(button.textContent!.trim()).to.equal('Support: Free swimming for under 16s');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(element, `#${button.getAttribute('aria-describedby')}`)!.textContent).to.equal('0 people support this');
    button.click();
    await until(() => button.getAttribute('aria-pressed') === 'true', 'pressed');
    const tree = await accessibilityTree();
    if (tree) {
      // The tick drawn on a pressed button is not read as part of its name. (Chromium puts a space
      // before the visually hidden part.)
      const named = (role: string) => findNodes(tree, (node) => node.role === role && Boolean(node.name?.includes('Free swimming'))).map((node) => node.name!.replace(' :', ':'));
      expect(named('button')).to.deep.equal(['Support: Free swimming for under 16s', 'Report this post: Free swimming for under 16s']);
      expect(named('heading')).to.deep.equal(['Post from someone who did not give a name: Free swimming for under 16s']);
    }
    expect($(element, '[role="status"]')).to.not.equal(null);
    expect($(element, 'h2')!.textContent).to.equal(board.charAt(0).toUpperCase() + board.slice(1).replace(/-/g, ' '));
    expect($(element, 'h3#write-heading')!.textContent).to.equal('Add your idea or feedback');
  });

  it('follows heading-level: the title at that level, sections one below, posts two below', async () => {
    const board = freshId('fb');
    await seedPost(board, 'Heading levels please');
    const element = await makeBoard(board, { headingLevel: 3 });
    const levels = $$(element, 'h1, h2, h3, h4, h5, h6').map((node) => `${node.tagName} ${visibleText(node)}`);
    expect(levels).to.deep.equal([`H3 ${board.charAt(0).toUpperCase()}${board.slice(1).replace(/-/g, ' ')}`, 'H4 Add your idea or feedback', 'H4 Posts', 'H5 Post from someone who did not give a name']);
    element.headingLevel = 6;
    await element.updateComplete;
    expect($$(element, 'h1, h2, h3, h4, h5, h6').map((node) => node.tagName)).to.deep.equal(['H6', 'H6', 'H6', 'H6']);
  });

  it('keeps a draft for the tab only (sessionStorage), not on the device for the next person', async () => {
    const board = freshId('fb');
    const element = await makeBoard(board);
    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'Half-written on a library computer');
    await typeInto($<HTMLInputElement>(element, '#name')!, 'Sam');
    const key = `copro:draft:${resolveEndpoint(testEndpoint())}:${board}`;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(JSON.stringify({ ...localStorage })).to.not.contain('Half-written');
    expect(sessionStorage.getItem(key)).to.contain('Half-written');
    const again = await reloadBoard(element);
    expect($<HTMLTextAreaElement>(again, '#body')!.value).to.equal('Half-written on a library computer');
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('Sam');
    await typeInto($<HTMLTextAreaElement>(again, '#body')!, '');
    await typeInto($<HTMLInputElement>(again, '#name')!, '');
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('reloads the list once the sort settles: two arrow presses send one request and say the count once', async () => {
    const board = freshId('fb');
    await seedPost(board, 'First idea');
    await seedPost(board, 'Second idea');
    // Its live stream's first read done too: only the sort's reads are counted.
    const element = await settledLiveBoard(board, (id) => makeBoard(id));
    const status = $(element, '[role="status"]')!;
    const said: string[] = [];
    const watcher = new MutationObserver(() => said.push(status.textContent!.trim()));
    watcher.observe(status, { childList: true, characterData: true, subtree: true });
    // Only reads that start from here: a read started before may still be finishing, and its entry
    // is added when it does. (Cleared, so the page's 250-entry buffer has room.)
    performance.clearResourceTimings();
    const from = performance.now();
    // What the test needs is two presses within the settling time. WebDriver's key presses in
    // WebKit took longer than 400 ms apart late in a busy full run, so the first choice settled and
    // reloaded on its own (the behaviour is right; the presses were not quick): give this test a
    // settling time no key press takes.
    const settleMs = ListChoicesController.settleMs;
    ListChoicesController.settleMs = 2000;
    const listRequests = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= from)
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname.endsWith(`/v1/boards/${board}/posts`))
        .map((url) => url.searchParams.get('sort'));
    try {
      const sort = $<HTMLSelectElement>(element, '#sort')!;
      sort.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => sort.value === 'recently-answered', 'two steps down the sort');
      await until(() => listRequests().length > 0 && said.some((text) => text.includes('Showing 2 posts')), 'the list reloaded and announced');
      // Long enough for a second reload, were one coming.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(listRequests()).to.deep.equal(['recently-answered']);
      expect(said.filter((text) => text.includes('Showing'))).to.have.length(1);
      expect(postBodies(element)).to.have.members(['First idea', 'Second idea']);
    } finally {
      ListChoicesController.settleMs = settleMs;
      watcher.disconnect();
    }
  });

  it('fits 320 CSS pixels without sideways scrolling', async () => {
    const board = freshId('fb');
    await configure(board, { categories: [{ id: 'getting-around', label: 'Getting around the borough at night' }] });
    await seedPost(board, 'A very long word: Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch and more', { category: 'getting-around' });
    // WebDriver (WebKit here) cannot resize the window: there a 320 px wide container stands in for it.
    const resized = await setViewport({ width: 320, height: 640 }).then(() => true, () => false);
    try {
      const element = await makeBoard(board);
      if (!resized) element.parentElement!.style.width = '320px';
      await until(() => postBodies(element).length === 1, 'the post');
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
      if (resized) expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const button of $$<HTMLButtonElement>(element, 'button')) {
        const box = button.getBoundingClientRect();
        if (box.width) expect(box.height, button.textContent!).to.be.at.least(24);
      }
      // axe measures targets inside the viewport: one cut by the window's bottom edge counts as small.
      $(element, 'button.support')!.scrollIntoView({ block: 'center' });
      await expectAccessible(element);
    } finally {
      if (resized) await setViewport({ width: 800, height: 600 });
    }
  });

  it('in forced colours, a pressed support button and the answer badges stay distinct', async function () {
    if (!(await emulateMedia({ forcedColors: 'active' }).then(() => true, () => false))) return this.skip(); // Chromium only
    try {
      const board = freshId('fb');
      const post = await seedPost(board, 'Forced colours please');
      await api('PUT', `/v1/boards/${board}/posts/${post.id}/response`, { status: 'done', message: 'Done.' }, (await import('../../../test/support/index.ts')).staffToken());
      const element = await makeBoard(board);
      const button = $<HTMLButtonElement>(element, 'button.support')!;
      const before = getComputedStyle(button).backgroundColor;
      button.click();
      await until(() => button.getAttribute('aria-pressed') === 'true', 'pressed');
      expect(getComputedStyle(button).backgroundColor).to.not.equal(before);
      expect(getComputedStyle($(element, '.status')!).borderTopStyle).to.equal('solid');
      await expectAccessible(element);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('speaks Welsh when the page does', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'Mwy o feinciau yn y parc');
    await api('PUT', `/v1/boards/${board}/posts/${post.id}/response`, { status: 'planned', message: 'Ym mis Mai.' }, (await import('../../../test/support/index.ts')).staffToken());
    const element = await makeBoard(board, { lang: 'cy' });
    await until(() => postBodies(element).length === 1, 'the post');
    expect($(element, 'label[for="body"]')!.textContent).to.equal('Eich syniad neu adborth');
    expect($(element, 'button[type="submit"]')!.textContent!.trim()).to.equal('Postio');
    expect($(element, '.status')!.textContent).to.equal('Wedi’i gynllunio');
    expect($(element, '.response')!.textContent).to.contain('Atebwyd o fewn diwrnod');
    expect(visibleText($(element, 'button.support')!)).to.equal('Cefnogi');
    expect($(element, 'a[href*="feed.atom"]')!.getAttribute('href')).to.contain('lang=cy');
    await expectAccessible(element);
  });

  it('shows a plain-words error and a retry button when the endpoint cannot be reached', async () => {
    const element = await fixture<HTMLElement>(html`<copro-feedback-board endpoint="http://127.0.0.1:9" board="nowhere"></copro-feedback-board>`);
    const alert = (await until(() => $(element, '[role="alert"]'), 'the error'))!;
    expect(alert.textContent).to.match(/offline|cannot be reached/);
    expect($$(element, 'button').some((button) => button.textContent!.includes('Try again'))).to.equal(true);
    await expectAccessible(element);
    void testEndpoint;
  });
});
