import { ExportIcon, ImportIcon } from '@/components/ui/icons';
import { t } from '@/utils/i18n/translate';
import { downloadBlob } from '@/utils/transfer/download';
import { exportFileName } from '@/utils/transfer/export';
import { PROMPT_LIMITS } from '@/utils/limits';
import { PROBLEM_TEXT } from '@/utils/panel/prompt-form';
import type { PromptLibrary } from '@/utils/prompts/library';
import {
  mergePrompts,
  parsePromptsFile,
  promptsFileText,
  type PromptsFileProblem,
} from '@/utils/prompts/transfer';

/** The largest prompts file read (1,000 prompts of 100,000 characters, as JSON). */
const MAX_FILE_BYTES = 120 * 1024 * 1024;

/** Why a file was refused, as a sentence saying what to do. */
function problemText(problem: PromptsFileProblem): string {
  switch (problem.kind) {
    case 'not_json':
      return t('errPromptsNotJson');
    case 'not_prompts':
      return t('errPromptsNotPrompts');
    case 'newer':
      return t('errPromptsNewer', { version: problem.version });
    case 'too_many':
      return t('errPromptsTooMany', { count: problem.count, max: PROMPT_LIMITS.count });
    case 'bad_prompt': {
      const reason =
        problem.problem === 'bad_prompt' || problem.problem === 'duplicate_id'
          ? t('errPromptsNotPrompts')
          : t(PROBLEM_TEXT[problem.problem], {
              max: PROMPT_LIMITS.text,
              count: PROMPT_LIMITS.text,
              command: '',
            });
      return t('errPromptsBadPrompt', { n: problem.index + 1, reason });
    }
  }
}

/** "Export prompts" and "Import prompts" (all or nothing), reporting in `onStatus`. */
export function PromptsTransfer({
  library,
  onImported,
  onStatus,
}: {
  library: PromptLibrary;
  onImported(library: PromptLibrary, message: string): void;
  onStatus(text: string, failed: boolean): void;
}) {
  const runExport = (): void => {
    const file = exportFileName('sidechat-prompts', 'json');
    downloadBlob(new Blob([promptsFileText(library)], { type: 'application/json' }), file);
    onStatus(t('promptsExported', { count: library.prompts.length, file }), false);
  };

  const runImport = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE_BYTES) {
      onStatus(t('errPromptsNotPrompts'), true);
      return;
    }
    const parsed = parsePromptsFile(await file.text().catch(() => ''));
    if ('problem' in parsed) {
      onStatus(problemText(parsed.problem), true);
      return;
    }
    const merged = mergePrompts(
      { ...library, translateTo: library.translateTo || parsed.translateTo },
      parsed.prompts,
    );
    if ('problem' in merged) {
      onStatus(problemText(merged.problem), true);
      return;
    }
    const renamed = merged.renamed.map(({ from, to }) => `/${from} → /${to}`).join(', ');
    const message = [
      t('promptsImported', { added: merged.added, replaced: merged.replaced }),
      renamed && t('promptsImportRenamed', { list: renamed }),
    ]
      .filter(Boolean)
      .join(' ');
    onImported(merged.library, message);
  };

  return (
    <div class="prompts__transfer">
      <button type="button" class="button prompts__transfer-button" onClick={runExport}>
        <ExportIcon size={14} aria-hidden="true" />
        {t('exportPrompts')}
      </button>
      <label class="button prompts__transfer-button">
        <ImportIcon size={14} aria-hidden="true" />
        {t('importPrompts')}
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          aria-label={t('importPrompts')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void runImport(file);
          }}
        />
      </label>
    </div>
  );
}
