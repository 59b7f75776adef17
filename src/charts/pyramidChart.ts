/** Age-by-gender pyramid: single years 0–17 upwards, females to the left, males to the right. */
import * as Plot from '@observablehq/plot';
import { formatAbsolute, formatValue } from './format';
import { finishSvg, plotBase, TEXT_COLOUR, type ChartOptions } from './options';
import { GENDER_COLOURS } from './palette';

export interface PyramidRow {
  age: number;
  gender: 'female' | 'male';
  value: number;
}

export interface PyramidOptions extends ChartOptions {
  /** Youngest and oldest age shown (default 0 and 17). */
  ages?: readonly [number, number];
  /** Write each value at the end of its bar (default true). */
  valueLabels?: boolean;
  format?: (value: number) => string;
}

const SIDES = { female: { label: 'Female', sign: -1 }, male: { label: 'Male', sign: 1 } } as const;

/** A pyramid of `rows`; ages without a row show as empty. */
export function pyramidChart(rows: readonly PyramidRow[], options: PyramidOptions): SVGSVGElement {
  const [youngest, oldest] = options.ages ?? [0, 17];
  const format = options.format ?? formatValue;
  const ages = Array.from({ length: oldest - youngest + 1 }, (_, i) => oldest - i);
  const data = rows.filter((row) => row.age >= youngest && row.age <= oldest && row.gender in SIDES)
    .map((row) => ({ ...row, x: SIDES[row.gender].sign * row.value }));
  const max = Math.max(1, ...data.map((row) => row.value));
  const labelled = (options.valueLabels ?? true) ? data.filter((row) => row.value > 0) : [];
  const svg = Plot.plot({
    ...plotBase(options, ages.length * 20 + 70),
    marginLeft: 44, marginRight: 36, marginTop: 30,
    x: { domain: [-max * 1.12, max * 1.12], label: null, tickFormat: formatAbsolute(format), grid: true, nice: true },
    y: { domain: ages, label: 'Age', labelAnchor: 'top', labelArrow: 'none', tickSize: 0, padding: 0.12 },
    marks: [
      Plot.barX(data, { x: 'x', y: 'age', fill: (row: PyramidRow) => GENDER_COLOURS[row.gender],
        title: (row: PyramidRow) => `${SIDES[row.gender].label}, aged ${row.age}: ${format(row.value)}` }),
      Plot.ruleX([0], { stroke: TEXT_COLOUR }),
      (['female', 'male'] as const).map((gender) => Plot.text(labelled.filter((row) => row.gender === gender), {
        x: 'x', y: 'age', text: (row: PyramidRow) => format(row.value), fill: TEXT_COLOUR,
        textAnchor: gender === 'female' ? 'end' : 'start', dx: gender === 'female' ? -4 : 4 })),
      Plot.text([SIDES.female, SIDES.male], { x: (side: { sign: number }) => side.sign * max * 0.5, frameAnchor: 'top', dy: -20,
        text: 'label', fontWeight: 'bold', fill: TEXT_COLOUR }),
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, options);
}
