import { useCallback, useMemo } from 'react';
import { pyramidChart } from '../../charts/pyramidChart';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, inWords, upperFirst, share } from '../format';
import { besideLondon, isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

const AGES = Array.from({ length: 18 }, (_, age) => 17 - age);

function VictimsFigures(props: ViewProps) {
  const { data, period, place } = props;
  const { female, modalFemaleAge, pyramid } = data.main.victims;
  const londonFemale = data.london ? formatPercent(share(data.london.victims.female.count, data.london.victims.female.total)) : null;
  const drawn = useMemo(() => pyramid.filter((row): row is typeof row & { age: number; gender: 'female' | 'male' } =>
    row.age !== null && (row.gender === 'female' || row.gender === 'male')), [pyramid]);
  const notDrawn = pyramid.reduce((sum, row) => sum + row.victims, 0) - drawn.reduce((sum, row) => sum + row.victims, 0);

  const chart = useCallback((width: number, height: number) => pyramidChart(
    drawn.map((row) => ({ age: row.age, gender: row.gender, value: row.victims })),
    { width, height, ariaLabel: 'Victims by single year of age, females left and males right' },
  ), [drawn]);

  const count = (age: number, gender: string) => pyramid.find((row) => row.age === age && row.gender === gender)?.victims ?? 0;
  const table: FigureTable = {
    columns: [{ key: 'age', label: 'Age' }, { key: 'female', label: 'Female victims', format: 'count' }, { key: 'male', label: 'Male victims', format: 'count' }],
    rows: AGES.map((age) => ({ age: String(age), female: count(age, 'female'), male: count(age, 'male') })),
  };
  const modal = modalFemaleAge.age === null
    ? 'no female victim has a recorded age'
    : `${inWords(share(modalFemaleAge.count, modalFemaleAge.total))} female victims were aged ${modalFemaleAge.age}, the commonest age`;
  return (
    <div className="section__grid">
      <ChartFrame id="victims" className="wide" height={430} empty={isEmpty(props)} chart={chart} table={table}
        title={`${upperFirst(inWords(share(female.count, female.total)))} victims in ${place} were female${besideLondon(londonFemale)}; ${modal}`}
        subtitle={`${formatCount(female.count)} female of ${formatCount(female.total)} victims, ${period}; ${formatCount(modalFemaleAge.count)} of ${formatCount(modalFemaleAge.total)} female victims aged ${modalFemaleAge.age ?? '–'}. Victims counted once, at their latest record. Not drawn: ${formatCount(notDrawn)} of other or unknown gender or unknown age.`} />
    </div>
  );
}

/** View 5: victim profile — age-by-gender pyramid, female share and the commonest age. Rendered again only when its own figures change. */
export const VictimsView = memoView(VictimsFigures, ({ data }) => [data.main.headline.current.records, data.main.victims, data.london?.victims.female]);
