/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional tile server for the borough map; unset (the default) means no background tiles. */
  readonly VITE_TILE_URL?: string;
  /** Attribution text the tile server's licence requires. */
  readonly VITE_TILE_ATTRIBUTION?: string;
}
