/** Small fixed datasets for chart tests, shaped like the MOPAC Challenge pack (June 2015). */
import type { BarRow, BinRow, FunnelData, LineRow, ProportionRow, PyramidRow, RangeRow, TrendRow } from '../../src/charts';

export const SCRIPT_LABEL = '<script>alert("x")</script>';

export const boroughBars: BarRow[] = [
  { label: 'Lambeth', value: 118 },
  { label: 'Barking and Dagenham', value: 152 },
  { label: 'Newham', value: 139 },
  { label: 'Southwark', value: 96 },
  { label: SCRIPT_LABEL, value: 7 },
];

const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

export const categoryShares: ProportionRow[] = [
  { x: '2013/14', series: 'Category 1', value: 640 },
  { x: '2013/14', series: 'Category 2', value: 190 },
  { x: '2013/14', series: 'Category 3', value: 90 },
  { x: '2014/15', series: 'Category 1', value: 1296 },
  { x: '2014/15', series: 'Category 2', value: 370 },
  { x: '2014/15', series: 'Category 3', value: 186 },
];

export const monthlyShares: ProportionRow[] = [9, 10, 11, 12].flatMap((month, i) => [
  { x: utc(2013, month), series: 'Category 1', value: 50 + i * 5 },
  { x: utc(2013, month), series: 'Category 2', value: 15 },
  { x: utc(2013, month), series: 'Category 3', value: 5 + i },
]);

export const outcomeLines: LineRow[] = ['Suspicion', 'Crime', 'Detections', 'Intelligence/disruption'].flatMap((series, s) =>
  Array.from({ length: 6 }, (_, m) => ({ date: utc(2014, m + 4), series, value: [90, 60, 12, 8][s] + ((m * (s + 3)) % 7) })));

export const trendRows: TrendRow[] = Array.from({ length: 18 }, (_, i) => ({
  month: utc(2013, 10 + i),
  count: 130 + ((i * 37) % 45),
  rolling12: i < 11 ? null : 1700 + i * 12,
}));

export const pyramidRows: PyramidRow[] = [10, 11, 12, 13, 14, 15, 16, 17].flatMap((age) => [
  { age, gender: 'female' as const, value: [4, 9, 25, 60, 95, 120, 70, 30][age - 10] },
  { age, gender: 'male' as const, value: [1, 2, 3, 6, 9, 12, 8, 4][age - 10] },
]);

export const missingBins: BinRow[] = [...Array.from({ length: 15 }, (_, i) => String(i)), '15+']
  .map((bin, i) => ({ bin, value: i === 15 ? 41 : Math.round(300 / (i + 1)) }));

export const funnelData: FunnelData = {
  centre: 14,
  limits: Array.from({ length: 25 }, (_, i) => 2000 + i * 4000).map((population) => {
    const se = (z: number) => z * Math.sqrt((14 / 10000) * (1 - 14 / 10000) / population) * 10000;
    return { population, lower95: 14 - se(1.96), upper95: 14 + se(1.96), lower998: 14 - se(3.09), upper998: 14 + se(3.09) };
  }),
  points: [
    { label: 'Barking and Dagenham', population: 64341, rate: 23.6 },
    { label: 'Newham', population: 83000, rate: 16.7 },
    { label: 'Barnet', population: 92218, rate: 8.1 },
    { label: 'Camden', population: 36292, rate: 13.2 },
    { label: 'Bexley', population: 57761, rate: 11.0 },
  ],
};

export const rateRanges: RangeRow[] = [
  { label: 'Barking and Dagenham', value: 23.6, low: 20.1, high: 27.5 },
  { label: 'Newham', value: 16.7, low: 14.2, high: 19.6 },
  { label: 'Camden', value: 13.2, low: 9.9, high: 17.3 },
  { label: SCRIPT_LABEL, value: 8.1, low: 6.4, high: 10.1 },
];
