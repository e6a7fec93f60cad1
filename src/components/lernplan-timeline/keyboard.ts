/** What a key press on a focused chart entry asks for. */
export type ChartKeyAction =
  | { type: 'focus'; to: 'previous' | 'next' | 'first' | 'last' }
  | { type: 'move'; days: number }
  | { type: 'resize'; days: number }
  | { type: 'open' }
  | { type: 'remove' }
  | { type: 'undo' };

/** Arrow keys move or resize by this many days. */
export const KEY_STEP_DAYS = 7;

/**
 * Maps a key press to an action. In an editable chart Left/Right move the focused entry by a
 * week and Shift+Left/Right change its length (time runs left to right in every language);
 * Up/Down, Home/End go from entry to entry. Read-only, every arrow goes from entry to entry.
 */
export function chartKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, editable: boolean): ChartKeyAction | undefined {
  const { key } = event;
  if (event.altKey) return undefined;
  if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'Z') && !event.shiftKey) return editable ? { type: 'undo' } : undefined;
  if (event.ctrlKey || event.metaKey) return undefined;
  const later = 'ArrowRight';
  const earlier = 'ArrowLeft';
  switch (key) {
    case 'ArrowUp':
      return { type: 'focus', to: 'previous' };
    case 'ArrowDown':
      return { type: 'focus', to: 'next' };
    case 'Home':
      return { type: 'focus', to: 'first' };
    case 'End':
      return { type: 'focus', to: 'last' };
    case 'Enter':
    case ' ':
      return { type: 'open' };
    case 'Delete':
    case 'Backspace':
      return editable ? { type: 'remove' } : undefined;
  }
  if (key === later || key === earlier) {
    const sign = key === later ? 1 : -1;
    if (!editable) return { type: 'focus', to: sign > 0 ? 'next' : 'previous' };
    return event.shiftKey ? { type: 'resize', days: sign * KEY_STEP_DAYS } : { type: 'move', days: sign * KEY_STEP_DAYS };
  }
  return undefined;
}
