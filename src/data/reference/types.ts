/** London Plan sub-regions (GLA, 2011). */
export type Subregion = 'Central' | 'East' | 'North' | 'South' | 'West';

/** One London local authority with its grouping and child population. */
export interface Borough {
  /** ONS GSS code, E09000001–E09000033: the internal identity of a borough everywhere. */
  readonly code: string;
  readonly name: string;
  /** Other spellings seen in police and council data. */
  readonly aliases: readonly string[];
  readonly innerOuter: string;
  readonly subregion: string;
  /** Children aged 0–17 (ONS mid-year estimate): the denominator of rates per 10,000 children. */
  readonly children: number;
  readonly children10to17: number;
  readonly allAges: number;
}
