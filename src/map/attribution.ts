/** Attribution the borough map must carry (data/reference/SOURCES.md). Trusted constants, not data. */

/** Boundaries and population: Open Government Licence v3.0 wording. */
export const BOUNDARY_ATTRIBUTION =
  'Contains National Statistics data © Crown copyright and database right 2025. ' +
  'Contains OS data © Crown copyright and database right 2025.';

/** The denominator of "rate per 10,000 children". */
export const POPULATION_ATTRIBUTION =
  'Rates per 10,000 children use ONS mid-year population estimates of children aged 0–17 (mid-2022/23).';

/** Escapes text for Leaflet's attribution control, which takes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
