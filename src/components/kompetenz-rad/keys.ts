/** What a key press on a focused spoke does (see the class comment of `KompetenzRad`). */
export type KeyAction =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'jump'; to: 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'step'; by: 1 | -1 }
  | { kind: 'set'; level: 0 | 1 | 2 | 3 };

/**
 * Maps a `KeyboardEvent.key` to an action. ←/→ move between competencies (mirrored in
 * right-to-left text); ↑/↓ change the level when editable, else move; Home/End jump;
 * Enter/Space select; 0–3 set the level when editable.
 */
export function keyAction(key: string, { editable, rtl }: { editable: boolean; rtl: boolean }): KeyAction | undefined {
  const forward = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return { kind: 'move', by: forward === 1 ? 1 : -1 };
    case 'ArrowLeft':
      return { kind: 'move', by: forward === 1 ? -1 : 1 };
    case 'ArrowUp':
      return editable ? { kind: 'step', by: 1 } : { kind: 'move', by: -1 };
    case 'ArrowDown':
      return editable ? { kind: 'step', by: -1 } : { kind: 'move', by: 1 };
    case 'Home':
      return { kind: 'jump', to: 'first' };
    case 'End':
      return { kind: 'jump', to: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case '0':
    case '1':
    case '2':
    case '3':
      return editable ? { kind: 'set', level: Number(key) as 0 | 1 | 2 | 3 } : undefined;
    default:
      return undefined;
  }
}
