// Apart from the zod schemas (export-format.ts) so that writing a file, which the panel does,
// does not pull the validator into the panel's bundle.

/** The `format` every Sidechat history file declares. */
export const EXPORT_FORMAT = 'sidechat-history';
/** The newest file version this build writes and reads. */
export const EXPORT_VERSION = 3;
