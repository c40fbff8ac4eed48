/** English strings of running prompts in the panel: the `/` list, inputs, missing sources. */
export const enPrompts = {
  promptsListLabel: 'Prompts',
  noPromptMatches: 'No prompt has that command. Add prompts in Settings → Prompts.',
  runPrompt: 'Run prompt',
  promptInputsMissing: 'Fill in every box to run the prompt.',
  promptNoSelection:
    'This prompt uses the text selected on the page, but nothing is selected there. Select some text on the page, then choose the prompt again.',
  promptNoPageFacts:
    'This prompt uses the page’s address or title, which Sidechat cannot see for this tab. Open a web page beside the panel, then try again.',
  promptNoClipboard:
    'This prompt uses the clipboard, but it holds no text or Sidechat may not read it. Copy some text and allow access when asked, then try again.',
  promptPageRef: 'the page “{title}”',
  languageName: 'English',
  shortcutPrompts: 'Run a saved prompt: / at the start of a line in the message box',
};
