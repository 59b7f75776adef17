/**
 * Boroughs whose outline in public/london-boroughs.geojson is broken (found while building the map):
 * Barking and Dagenham and Greenwich are single slivers of about 0.2 km² (the real boroughs are about 36 and
 * 47 km²) and Newham is an empty MultiPolygon, so the map cannot show them. Tests pin this list so that a fixed
 * file makes them fail: then empty the list.
 */
export const BROKEN_OUTLINES = ['E09000002', 'E09000011', 'E09000025'] as const;
