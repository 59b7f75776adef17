/**
 * The London tile grid: one equal square per borough, placed to keep each borough's rough position and
 * neighbours (8 columns × 7 rows, north at the top). Drawn up for this project from borough centroids,
 * in the manner of the well-known "London squared" cartograms; City of London has its own tile.
 *
 *        0    1    2    3    4    5    6    7
 *   0                        ENF
 *   1              HRW  BRN  HGY  WFL
 *   2    HDN  ELG  BRT  CMD  ISL  HCK  RDB  HVG
 *   3    HNS  H&F  K&C  WSM  CTY  TWH  NWM  B&D
 *   4         RCH  WND  LBH  SWK  LSH  GRN  BXL
 *   5         KNG  MRT  CRD  BRM
 *   6              STN
 */

export interface Tile {
  readonly code: string;
  /** Short label drawn on the tile. */
  readonly abbr: string;
  readonly col: number;
  readonly row: number;
}

export const GRID_COLUMNS = 8;
export const GRID_ROWS = 7;

/** Keyed by ONS code, E09000001–E09000033. */
export const TILES: readonly Tile[] = [
  { code: 'E09000001', abbr: 'CTY', col: 4, row: 3 }, // City of London
  { code: 'E09000002', abbr: 'B&D', col: 7, row: 3 }, // Barking and Dagenham
  { code: 'E09000003', abbr: 'BRN', col: 3, row: 1 }, // Barnet
  { code: 'E09000004', abbr: 'BXL', col: 7, row: 4 }, // Bexley
  { code: 'E09000005', abbr: 'BRT', col: 2, row: 2 }, // Brent
  { code: 'E09000006', abbr: 'BRM', col: 4, row: 5 }, // Bromley
  { code: 'E09000007', abbr: 'CMD', col: 3, row: 2 }, // Camden
  { code: 'E09000008', abbr: 'CRD', col: 3, row: 5 }, // Croydon
  { code: 'E09000009', abbr: 'ELG', col: 1, row: 2 }, // Ealing
  { code: 'E09000010', abbr: 'ENF', col: 4, row: 0 }, // Enfield
  { code: 'E09000011', abbr: 'GRN', col: 6, row: 4 }, // Greenwich
  { code: 'E09000012', abbr: 'HCK', col: 5, row: 2 }, // Hackney
  { code: 'E09000013', abbr: 'H&F', col: 1, row: 3 }, // Hammersmith and Fulham
  { code: 'E09000014', abbr: 'HGY', col: 4, row: 1 }, // Haringey
  { code: 'E09000015', abbr: 'HRW', col: 2, row: 1 }, // Harrow
  { code: 'E09000016', abbr: 'HVG', col: 7, row: 2 }, // Havering
  { code: 'E09000017', abbr: 'HDN', col: 0, row: 2 }, // Hillingdon
  { code: 'E09000018', abbr: 'HNS', col: 0, row: 3 }, // Hounslow
  { code: 'E09000019', abbr: 'ISL', col: 4, row: 2 }, // Islington
  { code: 'E09000020', abbr: 'K&C', col: 2, row: 3 }, // Kensington and Chelsea
  { code: 'E09000021', abbr: 'KNG', col: 1, row: 5 }, // Kingston upon Thames
  { code: 'E09000022', abbr: 'LBH', col: 3, row: 4 }, // Lambeth
  { code: 'E09000023', abbr: 'LSH', col: 5, row: 4 }, // Lewisham
  { code: 'E09000024', abbr: 'MRT', col: 2, row: 5 }, // Merton
  { code: 'E09000025', abbr: 'NWM', col: 6, row: 3 }, // Newham
  { code: 'E09000026', abbr: 'RDB', col: 6, row: 2 }, // Redbridge
  { code: 'E09000027', abbr: 'RCH', col: 1, row: 4 }, // Richmond upon Thames
  { code: 'E09000028', abbr: 'SWK', col: 4, row: 4 }, // Southwark
  { code: 'E09000029', abbr: 'STN', col: 2, row: 6 }, // Sutton
  { code: 'E09000030', abbr: 'TWH', col: 5, row: 3 }, // Tower Hamlets
  { code: 'E09000031', abbr: 'WFL', col: 5, row: 1 }, // Waltham Forest
  { code: 'E09000032', abbr: 'WND', col: 2, row: 4 }, // Wandsworth
  { code: 'E09000033', abbr: 'WSM', col: 3, row: 3 }, // Westminster
];
