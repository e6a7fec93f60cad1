import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, drawnLevels, mount, one, wheelIn, type KompetenzRad } from './util.js';

/** The data table's values per competency id and column. */
function tableValues(el: KompetenzRad) {
  const rows = all(el, '[part="table"] tbody tr');
  return new Map(
    rows.map((row) => [
      row.getAttribute('data-competency')!,
      Object.fromEntries(Array.from(row.querySelectorAll('td[data-column]')).map((cell) => [cell.getAttribute('data-column'), cell.getAttribute('data-value')])),
    ]),
  );
}

describe('kompetenz-rad: self vs external markers', () => {
  it('marks blind spots and hidden strengths with distinct symbols and explains them in the legend', async () => {
    const el = await wheelIn(
      html`<kompetenz-rad target-role="cdo" actual='{"daten":3,"technik":1,"team":2}' external='{"daten":1,"technik":3,"team":3}'></kompetenz-rad>`,
    );
    const markers = all(el, 'svg.wheel .disagreement');
    expect(markers.map((node) => [node.getAttribute('data-competency'), node.getAttribute('data-kind')])).to.deep.equal([
      ['technik', 'hidden-strength'],
      ['daten', 'blind-spot'],
    ]);
    const [hidden, blind] = markers;
    expect(hidden.getAttribute('transform')).to.contain('rotate(180)');
    expect(blind.getAttribute('transform')).to.contain('rotate(0)');
    expect(getComputedStyle(hidden).fill).to.not.equal(getComputedStyle(blind).fill, 'outline vs filled');
    const legend = one(el, '[part="legend"]');
    expect(legend.querySelector('[data-marker="blind-spot"]')!.textContent).to.contain('Blinder Fleck');
    expect(legend.querySelector('[data-marker="hidden-strength"]')!.textContent).to.contain('Verborgene Stärke');
    const note = all(el, '[part="table"] tr[data-competency="daten"] td[data-column="note"]')[0];
    expect(note.textContent).to.equal('Blinder Fleck');
    await expectAccessible(el);
  });

  it('shows no markers and no marker legend when nothing differs by two levels', async () => {
    const el = await wheelIn(html`<kompetenz-rad actual='{"daten":2}' external='{"daten":1}'></kompetenz-rad>`);
    expect(all(el, '.disagreement')).to.have.length(0);
    expect(all(el, '[data-marker]')).to.have.length(0);
  });

  it('uses English words with lang="en"', async () => {
    const el = await wheelIn(html`<kompetenz-rad lang="en" actual='{"daten":3}' external='{"daten":1}'></kompetenz-rad>`);
    expect(one(el, '[data-marker="blind-spot"]').textContent).to.contain('Blind spot');
    expect(one(el, '[data-marker="hidden-strength"]').textContent).to.contain('Hidden strength');
  });
});

