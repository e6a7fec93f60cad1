import { nothing } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * `<div ${cssVar('--y', '64px')}>`: sets a CSS property on the element from code
 * (`style.setProperty`), which a strict CSP allows, unlike a bound `style` attribute: mostly a
 * custom property, or a plain one where an inherited custom property would restyle every
 * descendant when it changes. Writes only when the value changes; `undefined` removes the
 * property, so the element carries no inline style.
 */
class CssVarDirective extends Directive {
  private last: string | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVar() belongs in an element position: <div ${cssVar(name, value)}>');
  }

  render(_name: string, _value: string | undefined): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string | undefined]): typeof nothing {
    const key = value === undefined ? undefined : `${name}:${value}`;
    if (key !== this.last) {
      this.last = key;
      const style = (part.element as HTMLElement).style;
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return nothing;
  }
}

export const cssVar: (name: string, value: string | undefined) => DirectiveResult<typeof CssVarDirective> = directive(CssVarDirective);
