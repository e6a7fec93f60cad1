import type { DefaultFormatDescriptions } from '../formats.js';

/** What each default learning format is, in English. */
export const FORMAT_DESCRIPTIONS_EN: DefaultFormatDescriptions = {
  selbstlernen: 'Learning on one’s own: choose the topic, try it out at work or read up on it. Requires motivation; the manager keeps an eye on the workload.',
  'kollegialer-austausch': 'Sharing experience with colleagues – in-house or with other municipalities, informally or as a moderated case discussion.',
  coaching: 'Guided self-reflection: a coach – possibly the manager – asks questions rather than handing out answers, so the person finds their own way. Voluntary and only by agreement.',
  mentoring: 'Someone new to a role is paired with an experienced person who makes introductions and shows how routines and customs work in the organisation; ideal for career changers.',
  'vortrag-workshop': 'Short input from in-house or outside experts on current digital topics and trends; a good opener to spark curiosity when a change begins.',
  'seminar-schulung': 'Structured teaching for getting started or going deeper, with exercises for transfer to daily work; groups with similar prior knowledge learn best, outside experts cover niche topics.',
  training: 'Learning on real assignments, for weeks alongside daily work: plan tasks, complete them and debrief, supported by in-house or outside trainers. The close link to practice means quick transfer.',
};
