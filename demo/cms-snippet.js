// Page script of cms-snippet.html: shows the snippets as code (the same markup runs live below
// each of them, written literally in the HTML, in the page's language), copy buttons and the language switch.
// DOM methods only (no innerHTML): the page runs under a strict Content-Security-Policy.
import { NAV_STRINGS, currentLang, setupLanguage } from './site.js';

/** What an editor pastes: exactly this text, nothing else. Keep in step with the live markup in cms-snippet.html. */
export const SNIPPETS = {
  attributes: `<script type="module" src="/dist/cdn/kompetenzrad.min.js"></script>

<kompetenz-rad
  target-role="cdo"
  actual='{"daten":2,"technik":1,"projektmanagement":3}'
  external='{"daten":1}'
  lang="de"
></kompetenz-rad>

<gap-matrix
  target-role="projektmanager"
  actual='{"projektmanagement":2,"stakeholdermanagement":1,"kommunikation":3,"team":2,"lernen":3}'
  external='{"projektmanagement":3,"stakeholdermanagement":1}'
  sort="priority"
  lang="de"
></gap-matrix>`,
  table: `<script type="module" src="/dist/cdn/kompetenzrad.min.js"></script>

<kompetenz-rad lang="de">
  <table>
    <thead>
      <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th></tr>
    </thead>
    <tbody>
      <tr><td>Datenkompetenz</td><td>Experte</td><td>Kenner</td></tr>
      <tr><td>Informationssicherheit und Datenschutz</td><td>3</td><td>2</td></tr>
      <tr><td>Projektmanagement</td><td>Könner</td><td>Könner</td></tr>
      <tr><td>Kommunikationsfähigkeit</td><td>3</td><td>3</td></tr>
      <tr><td>Teamfähigkeit</td><td>3</td><td>2</td></tr>
      <tr><td>Lernfähigkeit</td><td>3</td><td>1</td></tr>
    </tbody>
  </table>
</kompetenz-rad>`,
};

const STRINGS = {
  de: {
    title: 'kompetenzrad – CMS-Snippet',
    ...NAV_STRINGS.de,
    h1: 'Einbinden in ein Intranet-CMS',
    intro:
      'Eine Redakteurin braucht kein JavaScript zu schreiben: Sie fügt eine Skriptzeile und die Elemente mit ihren Attributen in ein HTML-Feld des CMS ein. Unter jedem Code-Block läuft genau dieses Markup.',
    rules:
      'Die Skriptdatei kommt vom eigenen Server, zusammen mit dem Ordner, der neben ihr liegt (hier /dist/cdn/; die strenge Content-Security-Policy erlaubt nur Skripte derselben Herkunft). Sie lädt nur die Elemente, die auf der Seite stehen, und nur die Texte in der Sprache der Seite. Inline-Skripte oder -Styles sind nicht nötig. JSON-Attribute stehen in einfachen Anführungszeichen, damit die doppelten im JSON bleiben können.',
    attrHeading: 'Mit Attributen',
    attrIntro:
      'target-role wählt das Soll-Profil einer der fünf Rollen; actual und external enthalten das Ist-Profil und die Fremdeinschätzung als JSON (Kompetenz-ID: Stufe 0 bis 3). Fehlende Kompetenzen zählen als 0.',
    tableHeading: 'Aus einer Tabelle',
    tableIntro:
      'Wer lieber Tabellen pflegt: Spalten Kompetenz, Soll, Ist (und optional Fremdeinschätzung). Kompetenzen dürfen mit deutschem oder englischem Namen oder ID stehen, Stufen als Zahl oder Name. Ohne JavaScript bleibt die Tabelle lesbar.',
    codeLabel: 'Code zum Einfügen',
    liveLabel: 'So sieht es aus',
    copy: 'Code kopieren',
    copied: 'Code in die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich; bitte den Code markieren und kopieren.',
  },
  en: {
    title: 'kompetenzrad – CMS snippet',
    ...NAV_STRINGS.en,
    h1: 'Embedding in an intranet CMS',
    intro:
      'An editor does not write any JavaScript: they paste one script line and the elements with their attributes into an HTML field of the CMS. Below each code block exactly this markup runs.',
    rules:
      'The script file comes from your own server, together with the folder beside it (here /dist/cdn/; the strict Content-Security-Policy only allows scripts of the same origin). It loads only the elements on the page, and only the texts in the page\'s language. No inline scripts or styles are needed. JSON attributes go in single quotes so that the double quotes of the JSON can stay.',
    attrHeading: 'With attributes',
    attrIntro:
      'target-role picks the target profile of one of the five roles; actual and external hold the current profile and the external rating as JSON (competency id: level 0 to 3). Missing competencies count as 0.',
    tableHeading: 'From a table',
    tableIntro:
      'For those who prefer to maintain tables: columns competency, target, actual (and optionally external rating). Competencies may be given by German or English name or by id, levels as a number or a name. Without JavaScript the table stays readable.',
    codeLabel: 'Code to paste',
    liveLabel: 'What it looks like',
    copy: 'Copy code',
    copied: 'Code copied to the clipboard.',
    copyFailed: 'Copying is not possible; please select the code and copy it.',
  },
};

/** The snippet as an editor would paste it on a page in `language`. */
const snippetIn = (name, language) => SNIPPETS[name].replaceAll('lang="de"', `lang="${language}"`);

for (const name of Object.keys(SNIPPETS)) {
  document.getElementById(`copy-${name}`).addEventListener('click', async () => {
    const status = document.getElementById(`copy-status-${name}`);
    try {
      await navigator.clipboard.writeText(snippetIn(name, currentLang()));
      status.textContent = STRINGS[currentLang()].copied;
    } catch {
      status.textContent = STRINGS[currentLang()].copyFailed;
    }
  });
}

// The live markup names its language, as the snippet does: both follow the page's language.
setupLanguage(STRINGS, (language) => {
  for (const name of Object.keys(SNIPPETS)) document.getElementById(`code-${name}`).textContent = snippetIn(name, language);
  for (const live of document.querySelectorAll('.live [lang]')) live.lang = language;
});