describe('kompetenz-rad: text alternative', () => {
  it('has a data table with the same values as the drawing', async () => {
    const el = await wheelIn(
      html`<kompetenz-rad target-role="projektmanager" actual='{"daten":2,"projektmanagement":1,"team":3,"lernen":3}' external='{"team":1,"analyse":2}'></kompetenz-rad>`,
    );
    const drawn = drawnLevels(el);
    const table = tableValues(el);
    expect([...table.keys()]).to.deep.equal(drawn.ids);
    for (const id of drawn.ids) {
      const row = table.get(id)!;
      expect(Number(row.target), `${id} target`).to.equal(drawn.target!.get(id));
      expect(Number(row.actual), `${id} actual`).to.equal(drawn.actual.get(id) ?? 0);
      expect(row.external, `${id} external`).to.equal(drawn.external.has(id) ? String(drawn.external.get(id)) : '');
      expect(Math.max(0, Number(row.gap)), `${id} gap`).to.equal(drawn.gap.get(id) ?? 0);
    }
    const headers = all(el, '[part="table"] thead th').map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Kompetenz', 'Kategorie', 'Soll', 'Ist', 'Fremdeinschätzung', 'Lücke (Soll − Ist)', 'Hinweis']);
    const firstRow = all(el, '[part="table"] tbody tr')[0];
    expect(firstRow.querySelector('th')!.textContent).to.equal('IT-Anwendungskompetenz');
    expect(firstRow.querySelectorAll('td')[0].textContent).to.equal('Digitale Fachkompetenzen');
  });

  it('keeps the table available to screen readers and shows it with the toggle button', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":1}'></kompetenz-rad>`);
    const region = one<HTMLElement>(el, '#data');
    const toggle = one<HTMLButtonElement>(el, 'button.table-toggle');
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    expect(region.querySelector('table')).to.not.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('data');
    toggle.click();
    await el.updateComplete;
    expect(region.classList.contains('visually-hidden')).to.equal(false);
    expect(region.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Datentabelle ausblenden');
    await expectAccessible(el);
  });

  it('builds the table without another update of the wheel, as plain cells (no template markers), and keeps it while nothing changes', async () => {
    const box = await mount(html`<kompetenz-rad target-role="cdo" actual='{"daten":1}' external='{"daten":3}'></kompetenz-rad>`);
    const el = box.querySelector('kompetenz-rad')!;
    await el.updateComplete;
    let updates = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<KompetenzRad['requestUpdate']>) => {
      updates += 1;
      requestUpdate(...args);
    };
    window.dispatchEvent(new Event('beforeprint'));
    await el.tableReady;
    expect(updates, 'updates asked for while the table was built').to.equal(0);
    const table = one(el, '#data > table[part="table"]');
    const comments = document.createTreeWalker(table, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode(), 'a comment (template marker) in the table').to.equal(null);
    expect(table.querySelectorAll('tbody tr')).to.have.length(25);
    el.requestUpdate = requestUpdate;
    el.requestUpdate();
    await el.updateComplete;
    expect(one(el, '[part="table"]')).to.equal(table, 'the same table after an update that changes nothing');
  });

  it('writes the table again when the values or the language change', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":1}'></kompetenz-rad>`);
    const cell = () => one(el, '[part="table"] tr[data-competency="daten"] td[data-column="actual"]');
    expect(cell().getAttribute('data-value')).to.equal('1');
    el.actual = { daten: 3 };
    await el.updateComplete;
    expect(cell().getAttribute('data-value')).to.equal('3');
    expect(cell().textContent).to.equal('Experte (3)');
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(one(el, '[part="table"] th[data-column="actual"]').textContent).to.equal('Actual');
    expect(cell().textContent).to.equal('Expert (3)');
  });

  it('gives the wheel a name, a description with the summary and a keyboard hint', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":3}'></kompetenz-rad>`);
    const wheel = one(el, 'svg[part="wheel"]');
    expect(wheel.getAttribute('role')).to.equal('listbox');
    const [description, hint] = wheel.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!);
    expect(description).to.contain('24 zu entwickeln, 1 erreicht, 0 über Soll');
    expect(hint).to.contain('Pfeiltasten');
    expect(all(el, 'svg.wheel g.labels')[0].getAttribute('aria-hidden')).to.equal('true');
  });

  it('reaches the accessibility tree as a listbox of 25 options with their selected state (read-only), or a group of sliders (editable)', async () => {
    type Node = { role: string; name?: string; selected?: boolean; children?: Node[] };
    const find = (node: Node, role: string): Node | undefined => (node.role === role ? node : node.children?.map((child) => find(child, role)).find(Boolean));
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":3}'></kompetenz-rad>`);
    one(el, 'svg[part="wheel"] [data-competency="daten"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const listbox = find((await a11ySnapshot({})) as unknown as Node, 'listbox')!;
    expect(listbox, 'a listbox').to.exist;
    const options = (listbox.children ?? []).filter((child) => child.role === 'option');
    expect(options, 'its options are its own children, not groups').to.have.length(25);
    expect(options.filter((option) => option.selected).map((option) => option.name?.split(' (')[0])).to.deep.equal(['Datenkompetenz']);

    el.remove();
    await wheelIn(html`<kompetenz-rad editable actual='{"daten":3}'></kompetenz-rad>`);
    const sliders = (node: Node): Node[] => [...(node.role === 'slider' ? [node] : []), ...(node.children ?? []).flatMap(sliders)];
    expect(sliders((await a11ySnapshot({})) as unknown as Node)).to.have.length(25);
  });

  it('says level 0 in words to screen readers, not as a dash', async () => {
    const editable = await wheelIn(html`<kompetenz-rad editable actual='{"daten":0,"technik":2}'></kompetenz-rad>`);
    const slider = (id: string) => one(editable, `svg[part="wheel"] [data-competency="${id}"]`);
    expect(slider('daten').getAttribute('aria-valuetext')).to.equal('keine Stufe');
    expect(slider('technik').getAttribute('aria-valuetext')).to.equal('Könner');
    const readOnly = await wheelIn(html`<kompetenz-rad lang="en" target-role="cdo" actual='{"technik":2}' external='{"technik":0}'></kompetenz-rad>`);
    const name = one(readOnly, 'svg[part="wheel"] [data-competency="technik"]').getAttribute('aria-label')!;
    expect(name).to.contain('external no level').and.not.contain('—');
  });

  it('counts what no target asks for and nobody has apart, not as met (the README table of two rows)', async () => {
    const el = await wheelIn(html`<kompetenz-rad><table>
      <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th></tr>
      <tr><td>Datenkompetenz</td><td>3</td><td>1</td></tr>
      <tr><td>Projektmanagement</td><td>Könner</td><td>Kenner</td></tr>
    </table></kompetenz-rad>`);
    const description = () => el.shadowRoot!.getElementById(one(el, 'svg[part="wheel"]').getAttribute('aria-describedby')!.split(' ')[0])!.textContent!;
    expect(description()).to.contain('2 zu entwickeln, 0 erreicht, 0 über Soll, 23 ohne Soll und Ist.');
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(description()).to.contain('2 to build, 0 met, 0 above target, 23 neither required nor present.');
  });

  it('writes the gap of what no target asks for and nobody has as the description counts it, in the table and the detail box, in German and English', async () => {
    const el = await wheelIn(html`<kompetenz-rad target='{"daten":2,"analyse":1,"technik":0}' actual='{"analyse":1,"team":1}'></kompetenz-rad>`);
    const gapCell = (id: string) => one(el, `[part="table"] tr[data-competency="${id}"] td[data-column="gap"]`);
    const gaps = () => ['daten', 'analyse', 'team', 'technik'].map((id) => [gapCell(id).textContent, gapCell(id).getAttribute('data-value')]);
    const tooltipGap = async (id: string) => {
      one(el, `[part="sector"][data-competency="${id}"] .cell`).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      return all(el, '[part="tooltip"] dd').at(-1)!.textContent;
    };
    const description = () => el.shadowRoot!.getElementById(one(el, 'svg[part="wheel"]').getAttribute('aria-describedby')!.split(' ')[0])!.textContent!;
    expect(description()).to.contain('1 zu entwickeln, 1 erreicht, 1 über Soll, 22 ohne Soll und Ist.');
    expect(gaps()).to.deep.equal([
      ['2 Stufen zu entwickeln', '2'],
      ['Soll erreicht', '0'],
      ['1 Stufe über Soll', '-1'],
      ['ohne Soll und Ist', '0'],
    ]);
    expect(await tooltipGap('analyse')).to.equal('Soll erreicht');
    expect(await tooltipGap('technik')).to.equal('ohne Soll und Ist');
    await expectAccessible(el);

    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(description()).to.contain('1 to build, 1 met, 1 above target, 22 neither required nor present.');
    expect(gaps()).to.deep.equal([
      ['2 levels to build', '2'],
      ['target met', '0'],
      ['1 level above target', '-1'],
      ['neither required nor present', '0'],
    ]);
    expect(await tooltipGap('team')).to.equal('1 level above target');
    expect(await tooltipGap('technik')).to.equal('neither required nor present');
    await expectAccessible(el);
  });

  it('passes axe when empty, full and while editing', async () => {
    const empty = await wheelIn(html`<kompetenz-rad></kompetenz-rad>`);
    await expectAccessible(empty);
    const full = await wheelIn(html`<kompetenz-rad target-role="cio" actual='{"daten":3,"technik":1}' external='{"daten":1,"technik":3}'></kompetenz-rad>`);
    await expectAccessible(full);
    const editing = await wheelIn(html`<kompetenz-rad editable hide-target target-role="cio" actual='{"daten":3}'></kompetenz-rad>`);
    editing.shadowRoot!.querySelector<SVGGElement>('[part="sector"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await editing.updateComplete;
    await expectAccessible(editing);
  });
});
