import { encode } from 'uqr';

/** A QR code drawn as one SVG path: `size` modules square (the quiet zone included), `path` the dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
  /** The modules, row by row (`true` dark), as the library made them: what `path` draws. */
  modules: boolean[][];
}

/**
 * The QR code of a text (a page's address), with error correction M (a printed poster gets
 * creased and smudged) and the four-module quiet zone the standard asks for. Made by `uqr`
 * (a port of Nayuki's QR Code generator), on this device: nothing is sent anywhere. Each run of
 * dark modules in a row is one rectangle of the path, so the SVG stays small and prints crisp.
 */
export function qrDrawing(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path, modules: data };
}
