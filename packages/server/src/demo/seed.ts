/**
 * The demo consultation `npm start` shows on a new data folder: a youth fund part-way through,
 * with posts from young people over the past weeks, some supported and several answered ("you
 * said, we did" in every status), a room checklist part-way through with notes, ladder ratings
 * from young people and staff that show a gap, and a few "Was this clear?" answers.
 *
 * Everything is written through the stores, as the routes write it; then the seeder's own clock
 * dates each item (days before `now`), so days-to-answer and "answered" orders are real. No public
 * route accepts a date: only this seeder, run by `npm start` in-process, sets one.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { BoardModerationStore } from '../store/board-moderation.ts';
import { BoardStore } from '../store/boards.ts';
import { ClarityStore } from '../store/clarity.ts';
import { LadderStore } from '../store/ladders.ts';
import { RoomStore } from '../store/rooms.ts';

export const DEMO_ID = 'youth-fund-2026';

interface DemoPost {
  daysAgo: number;
  category: string;
  body: string;
  displayName?: string;
  supporters: number;
  /** The answer as it stands; `earlier` answers came first, so the post shows its history. */
  response?: DemoAnswer & { earlier?: DemoAnswer[] };
}

interface DemoAnswer {
  daysAgo: number;
  status: 'heard' | 'considering' | 'planned' | 'done' | 'not-doing';
  message: string;
  /** The promised date, in days from the seeder's `now` (negative: already past). */
  dueIn?: number;
}

const posts: DemoPost[] = [
  {
    daysAgo: 34,
    category: 'places-to-go',
    displayName: 'Aisha, 15',
    body: 'There is nowhere to go after school that is warm and free. A youth café in the town centre, open till 8, would be amazing.',
    supporters: 23,
    response: { earlier: [{ daysAgo: 27, status: 'planned', message: 'A youth café is on the shortlist. We will choose where it goes by the date below.', dueIn: -10 }], daysAgo: 12, status: 'done', message: 'Chosen: the old library on Market Street opens as a youth café in September, open till 8 on weekdays.' },
  },
  {
    daysAgo: 31,
    category: 'getting-around',
    body: 'The last bus back from town is at 6pm. If you do anything after school you have to walk home in the dark.',
    supporters: 17,
    response: { earlier: [{ daysAgo: 30, status: 'planned', message: 'We will ask the bus company to run the 42 later, and say here what they agree.', dueIn: -24 }], daysAgo: 20, status: 'done', message: 'We asked the bus company. From 6 January the 42 runs until 9pm on weekdays, paid for from this fund for a year.' },
  },
  {
    daysAgo: 29,
    category: 'wellbeing',
    displayName: 'Jordan',
    body: 'Waiting lists for counselling are months long. Someone to talk to at school, without having to go through your GP, would help a lot of people.',
    supporters: 14,
    response: { daysAgo: 22, status: 'considering', dueIn: 14, message: 'We are talking to the three secondary schools about drop-in sessions. We will say here what they decide by the end of February.' },
  },
  {
    daysAgo: 26,
    category: 'things-to-do',
    displayName: 'Kai',
    body: 'Free gym or swimming for under 18s. It is £6 a go at the leisure centre and most of us cannot afford that every week.',
    supporters: 11,
    response: { daysAgo: 24, status: 'heard', message: 'Thank you. We have passed this to the leisure team, who are looking at prices for next year.' },
  },
  {
    daysAgo: 23,
    category: 'places-to-go',
    body: 'A skatepark that is not falling apart. The ramps at the rec have holes in them and someone got hurt last month.',
    supporters: 9,
    response: { daysAgo: 16, status: 'not-doing', message: 'The fund cannot pay for this: repairs to the rec are the parks budget, not this fund. We have reported the holes and parks will fix them by the end of the month.' },
  },
  {
    daysAgo: 19,
    category: 'skills-and-jobs',
    displayName: 'Megan, 17',
    body: 'Help with getting a first job: CVs, practice interviews, and someone who will actually tell you what employers want.',
    supporters: 8,
    response: { daysAgo: 12, status: 'planned', dueIn: -3, message: 'The careers service will run Saturday sessions at the youth centre from April, if the panel agrees. Booking will open here.' },
  },
  {
    daysAgo: 15,
    category: 'getting-around',
    displayName: 'Tom',
    body: 'Safe bike parking at school and in town. My bike has been nicked twice.',
    supporters: 6,
  },
  {
    daysAgo: 12,
    category: 'things-to-do',
    body: 'A music studio where you can record for free. Loads of people make music on their phones but have nowhere to do it properly.',
    supporters: 12,
  },
  {
    daysAgo: 9,
    category: 'wellbeing',
    displayName: 'Priya',
    body: 'More things for young carers. We cannot always get to clubs, so something short, or online, would mean we can join in too.',
    supporters: 5,
    response: { daysAgo: 6, status: 'heard', message: 'Thank you for telling us. We have asked the young carers group how they would like to take part.' },
  },
  {
    daysAgo: 6,
    category: 'something-else',
    body: 'Let young people sit on the panel that decides, not just send in ideas.',
    supporters: 15,
  },
  {
    daysAgo: 3,
    category: 'places-to-go',
    displayName: 'Leo, 13',
    body: 'A covered place in the park to hang out when it rains, with lights.',
    supporters: 2,
  },
  {
    daysAgo: 1,
    category: 'skills-and-jobs',
    body: 'Cooking lessons. Lots of us will be living on our own soon and cannot cook anything.',
    supporters: 1,
    // The newest post is answered too, so the first screen of the board shows "you said, we did" at work.
    response: { daysAgo: 0, status: 'heard', message: 'Thank you. The youth centre kitchen is free on Thursdays: we are asking the adult learning team whether they could run sessions there.' },
  },
];

