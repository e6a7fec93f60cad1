/** The PNG half of the export, in its own module: the wheel imports it on the first `toPNG()`. */

export interface PngOptions {
  width: number;
  height: number;
  /** Pixel density (default 2, for sharp prints and high-density screens). */
  scale?: number;
  /** Canvas background (default white; PNG viewers show transparency badly). */
  background?: string;
}

/** Draws a standalone SVG text onto a canvas (via an Image from a Blob URL) and returns a PNG. */
export async function svgToPng(svgText: string, { width, height, scale = 2, background = '#ffffff' }: PngOptions): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
