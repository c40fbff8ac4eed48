import type { enImages } from './en-images';

export const zhCNImages: Record<keyof typeof enImages, string> = {
  imageTooLarge:
    '{name} 有 {size} MB，最多可附加 {max} MB 的图片。请另存一个较小的副本，或为它截图。',
  imageSvg: '{name} 是 SVG 矢量图，Sidechat 不打开这类文件。请导出为 PNG，或为它截图。',
  imageHeic:
    '{name} 是 HEIC 照片，此浏览器无法打开。请存为 JPEG（iPhone：设置 → 相机 → 格式 → 兼容性最佳），然后再附加。',
  imageNotImage: '{name} 不是图片。请附加 PNG、JPEG、WebP 或 GIF 文件。',
  imageCorrupt: '{name} 无法作为图片打开，文件可能已损坏。请重新存为 PNG 或 JPEG 后再附加。',
  imageTooMany: '一条消息最多附带 {max} 张图片，已略去 {count} 张。',
  captureRestricted:
    '无法截取此标签页：浏览器不允许截取其自身页面和扩展商店。请切换到普通网页后重试。',
  captureNeedsPermission: '截图需要你允许 Sidechat 截取你所选的标签页。请先允许，然后重试。',
  captureTabGone: '面板旁的标签页已不再显示。请切换到你要截图的标签页，然后重试。',
  screenshotName: '{title} 的截图',
  allowScreenshots: '允许截图',
};