const roomGroups: { id: string; status: 'present' | 'invited' | 'missing' | 'not-relevant'; note?: string; daysAgo: number }[] = [
  { id: 'young-people', status: 'present', note: 'Youth council and two school assemblies so far.', daysAgo: 30 },
  { id: 'carers', status: 'invited', note: 'Young carers group meets on Tuesdays: Sam is going on 14 January.', daysAgo: 18 },
  { id: 'welsh-speakers', status: 'present', note: 'Form and posters in Welsh; Ysgol Gyfun ran a session in Welsh.', daysAgo: 21 },
  { id: 'disabled-people', status: 'invited', note: 'Easy read version sent to the SEND youth forum.', daysAgo: 14 },
  { id: 'people-using-service', status: 'present', daysAgo: 25 },
  { id: 'older-people', status: 'not-relevant', daysAgo: 28 },
  { id: 'care-experienced', status: 'missing', note: 'Ask the leaving care team how best to reach them.', daysAgo: 7 },
];

/** Where staff and young people put the project: the gap the results should show. */
const ratings: { role: string; now: string; aim: string; count: number; comment?: string }[] = [
  { role: 'staff', now: 'co-design', aim: 'co-production', count: 4 },
  { role: 'staff', now: 'engagement', aim: 'co-design', count: 2, comment: 'We ran workshops in every school, but the panel still decides.' },
  { role: 'lived-experience', now: 'consultation', aim: 'co-production', count: 3, comment: 'We send ideas in but we do not get a say in what is picked.' },
  { role: 'lived-experience', now: 'informing', aim: 'co-design', count: 2 },
  { role: 'lived-experience', now: 'engagement', aim: 'co-production', count: 2 },
];

const clarity: { block: string; clear: boolean; excerpt: string; comment?: string }[] = [
  { block: 'summary', clear: true, excerpt: 'The council has £250,000 to spend on things for young people aged 11 to 19.' },
  { block: 'about-eligibility', clear: false, excerpt: 'Ideas must benefit young people aged 11 to 19', comment: 'What does "constituted group" mean?' },
  { block: 'about-eligibility', clear: true, excerpt: 'Ideas must benefit young people aged 11 to 19' },
  { block: 'next-steps', clear: true, excerpt: 'A panel of young people and councillors' },
];

const daysBefore = (now: Date, days: number, hour = 16) => {
  const when = new Date(now.getTime() - days * 86_400_000);
  when.setUTCHours(hour, (days * 17) % 60, 0, 0);
  // Never in the future: "today at 11:00" before 11:00 is now.
  return new Date(Math.min(when.getTime(), now.getTime())).toISOString();
};

/** Posts for the staff page's moderation queue. */
const forModeration: { daysAgo: number; category: string; body: string; reports: ('spam' | 'off-topic')[] }[] = [
  {
    daysAgo: 1,
    category: 'skills-and-jobs',
    body: 'I would like to volunteer at the youth café when it opens. Can someone from the youth team ring me? My number is 07700 900461.',
    reports: [],
  },
  {
    // Older than the posts the public page shows first.
    daysAgo: 12,
    category: 'something-else',
    body: 'Trainers half price this week only, follow cheapkicks on every app for the code!!!',
    reports: ['spam', 'spam'],
  },
];

/**
 * Writes the demo consultation. Run it once, on a new data folder, after the board, room and
 * ladder settings exist. `now` is the seeder's clock: every date is counted back from it.
 */
