import type { Formatter } from '../../internal/format.js';
import type { GoalNameParams, ItemNameParams } from '../plan-checks.js';
import { LEVEL_NAMES } from '../scale.js';
import type { Level, LocalizedText } from '../types.js';
import { otherItem, type FindingTexts } from './findings.js';

const level = (value: Level) => `${value} (${LEVEL_NAMES[value].de})`;
const names = (labels: readonly LocalizedText[], fmt: Formatter) => fmt.list(labels.map((label) => label.de));
const steps = (count: number) => `${count} Stufenschritt${count === 1 ? '' : 'e'}`;

const item = (p: ItemNameParams, fmt: Formatter) =>
  `„${p.itemPractice ? `Praxisphase ${p.item.de}` : p.item.de}“ (${fmt.date(p.itemStart)} – ${fmt.date(p.itemEnd)})`;

const goal = (p: GoalNameParams, fmt: Formatter) => `„${names(p.goal, fmt)} auf Stufe ${level(p.goalLevel)}“`;

/** The findings of the SMART check and the plan check in German. */
export const FINDINGS_DE: FindingTexts = {
  // SMART check
  'no-competency': () => 'Wählen Sie mindestens eine Kompetenz aus, die aufgebaut werden soll.',
  'unknown-competency': (p) => `${p.ids.map((id) => `„${id}“`).join(', ')} gehört nicht zum Kompetenzkatalog. Wählen Sie eine Kompetenz aus der Liste.`,
  'too-many-competencies': (p) =>
    `Das Ziel nennt ${p.count} Kompetenzen. Beschränken Sie es auf höchstens ${p.max} und legen Sie für die übrigen ein eigenes Ziel an.`,
  'no-target-level': (p) => `${p.got === undefined ? '' : `Eine Zielstufe „${p.got}“ gibt es nicht. `}Legen Sie die Zielstufe fest: ${level(1)}, ${level(2)} oder ${level(3)}.`,
  'target-level-zero': () => 'Stufe 0 bedeutet „nicht vorhanden“ und lässt sich nicht als Fortschritt messen. Wählen Sie Stufe 1, 2 oder 3.',
  'no-measure': () => 'Beschreiben Sie, woran man das Erreichen erkennt, z. B. ein Ergebnis, das andere sehen können.',
  'vague-measure': () =>
    'Die Beschreibung ist zu knapp, um Fortschritt zu prüfen. Nennen Sie ein beobachtbares Ergebnis, z. B. „leitet den Workshop zur Bürgerbeteiligung selbst“.',
  'nothing-new': (p, fmt) =>
    `Die Zielstufe ${level(p.level)} ist bei ${names(p.competencies, fmt)} schon erreicht; so wird nichts Neues gelernt. Wählen Sie eine höhere Stufe oder eine andere Kompetenz.`,
  'partly-reached': (p, fmt) =>
    `${names(p.competencies, fmt)} liegt bereits auf oder über der Zielstufe. Nehmen Sie die Kompetenz aus dem Ziel, damit es sich auf das Neue konzentriert.`,
  'no-challenge': () => 'Halten Sie fest, was an diesem Ziel neu oder fordernd ist, z. B. eine Aufgabe, die bisher andere übernommen haben.',
  'jump-too-large': (p, fmt) =>
    `${p.competency.de} soll in weniger als sechs Monaten um ${p.steps} Stufen steigen. Das ist kaum zu schaffen: Setzen Sie zuerst Stufe ${p.level} als Ziel oder verschieben Sie den Termin auf den ${fmt.date(p.suggested)} oder später.`,
  'no-hours': () => 'Tragen Sie ein, wie viele Stunden insgesamt für das Ziel eingeplant sind.',
  'invalid-hours': () => 'Geben Sie die Stunden als Zahl ab 0 ein.',
  'invalid-budget': () => 'Geben Sie das Budget als Betrag in Euro ab 0 ein oder lassen Sie das Feld leer.',
  'hours-exceed-capacity': (p, fmt) =>
    `${fmt.number(p.hours)} Stunden passen bis zum ${fmt.date(p.due)} nicht in die verfügbare Lernzeit von etwa ${fmt.number(p.available)} Stunden (${fmt.number(p.capacity)} pro Monat). Planen Sie weniger Stunden oder einen späteren Termin.`,
  'estimate-exceeds-capacity': (p, fmt) => {
    const need = `Für ${steps(p.steps)} sind erfahrungsgemäß rund ${fmt.number(p.estimate)} Stunden nötig, bis zum ${fmt.date(p.due)} stehen aber nur etwa ${fmt.number(p.available)} zur Verfügung.`;
    return p.suggested === null
      ? `${need} Das Ziel ist für die verfügbare Lernzeit zu groß: Teilen Sie es in Etappen, nehmen Sie weniger Kompetenzen auf oder vereinbaren Sie mehr Lernzeit.`
      : `${need} Verschieben Sie den Termin auf den ${fmt.date(p.suggested)} oder später oder nehmen Sie weniger Kompetenzen auf.`;
  },
  'hours-below-estimate': (p, fmt) =>
    `${fmt.number(p.hours)} Stunden sind knapp: Als Faustregel braucht jeder Stufenschritt etwa ${fmt.number(p.hoursPerStep)} Stunden, hier also rund ${fmt.number(p.estimate)}.`,
  'no-support-person': () => 'Tipp: Nennen Sie eine Person, die beim Lernen unterstützt, etwa eine Führungskraft, einen Mentor oder eine Kollegin.',
  'no-due': (p, fmt) => `Legen Sie fest, bis wann das Ziel erreicht sein soll, z. B. bis zum ${fmt.date(p.suggested)}.`,
  // The example shows the form in which a date is typed.
  'invalid-due': (p) => `„${p.got}“ ist kein gültiges Datum. Geben Sie es als JJJJ-MM-TT ein, z. B. ${p.suggested}.`,
  'due-not-future': (p, fmt) =>
    `Der Termin ${fmt.date(p.due)} liegt nicht in der Zukunft. Wählen Sie ein Datum nach dem ${fmt.date(p.today)}, z. B. den ${fmt.date(p.suggested)}.`,
  'due-too-far': (p, fmt) =>
    `Der Termin liegt mehr als ${p.months} Monate entfernt; so weit lässt sich ein Ziel kaum steuern. Wählen Sie ein Datum bis zum ${fmt.date(p.limit)} oder teilen Sie das Ziel in Etappen.`,

  // Plan check
  'over-capacity': (p, fmt) =>
    `Im ${fmt.month(p.month)} sind ${fmt.number(p.hours)} Stunden geplant, ${fmt.number(p.over)} mehr als die ${fmt.number(p.capacity)} verfügbaren. Verschieben oder strecken Sie ein Angebot.`,
  'overlap-over-capacity': (p, fmt) =>
    `${item(p, fmt)} und ${item(otherItem(p), fmt)} laufen gleichzeitig und bringen im ${fmt.month(p.month)} zusammen ${fmt.number(p.hours)} Stunden, mehr als die ${fmt.number(p.capacity)} verfügbaren. Legen Sie sie nacheinander.`,
  'item-after-due': (p, fmt) =>
    `${item(p, fmt)} endet ${p.days} Tage nach dem Termin des Ziels ${goal(p, fmt)} (${fmt.date(p.due)}). Ziehen Sie es vor oder verschieben Sie den Termin.`,
  'goal-without-item': (p, fmt) => `Für das Ziel ${goal(p, fmt)} ist noch nichts geplant. Fügen Sie ein passendes Lernformat hinzu.`,
  'goal-hours-short': (p, fmt) =>
    `Die Angebote für das Ziel ${goal(p, fmt)} umfassen ${fmt.number(p.planned)} Stunden, das Ziel sieht ${fmt.number(p.hours)} vor. Planen Sie weitere Angebote ein oder passen Sie die Stunden des Ziels an.`,
  'goal-over-budget': (p, fmt) =>
    `Die Angebote für das Ziel ${goal(p, fmt)} kosten ${fmt.euros(p.cost)}, ${fmt.euros(p.over)} mehr als die ${fmt.euros(p.budget)}, die das Ziel vorsieht. Wählen Sie günstigere Formate oder passen Sie das Budget des Ziels an.`,
  'item-without-goal': (p, fmt) => `${item(p, fmt)} dient keinem Lernziel. Ordnen Sie es einem Ziel zu oder streichen Sie es.`,
  'plan-without-goals': () =>
    'Kein Angebot dieses Plans ist mit einem Lernziel verknüpft; der Plan folgt allein den Kompetenzlücken. Vereinbaren Sie SMART-Ziele und ordnen Sie die Angebote ihnen zu, damit sich im Abschlussgespräch prüfen lässt, was erreicht wurde.',
  'unknown-goal': (p, fmt) => `${item(p, fmt)} verweist auf das Ziel „${p.goalId}“, das es nicht gibt. Wählen Sie ein vorhandenes Ziel.`,
  'goal-of-other-person': (p, fmt) => `${item(p, fmt)} ist mit einem Ziel einer anderen Person verknüpft. Wählen Sie ein Ziel dieser Person.`,
  'practice-missing': (p, fmt) => `Nach ${item(p, fmt)} fehlt eine Praxisphase. Planen Sie Zeit ein, um das Gelernte bei der Arbeit anzuwenden.`,
  'practice-before-format': (p, fmt) =>
    `Die Praxisphase ${item(p, fmt)} beginnt, bevor ${item(otherItem(p), fmt)} endet. Lassen Sie sie erst danach beginnen.`,
  'no-reviews': () =>
    'Der Plan enthält keine Review-Gespräche. Vereinbaren Sie regelmäßige Termine und ein Abschlussgespräch nach dem letzten Angebot.',
  'no-final-review': (p, fmt) => `Es fehlt das Abschlussgespräch. Legen Sie es nach dem ${fmt.date(p.end)} fest, dem Ende des letzten Angebots.`,
  'final-review-before-end': (p, fmt) =>
    `Das Abschlussgespräch am ${fmt.date(p.date)} liegt vor dem Ende des letzten Angebots (${fmt.date(p.end)}). Verschieben Sie es auf einen Tag danach.`,
  'final-review-before-due': (p, fmt) =>
    `Das Abschlussgespräch am ${fmt.date(p.date)} liegt vor dem Termin des Ziels ${goal(p, fmt)} (${fmt.date(p.due)}); dann lässt sich noch nicht prüfen, ob es erreicht ist. Legen Sie das Gespräch auf den ${fmt.date(p.due)} oder später.`,
  'review-gap': (p, fmt) =>
    `Zwischen dem ${fmt.date(p.from)} und dem ${fmt.date(p.to)} liegen ${fmt.number(p.weeks)} Wochen ohne Review-Gespräch. Planen Sie spätestens alle ${p.maxWeeks} Wochen eines, zum Beispiel am ${fmt.date(p.suggested)}.`,
  'over-budget': (p, fmt) =>
    `Die Angebote kosten ${fmt.euros(p.cost)}, ${fmt.euros(p.over)} mehr als das Budget von ${fmt.euros(p.budget)}. Wählen Sie günstigere Formate, etwa kollegialen Austausch oder Selbstlernen.`,
  'refresh-not-covered': (p, fmt) =>
    `${p.competency.de} wurde zuletzt am ${fmt.date(p.lastAssessed)} eingeschätzt; das Wissen sollte seit dem ${fmt.date(p.dueSince)} aufgefrischt werden. Nehmen Sie ein Angebot dazu in den Plan auf.`,
};

