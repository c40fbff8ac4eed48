/**
 * English strings of Settings → Prompts, added when the settings load (utils/prompts and
 * components/prompts), so the panel's first bundle does not carry them.
 */
export const enPromptLibrary = {
  promptsTitle: 'Prompts',
  promptsHint:
    'Type / at the start of a line in the message box to run one. Variables are filled in when it runs: {{selection}}, {{page}}, {{url}}, {{title}}, {{date}}, {{time}}, {{language}}, {{clipboard}}, {{translate_to}}, and {{input:Label}} asks before sending. Changes here are saved as you make them.',
  searchPrompts: 'Search prompts',
  noPromptsFound: 'No prompt matches “{query}”.',
  addPrompt: 'Add prompt',
  promptName: 'Prompt name',
  promptCommand: 'Command',
  promptCommandHint: 'Typed after / in the message box: one word of letters, digits, - or _.',
  promptText: 'Prompt text',
  promptPersona: 'Persona',
  promptPersonaKeep: 'The chat’s own',
  promptModel: 'Model',
  promptModelHint: 'Leave empty to keep the chat’s model.',
  promptSendAtOnce: 'Send at once when chosen',
  promptOnSelection: 'On the menu of selected text',
  promptOnPage: 'On the page’s menu',
  savePrompt: 'Save prompt',
  editPrompt: 'Edit',
  duplicatePrompt: 'Duplicate',
  deletePrompt: 'Delete',
  movePromptUp: 'Move up',
  movePromptDown: 'Move down',
  promptCopyName: '{name} (copy)',
  promptDeleted: 'Deleted “{name}”.',
  promptsReset: 'The default prompts are back.',
  resetPrompts: 'Reset to defaults',
  exportPrompts: 'Export prompts',
  importPrompts: 'Import prompts',
  promptsExported: 'Saved {count} {count:prompt|prompts} to {file}.',
  promptsImported: 'Imported {added} new and {replaced} updated prompts.',
  promptsImportRenamed: 'Commands already in use were renamed: {list}.',
  promptsSaveFailed:
    'The prompts could not be saved. Try again; if it keeps failing, restart the browser.',
  translateTo: 'Translate into',
  translateToHint:
    'What {{translate_to}} names (the Translate prompt uses it). Empty: English, or Simplified Chinese when the text is already English.',
  menuLimitNote: 'Menus show the first {count} prompts chosen for them.',
  unknownVariables: 'Sidechat does not know {list}: it is sent exactly as written.',
  errPromptNameMissing: 'Give the prompt a name.',
  errPromptNameLong: 'A name can be up to {max} characters.',
  errPromptCommandMissing: 'Give the prompt a command word, such as “summary”.',
  errPromptCommandLong: 'A command can be up to {max} characters.',
  errPromptCommandShape: 'Use one word: letters, digits, - or _, without spaces or /.',
  errPromptCommandTaken:
    '/{command} is already the command of another prompt. Choose another word.',
  errPromptTextMissing: 'Write the prompt’s text.',
  errPromptTextLong:
    'A prompt can be up to {max} characters; this one has {count}. Shorten it, or attach long text as a page.',
  errPromptsNotJson:
    'This file is not a prompts file (it is not JSON). Choose a file saved by Export prompts.',
  errPromptsNotPrompts:
    'This file holds no Sidechat prompts. Choose a file saved by Export prompts.',
  errPromptsNewer:
    'This file was made by a newer Sidechat (format {version}). Update Sidechat, then import it again.',
  errPromptsTooMany:
    'This would make {count} prompts; Sidechat keeps up to {max}. Nothing was imported.',
  errPromptsBadPrompt: 'Prompt {n} in the file cannot be used ({reason}). Nothing was imported.',
  showMorePrompts: 'Show more ({count} not shown yet)',
  badgeSendsAtOnce: 'Sends at once',
  badgeSelectionMenu: 'Selection menu',
  badgePageMenu: 'Page menu',
};
