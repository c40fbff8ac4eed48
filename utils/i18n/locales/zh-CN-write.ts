import type { enWrite } from './en-write';

/** 写入页面的简体中文句子。 */
export const zhCNWrite: Record<keyof typeof enWrite, string> = {
  insertDone: '已插入到页面。在页面中按 Ctrl+Z 可撤销。',
  insertDoneNoUndo: '已插入到页面。这个页面不支持用 Ctrl+Z 撤销。',
  insertNoTarget:
    '页面上没有获得焦点的文本框。请先点击要插入文字的位置，再按“插入到页面”，或复制文字。',
  insertRefused: '页面没有接受插入的文字。请复制后粘贴。',
  insertNeedsPermission: 'Sidechat 需要访问此网站才能写入。请允许访问后重试。',
  insertRestricted:
    'Sidechat 无法写入这个页面（浏览器页面、扩展商店和 PDF 查看器不允许扩展访问）。请改为复制文字。',
  insertTabGone: '该标签页已关闭或已变化。请再次点击文本框后重试。',
};
