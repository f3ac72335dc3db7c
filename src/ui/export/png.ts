// PNG export in the browser: draw the exported SVG into a canvas and encode it. The SVG
// is self-contained (attributes only, no external fonts or images), so the canvas is
// never tainted and toBlob succeeds.
import type { SvgExport } from './renderSvg.tsx';

export async function svgToPngBlob({ svg, width, height }: SvgExport, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas, so the PNG could not be made.');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
