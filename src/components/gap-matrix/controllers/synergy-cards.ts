import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { SynergyGroup } from '../../../domain/synergy.js';
import { listNavigation, RovingFocusController } from '../../../internal/controllers/roving-focus.js';
import { synergySection, type SynergySectionProps } from '../views/synergy.js';

/** What the cards change on their element. */
interface SynergyHost extends ReactiveControllerHost, HTMLElement {
  selectedGroup?: string;
  groupOnly: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Team mode's synergy cards: their buttons are one tab stop (the arrow keys move between them),
 * and a button marks its group's members, or unmarks them when pressed again.
 */
export class SynergyCards {
  private readonly focus: RovingFocusController<string>;

  constructor(
    private readonly host: SynergyHost,
    /** The groups whose cards are drawn. */
    shown: () => readonly SynergyGroup[],
    /** Brings the first member of the marked group into view. */
    private readonly revealFirst: () => void,
  ) {
    this.focus = new RovingFocusController<string>(host, {
      navigation: listNavigation({ keys: () => shown().map((group) => group.id) }),
      element: (id) => host.renderRoot.querySelector<HTMLElement>(`[part='synergy-group'][data-group='${CSS.escape(id)}']`),
      positionOf: (target) => target.closest<HTMLElement>("[part='synergy-group']")?.dataset.group,
    });
  }

  render(props: Omit<SynergySectionProps, 'tab' | 'onSelect'>): TemplateResult {
    return synergySection({ ...props, tab: this.focus.tabIndexes(), onSelect: this.select });
  }

  private readonly select = (group: SynergyGroup | undefined): void => {
    const { host } = this;
    host.selectedGroup = group && group.id !== host.selectedGroup ? group.id : undefined;
    if (!host.selectedGroup) host.groupOnly = false;
    // Once the rows are marked.
    void host.updateComplete.then(this.revealFirst);
  };
}
