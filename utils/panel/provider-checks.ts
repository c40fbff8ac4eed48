// Test connection's requests, as the panel makes them: the answer, or the sentence saying
// why there is none (never a thrown error for the form to catch).
import { t } from '@/utils/i18n/translate';
import { parseAdaptations, type Adaptations } from '@/utils/providers/adaptation';
import type { ModelListTarget } from '@/utils/providers/model-target';
import type { SyncOutcome } from '@/utils/sync/config';
import { RequestFailed, type PanelConnection } from './connection';

/** What listModels answers: the model names, or a sentence saying why there are none. */
export type ModelListAnswer = { models: string[] } | { error: string };

/** What a test reply finds: what the server refuses, or why the reply failed. */
export type ProbeAnswer = { adaptations: Adaptations } | { error: string };

const sentenceOf = (error: unknown): string =>
  error instanceof RequestFailed ? error.sentence : t('connectionLost');

/** Asks the background which models a provider offers (a saved profile or a draft). */
export function listModelsThrough(
  connection: PanelConnection,
  target: { profileId: string } | ModelListTarget,
): Promise<ModelListAnswer> {
  return connection.request('listModels', { target }).then(
    (models) => ({ models }),
    (error: unknown) => ({ error: sentenceOf(error) }),
  );
}

/**
 * Asks the background for a short test reply from a draft profile's model; answers with
 * what its server was found to refuse, or a sentence saying why it failed.
 */
export function probeChatThrough(
  connection: PanelConnection,
  profileId: string,
  target: ModelListTarget,
  model: string,
): Promise<ProbeAnswer> {
  return connection.request('probeChat', { profileId, target, model }).then(
    (value) => ({ adaptations: parseAdaptations(value) }),
    (error: unknown) => ({ error: sentenceOf(error) }),
  );
}

/** A sync request's outcome; a lost connection is a sentence too. */
function syncThrough(
  connection: PanelConnection,
  type: 'syncNow' | 'syncTest',
): Promise<SyncOutcome> {
  return connection.request(type, {}).catch((error: unknown): SyncOutcome => ({
    ok: false,
    code: 'server',
    message: sentenceOf(error),
  }));
}

/** What Test connection and the model picker ask of one connection (`session.checks`). */
export function connectionChecks(connection: PanelConnection) {
  return {
    /** Which models a provider offers (a saved profile or a draft). */
    listModels: (target: { profileId: string } | ModelListTarget) =>
      listModelsThrough(connection, target),
    /** A short test reply from a draft profile's model (Test connection's second step). */
    probeChat: (profileId: string, target: ModelListTarget, model: string) =>
      probeChatThrough(connection, profileId, target, model),
    /** Sync now, with the settings saved in storage (Settings → Sync). */
    syncNow: () => syncThrough(connection, 'syncNow'),
    /** Test connection of Settings → Sync: reaches the folder, writes nothing. */
    syncTest: () => syncThrough(connection, 'syncTest'),
  };
}

/** What Test connection asks the background: the model list, then a short test reply. */
export type ConnectionChecks = ReturnType<typeof connectionChecks>;
