import { formatterFor } from '../../../internal/format.js';
import { levelLabel } from '../../../internal/strings.js';
import type { GroupStrings } from './group-wheel.js';

const fmt = formatterFor('en');
const people = (count: number): string => `${fmt.number(count, 0)} ${count === 1 ? 'person' : 'people'}`;
const q = (text: string): string => `“${text}”`;

const en: GroupStrings = {
  organisation: 'Whole organisation',
  other: 'Other departments',
  noDepartment: 'No department',
  people,
  describe: (s) =>
    [
      `${s.name}: ${people(s.people)}${s.notShown > 0 ? ` counted, ${fmt.number(s.notShown, 0)} more not shown (too few in their role)` : ''}; figures only for groups of at least ${s.minGroupSize} people, no individual values.`,
      'For each competency the people stand side by side, ordered by level: the width shows the share, the height the level (rings knowledgeable, practitioner, expert).',
      s.showsTarget ? `The line shows ${s.role ? `the target profile ${s.role}` : "the group's mean target"}.` : '',
      `In ${s.mostlyBelow} of ${s.competencies} competencies at least half are below target.`,
    ]
      .filter(Boolean)
      .join(' '),
  spokeName: (f) =>
    `${f.label} (${f.category}): ${people(f.count)}; ${f.levels.map((count, level) => `${levelLabel(level as 0 | 1 | 2 | 3, 'en')} (${level}): ${count}`).join(', ')}` +
    `${f.unrated ? `, not rated: ${f.unrated}` : ''}; mean target ${fmt.number(f.meanTarget)}, ${fmt.percent(f.shareBelowTarget)} below target, target − level on average ${fmt.number(f.meanGap)}`,
  legendShares: 'People per level (width: share, height: level)',
  legendMeanTarget: "Target (the group's mean)",
  legendRoleTarget: (role) => `Target profile ${role}`,
  caption: (name) => `Distribution of levels: ${name}`,
  columns: { people: 'People', unrated: 'not rated', meanTarget: 'Target (mean)', roleTarget: 'Target', below: 'below target', meanGap: 'Target − level (mean)' },
  percent: (share) => fmt.percent(share),
  decimal: (value) => fmt.number(value),
  withheld: (reason, group, min, choices) => {
    switch (reason) {
      case 'too-small':
        return `No figures are shown for ${q(group)}: the group has fewer than ${min} assessed people, and no figure may point to one person's rating.`;
      case 'pooled':
        return `No figures of its own are shown for ${q(group)}: each role there has fewer than ${min} assessed people. They are counted under “Other departments” when their role has at least ${min} over all departments where it also has fewer than ${min}, else nowhere. So no figure points to one person's rating.`;
      case 'unknown':
        return `There are no figures for ${q(group)}: no group of at least ${min} assessed people has this name.`;
      case 'choose':
        return `No group chosen. Groups with figures (values of group): ${fmt.list(choices.map(({ value, name }) => (name === value ? q(value) : `${q(value)} (${name})`)))}.`;
      case 'no-data':
        return 'No figures yet: for a group the competency wheel needs the ratings of a <kompetenz-provider> or ready-made group figures (aggregate).';
      case 'invalid':
        return 'The group figures cannot be used; no figures are shown.';
    }
  },
};

export default en;
