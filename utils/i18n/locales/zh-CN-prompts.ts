import type { enPrompts } from './en-prompts';

/** 在侧边栏中运行提示词的简体中文文案。 */
export const zhCNPrompts: Record<keyof typeof enPrompts, string> = {
  promptsListLabel: '提示词',
  noPromptMatches: '没有使用这个命令的提示词。可在“设置 → 提示词”中添加。',
  runPrompt: '运行提示词',
  promptInputsMissing: '请填写所有输入框后再运行提示词。',
  promptNoSelection:
    '这个提示词需要页面上选中的文字，但页面上没有选中内容。请先在页面上选中文字，再选择这个提示词。',
  promptNoPageFacts:
    '这个提示词需要页面的地址或标题，但 Sidechat 无法读取这个标签页的信息。请在侧边栏旁打开一个网页后重试。',
  promptNoClipboard:
    '这个提示词需要剪贴板内容，但剪贴板中没有文字，或 Sidechat 无权读取。请复制一些文字，并在询问时允许访问，然后重试。',
  promptPageRef: '页面《{title}》',
  languageName: '简体中文',
  shortcutPrompts: '运行已保存的提示词：在输入框的行首输入 /',
};
