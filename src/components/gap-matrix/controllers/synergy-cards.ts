import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { SynergyGroup } from '../../../domain/synergy.js';
import { listNavigation, RovingFocusController } from '../../../internal/controllers/roving-focus.js';
import { SYNERGY_PAGE, synergySection, type SynergySectionProps } from '../views/synergy.js';

/** What the cards change on their element. */
interface SynergyHost extends ReactiveControllerHost, HTMLElement {
  selectedGroup?: string;
  groupOnly: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Team mode's synergy cards: their buttons are one tab stop (the arrow keys move between them),
 * and a button marks its group's members, or unmarks them when pressed again. The list shows
 * `SYNERGY_PAGE` groups, and as many more per press on "more". A button that goes away when pressed
 * ("more" on the last page, "clear selection") does not leave focus on the page's body: "more"
 * moves it to the first group it added, "clear selection" to the button of the group that was
 * marked (or to the list's heading when that group is not listed).
 */
export class SynergyCards {
  private readonly focus: RovingFocusController<string>;
  /** How many groups are listed. */
  private shown = SYNERGY_PAGE;

  constructor(
    private readonly host: SynergyHost,
    /** All synergy groups, in order. */
    private readonly groups: () => readonly SynergyGroup[],
    /** Brings the first member of the marked group into view. */
    private readonly revealFirst: () => void,
  ) {
    this.focus = new RovingFocusController<string>(host, {
      navigation: listNavigation({ keys: () => this.listed().map((group) => group.id) }),
      element: (id) => host.renderRoot.querySelector<HTMLElement>(`[part='synergy-group'][data-group='${CSS.escape(id)}']`),
      positionOf: (target) => target.closest<HTMLElement>("[part='synergy-group']")?.dataset.group,
    });
  }

  /** The groups whose cards are drawn. */
  listed(): readonly SynergyGroup[] {
    return this.groups().slice(0, this.shown);
  }

  render(props: Omit<SynergySectionProps, 'tab' | 'onSelect' | 'onMore' | 'shown'>): TemplateResult {
    return synergySection({ ...props, shown: this.shown, tab: this.focus.tabIndexes(), onSelect: this.select, onMore: this.more });
  }

  private readonly more = (): void => {
    const first = this.groups()[this.shown];
    this.shown += SYNERGY_PAGE;
    this.host.requestUpdate();
    if (first) void this.focus.focus(first.id);
  };

  private readonly select = (group: SynergyGroup | undefined): void => {
    const { host } = this;
    const before = host.selectedGroup;
    host.selectedGroup = group && group.id !== before ? group.id : undefined;
    if (!host.selectedGroup) host.groupOnly = false;
    // Once the rows are marked.
    void host.updateComplete.then(this.revealFirst);
    // "Clear selection" (no group) removes itself.
    if (group || !before) return;
    if (this.listed().some((listed) => listed.id === before)) void this.focus.focus(before);
    else void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#synergy-title')?.focus());
  };
}
