/**
 * The optional background map. None by default: the dashboard must work on locked-down networks and
 * send nothing off the machine. A deployment that allows a tile server sets, at build time,
 * VITE_TILE_URL (e.g. an internal server's `https://tiles.example/{z}/{x}/{y}.png`) and
 * VITE_TILE_ATTRIBUTION (the text its licence requires).
 */
export const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
export const TILE_ATTRIBUTION: string | undefined = import.meta.env.VITE_TILE_ATTRIBUTION || undefined;
