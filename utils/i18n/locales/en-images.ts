/** What the panel says about images: loaded with the first image, not with the panel. */
export const enImages = {
  imageTooLarge:
    '{name} is {size} MB; images up to {max} MB can be attached. Save a smaller copy, or take a screenshot of it.',
  imageSvg:
    '{name} is an SVG drawing, which Sidechat does not open. Export it as PNG, or take a screenshot of it.',
  imageHeic:
    '{name} is a HEIC photo, which this browser cannot open. Save it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible), then attach it.',
  imageNotImage: '{name} is not an image. Attach PNG, JPEG, WebP or GIF files.',
  imageCorrupt:
    '{name} could not be opened as an image: it may be damaged. Save it again as PNG or JPEG, then attach it.',
  imageTooMany: 'One message can carry {max} images, so {count} {count:was|were} left out.',
  captureRestricted:
    'This tab cannot be captured: the browser keeps its own pages and the extension stores private. Switch to a web page, then try again.',
  captureNeedsPermission:
    'To take screenshots, Sidechat needs your permission to capture the tabs you choose. Allow it, then try again.',
  captureTabGone:
    'The tab beside the panel is not showing any more. Switch to the tab you want, then try again.',
  screenshotName: 'Screenshot of {title}',
  allowScreenshots: 'Allow screenshots',
} as const;
