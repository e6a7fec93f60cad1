import { expect, html } from '@open-wc/testing';
import { wheelIn } from './util.js';

describe('kompetenz-rad: export', () => {
  it('toSVG returns a standalone SVG document with styles resolved into attributes', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2,"team":3}' external='{"daten":1}'></kompetenz-rad>`);
    const text = el.toSVG();
    expect(text.startsWith('<svg')).to.equal(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.equal(600);
    expect(root.querySelector('title')!.textContent).to.equal('Kompetenzrad');
    const actual = root.querySelector('path.actual-sector, path[d]:not([fill="none"])');
    expect(actual).to.not.equal(null);
    // No classes, ARIA, tabindex or Lit comments survive; colours are attributes.
    expect(text).to.not.match(/class=|aria-|tabindex|<!--|part=/);
    const target = Array.from(root.querySelectorAll('path')).find((path) => path.getAttribute('stroke-width') === '3px');
    expect(target, 'the target outline').to.not.equal(undefined);
    expect(target!.getAttribute('stroke')).to.equal('rgb(31, 31, 31)');
    expect(target!.getAttribute('fill')).to.equal('none');
    const hatch = root.querySelector('pattern')!;
    expect(hatch.getAttribute('id')).to.match(/^kr-hatch-\d+$/);
    expect(root.querySelectorAll(`[fill*="#${hatch.getAttribute('id')}"]`).length).to.be.greaterThan(0);
    const labels = root.querySelectorAll('text');
    expect(labels.length).to.equal(25);
    expect(labels[0].getAttribute('font-family')).to.not.equal(null);
    expect(Array.from(root.querySelectorAll('path')).some((path) => path.getAttribute('visibility') === 'hidden')).to.equal(false, 'the focus ring is left out');
  });

  it('renders the exported SVG as an image of the right size', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2}'></kompetenz-rad>`, 400);
    const url = URL.createObjectURL(new Blob([el.toSVG()], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    expect(image.naturalWidth).to.equal(400);
    expect(image.naturalHeight).to.be.greaterThan(300);
  });

  it('toPNG returns an image/png Blob with a PNG signature', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo" actual='{"daten":2}'></kompetenz-rad>`, 320);
    const blob = await el.toPNG();
    expect(blob).to.be.instanceOf(Blob);
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 8))).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(640, 'twice the drawn width');
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index] < 200 || data[index + 1] < 200 || data[index + 2] < 200) drawn += 1;
    expect(drawn / (data.length / 4)).to.be.greaterThan(0.05, 'the wheel is in the picture, not a blank canvas');
  });
});
