/** A running WebDAV server for tests (Apache httpd with mod_dav_fs). */
export interface WebDavServer {
  /** Base URL of the DAV root, ending in `/dav/`. */
  url: string;
  /** The folder on disk behind it. */
  root: string;
  stop(): Promise<void>;
}
export function apacheAvailable(): boolean;
export function startWebDav(options?: { users?: Record<string, string> }): Promise<WebDavServer>;