export async function seedDemoConsultation(db: Database, { now = new Date(), page = '/' }: { now?: Date; page?: string } = {}): Promise<void> {
  // The store's clock is the seeder's: each answer (and its place in the history) is dated as given.
  let clock = now;
  const boards = new BoardStore(db, true, () => clock);
  const dueDate = (dueIn: number) => new Date(now.getTime() + dueIn * 86_400_000).toISOString().slice(0, 10);
  const answer = async (postId: string, given: DemoAnswer) => {
    clock = new Date(daysBefore(now, given.daysAgo, 11));
    await boards.respond(DEMO_ID, postId, { status: given.status, message: given.message, ...(given.dueIn === undefined ? {} : { due: dueDate(given.dueIn) }) }, 'moderator');
    clock = now;
  };
  const rooms = new RoomStore(db, true);
  const ladders = new LadderStore(db, true);
  const answers = new ClarityStore(db);

  for (const [index, item] of posts.entries()) {
    const { post } = await boards.createPost(DEMO_ID, {
      id: randomUUID(),
      participant: randomUUID(),
      body: item.body,
      category: item.category,
      ...(item.displayName ? { displayName: item.displayName } : {}),
    });
    await boards.setVisibility(DEMO_ID, post.id, 'visible');
    for (let n = 0; n < item.supporters; n++) await boards.setSupport(DEMO_ID, post.id, randomUUID(), true);
    for (const given of [...(item.response?.earlier ?? []), ...(item.response ? [item.response] : [])]) await answer(post.id, given);
    await db.query('UPDATE posts SET created_at = $2 WHERE id = $1', [post.id, daysBefore(now, item.daysAgo, 9 + (index % 8))]);
    await db.query('UPDATE supports SET created_at = $2 WHERE post_id = $1', [post.id, daysBefore(now, Math.max(0, item.daysAgo - 1))]);
  }

  // The staff page's moderation queue at work: a post waiting with a phone number in it (flagged for
  // redaction), and a post two readers reported (one short of hiding it for review).
  const moderation = new BoardModerationStore(db, boards, () => clock);
  for (const item of forModeration) {
    const { post } = await boards.createPost(DEMO_ID, { id: randomUUID(), participant: randomUUID(), body: item.body, category: item.category });
    if (item.reports.length) await boards.setVisibility(DEMO_ID, post.id, 'visible');
    await db.query('UPDATE posts SET created_at = $2 WHERE id = $1', [post.id, daysBefore(now, item.daysAgo, 20)]);
    for (const reason of item.reports) await moderation.report(DEMO_ID, post.id, { id: randomUUID(), reason });
  }

  await rooms.get(DEMO_ID);
  for (const group of roomGroups) {
    await rooms.updateGroup(DEMO_ID, group.id, { status: group.status, note: group.note ?? '', revision: 0 });
    await db.query('UPDATE room_groups SET updated_at = $3 WHERE room_id = $1 AND id = $2', [DEMO_ID, group.id, daysBefore(now, group.daysAgo)]);
  }

  // What backs "children and young people: in the room": ideas said in school assemblies and typed
  // up by staff, and ratings the youth council filled in on paper, tagged on the staff page.
  const fromAssemblies = (await db.query<{ id: string }>("SELECT id FROM posts WHERE board_id = $1 AND display_name IS NULL ORDER BY created_at LIMIT 6", [DEMO_ID])).rows.map((row) => row.id);
  await db.query("UPDATE posts SET channel = 'event', event = 'School assemblies' WHERE id = ANY($1::text[])", [fromAssemblies]);
  await rooms.setEvidence(DEMO_ID, 'young-people', { channels: [], events: ['School assemblies', 'Youth council'] }, 'en');

  let day = 30;
  for (const rating of ratings) {
    for (let n = 0; n < rating.count; n++) {
      const { rating: stored } = await ladders.rate(DEMO_ID, {
        id: randomUUID(),
        participant: randomUUID(),
        role: rating.role,
        now: rating.now,
        aim: rating.aim,
        ...(rating.comment && n === 0 ? { comment: rating.comment } : {}),
      });
      if (rating.role === 'lived-experience') await db.query("UPDATE ratings SET channel = 'event', event = 'Youth council' WHERE id = $1", [stored.id]);
      await db.query('UPDATE ratings SET created_at = $2 WHERE id = $1', [stored.id, daysBefore(now, (day = Math.max(1, day - 2)))]);
    }
  }

  for (const [index, answer] of clarity.entries()) {
    const { clarity: stored } = await answers.add({
      id: randomUUID(),
      participant: randomUUID(),
      page,
      block: answer.block,
      version: 'standard',
      clear: answer.clear,
      excerpt: answer.excerpt,
      ...(answer.comment ? { comment: answer.comment } : {}),
    });
    await db.query('UPDATE clarity SET created_at = $2 WHERE id = $1', [stored.id, daysBefore(now, 10 - index * 2)]);
  }
}
