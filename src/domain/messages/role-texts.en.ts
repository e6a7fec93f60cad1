import type { DefaultRoleTasks } from '../roles.js';

/** The default roles' tasks in the digital transformation, in English, in our own words after the paper's task boxes (§3.1–3.5). */
export const ROLE_TASKS_EN: DefaultRoleTasks = {
  fuehrungskraft: [
    'Give direction: set the unit’s goals and explain them to the team',
    'Decide clearly and make the reasons transparent',
    'Organise the own unit and link it with other offices and, depending on the remit, with partners across the district',
    'Set up workflows and the workplace so that the team’s strengths come to the fore',
    'Agree reliable ground rules for working together and offer stability amid digital change',
    'Lead by example, stay approachable and motivate staff with a coaching style',
    'Foster staff development and give subject-matter lead while keeping digital trends in view',
  ],
  cdo: [
    'Core theme digital public services: expand offers for residents, companies and the region',
    'Own digitalisation and be its face, both within the organisation and to the public',
    'Know at all times where the administration stands with digitalisation',
    'Steer and pool digital projects across offices, independent of any single department',
    'Bring specialist offices, outside partners, business, research and local society on board',
    'Develop the organisation’s digital strategy and keep it up to date',
    'Explain why things need to change and guide the change process',
  ],
  cio: [
    'Modernise the administration: advance e-government and deliver the Online Access Act (OZG)',
    'Carry overall responsibility for IT; first port of call in-house for questions on digital administration',
    'Direct the organisation’s IT and define binding standards',
    'Commission IT services',
    'Keep a close eye on technology, core infrastructure and the offices’ specialist software',
    'Work chiefly with internal units and the municipality’s IT providers',
    'Own the IT strategy and initiate technology-led innovation',
  ],
  projektmanager: [
    'Steer digitalisation projects and deliver them in practice',
    'Assess the starting point and what is needed',
    'Draw up a delivery plan: measurable goals, milestones, people involved, resources',
    'Track status, budget and risks; record and prepare the results',
    'Involve stakeholders; plan and run communication and participation',
    'Put digital measures into practice',
  ],
  digitallotse: [
    'Carry the digital strategy into the own department and spread it there',
    'Serve as contact for colleagues as well as for the CDO and CIO',
    'Help colleagues build digital competencies',
    'Foster openness to digital change',
    'Relay information between the department and management in both directions',
  ],
};

export { ROLE_SOURCE_NOTE_EN } from './role-source-note.en.js';
