import sharp from 'sharp';

/** The demo cover's size: wide enough for the 1200-pixel share rendition. */
export const demoImageSize = { width: 1600, height: 900 };

// A family room drawn in flat shapes: a window, a sofa, a lamp and a low table with cups.
// Drawn here rather than taken from a photo bank, so the seed carries nothing to license.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#f3efe6"/>
  <rect y="690" width="1600" height="210" fill="#d9c7a7"/>
  <rect x="180" y="130" width="420" height="360" rx="12" fill="#bfe0ea" stroke="#ffffff" stroke-width="18"/>
  <line x1="390" y1="130" x2="390" y2="490" stroke="#ffffff" stroke-width="14"/>
  <circle cx="500" cy="230" r="46" fill="#ffd76a"/>
  <rect x="760" y="430" width="460" height="230" rx="60" fill="#00566f"/>
  <rect x="720" y="480" width="90" height="240" rx="40" fill="#004556"/>
  <rect x="1170" y="480" width="90" height="240" rx="40" fill="#004556"/>
  <rect x="800" y="560" width="380" height="110" rx="30" fill="#0a6d88"/>
  <rect x="1380" y="260" width="16" height="440" fill="#5b4a3a"/>
  <path d="M1300 270 L1476 270 L1430 160 L1346 160 Z" fill="#f2b544"/>
  <rect x="420" y="620" width="240" height="24" rx="8" fill="#8a6a4a"/>
  <rect x="440" y="644" width="16" height="70" fill="#8a6a4a"/>
  <rect x="624" y="644" width="16" height="70" fill="#8a6a4a"/>
  <rect x="470" y="586" width="44" height="34" rx="6" fill="#ffffff"/>
  <rect x="560" y="586" width="44" height="34" rx="6" fill="#ffffff"/>
</svg>`;

/** The demo cover image as a JPEG, rendered by sharp from the drawing above. */
export function demoImage(): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
