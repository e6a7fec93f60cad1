/** Finding the visible focus indicator of a focused element and its contrast (WCAG 1.4.11, 2.4.7). */
import { contrastRatio, rgbToHex } from '../../helpers/contrast.js';
import { backgroundBehind, parentOf } from './dom.js';

export interface FocusIndicator {
  /** How it is drawn. */
  kind: 'outline' | 'box-shadow' | 'svg ring';
  colour: string;
  /** Thickness in CSS px. */
  width: number;
  /** The colours it is drawn against (inside and outside the indicator). */
  against: string[];
  /** The best contrast against those colours. */
  contrast: number;
}

const px = (value: string) => Number.parseFloat(value) || 0;

function opaque(colour: string): boolean {
  if (colour === 'transparent' || colour === '') return false;
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
  return !alpha || Number(alpha[1]) > 0.9;
}

function measure(kind: FocusIndicator['kind'], colour: string, width: number, against: string[]): FocusIndicator {
  const hex = rgbToHex(colour);
  const contrast = Math.max(...against.map((background) => contrastRatio(hex, rgbToHex(background))));
  return { kind, colour: hex, width, against: against.map(rgbToHex), contrast };
}

/** The first colour of a computed `box-shadow`, and its spread + blur. */
function boxShadow(value: string): { colour: string; width: number } | undefined {
  if (value === 'none') return undefined;
  const colour = /rgba?\([^)]*\)/.exec(value)?.[0];
  if (!colour) return undefined;
  const lengths = value.replace(colour, '').trim().split(/\s+/).filter((part) => part.endsWith('px')).map(px);
  // offset-x offset-y blur spread
  const [x = 0, y = 0, , spread = 0] = lengths;
  return { colour, width: Math.max(Math.abs(x), Math.abs(y), spread) };
}

/**
 * The focus indicator of `element` as drawn now: its CSS outline or box-shadow, or, for SVG
 * entries, a visible `.focus-ring` stroke in the entry or its `<svg>`. An outline drawn outside
 * the element (offset ≥ 0) is measured against the background behind the element's parent; one
 * drawn inside (negative offset) against both the element's own background and the one around it.
 */
export function focusIndicator(element: Element): FocusIndicator | undefined {
  const style = getComputedStyle(element);
  const outside = backgroundBehind(parentOf(element) ?? element);
  if (style.outlineStyle !== 'none' && px(style.outlineWidth) > 0 && opaque(style.outlineColor)) {
    const offset = px(style.outlineOffset);
    const against = offset >= 0 ? [outside] : [backgroundBehind(element), outside];
    return measure('outline', style.outlineColor, px(style.outlineWidth), against);
  }
  const shadow = boxShadow(style.boxShadow);
  if (shadow && shadow.width > 0 && opaque(shadow.colour)) return measure('box-shadow', shadow.colour, shadow.width, [backgroundBehind(element), outside]);
  if (element instanceof SVGElement) {
    const svgRoot = element.ownerSVGElement ?? (element as SVGSVGElement);
    const rings = [...Array.from(element.querySelectorAll('.focus-ring')), ...Array.from(svgRoot.querySelectorAll(':scope > .focus-ring'))];
    for (const ring of rings) {
      const ringStyle = getComputedStyle(ring);
      if (ringStyle.visibility !== 'visible' || ringStyle.display === 'none' || ringStyle.stroke === 'none' || !opaque(ringStyle.stroke)) continue;
      return measure('svg ring', ringStyle.stroke, px(ringStyle.strokeWidth), [backgroundBehind(svgRoot)]);
    }
  }
  return undefined;
}
