import { useCallback } from 'react';
import { barChart } from '../../charts/barChart';
import { histogramChart } from '../../charts/histogramChart';
import { GENDERS } from '../../queries/filters';
import { RELATIONSHIPS } from '../../queries/suspects';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, formatPercent, inWords, upperFirst, share } from '../format';
import { GENDER_LABELS, valueLabel } from '../labels';
import { besideLondon, isEmpty, type ViewProps } from '../viewProps';
import { memoView } from '../memoView';

const years = (value: number | null) => (value === null ? '–' : `${Number.isInteger(value) ? value : value.toFixed(1)}`);

function SuspectsFigures(props: ViewProps) {
  const { data, period } = props;
  const { genders, ages, relationships } = data.main.suspects;
  const londonRecorded = data.london
    ? formatPercent(share(data.london.suspects.relationships.recorded, data.london.suspects.relationships.total)) : null;
  const knownGender = genders.total - genders.counts.unknown;
  const recordedShare = share(relationships.recorded, relationships.total);
  const top = [...RELATIONSHIPS].sort((a, b) => relationships.counts[b] - relationships.counts[a])[0];

  const genderChart = useCallback((width: number, height: number) => barChart(
    GENDERS.map((g) => ({ label: GENDER_LABELS[g], value: genders.counts[g] })), { width, height, ariaLabel: 'Records by suspect gender' },
  ), [genders]);
  const ageChart = useCallback((width: number, height: number) => histogramChart(
    ages.bands.map((band) => ({ bin: band.band, value: band.suspects })),
    { width, height, ariaLabel: 'Suspects by age band', emphasise: null, xLabel: 'Suspect age', yLabel: 'Records' },
  ), [ages]);
  const relationshipChart = useCallback((width: number, height: number) => barChart(
    RELATIONSHIPS.map((key) => ({ label: valueLabel(key), value: share(relationships.counts[key], relationships.recorded) || 0 })),
    { width, height, ariaLabel: 'Relationship of suspect to victim, where recorded', format: (v) => formatPercent(v) },
  ), [relationships]);

  const genderTable: FigureTable = {
    columns: [{ key: 'gender', label: 'Suspect gender' }, { key: 'count', label: 'Records', format: 'count' }, { key: 'share', label: 'Share', format: 'percent' }],
    rows: GENDERS.map((g) => ({ gender: GENDER_LABELS[g], count: genders.counts[g], share: share(genders.counts[g], genders.total) })),
  };
  const ageTable: FigureTable = {
    columns: [{ key: 'band', label: 'Age band' }, { key: 'victims', label: 'Victims', format: 'count' }, { key: 'suspects', label: 'Suspects', format: 'count' }],
    rows: ages.bands.map((band) => ({ band: band.band, victims: band.victims, suspects: band.suspects })),
  };
  const relationshipTable: FigureTable = {
    columns: [{ key: 'relationship', label: 'Relationship' }, { key: 'count', label: 'Records', format: 'count' },
      { key: 'share', label: 'Share of those recorded', format: 'percent' }],
    rows: [
      ...RELATIONSHIPS.map((key) => ({ relationship: valueLabel(key), count: relationships.counts[key], share: share(relationships.counts[key], relationships.recorded) })),
      { relationship: 'Not recorded', count: relationships.total - relationships.recorded, share: null },
    ],
  };
  const empty = isEmpty(props);
  const peers = share(ages.withinThreeYears, ages.records);
  return (
    <div className="section__grid">
      <ChartFrame id="suspect-gender" height={260} empty={empty} chart={genderChart} table={genderTable}
        title={`${upperFirst(inWords(share(genders.counts.male, knownGender)))} suspects of known gender were male`}
        subtitle={`${formatCount(genders.counts.male)} of ${formatCount(knownGender)} records with the suspect's gender known (${formatCount(genders.counts.unknown)} unknown), ${period}`} />
      <ChartFrame id="suspect-age" height={260} empty={empty || ages.records === 0} chart={ageChart} table={ageTable}
        title={`${upperFirst(inWords(peers))} suspects were within 3 years of their victim's age; ${formatPercent(share(ages.suspectUnder18, ages.records))} were under 18`}
        subtitle={`${formatCount(ages.records)} of ${formatCount(ages.total)} records with both ages known, ${period}. Median age: victims ${years(ages.medianVictimAge)}, suspects ${years(ages.medianSuspectAge)}.`} />
      <ChartFrame id="relationships" className="wide" height={210} empty={empty} chart={relationshipChart} table={relationshipTable}
        lead={<p>Only {formatPercent(recordedShare)} of records ({formatCount(relationships.recorded)} of {formatCount(relationships.total)}) record a relationship between suspect and victim{besideLondon(londonRecorded)}. The breakdown below describes those records only.</p>}
        title={`Where a relationship is recorded, ${formatPercent(share(relationships.counts[top], relationships.recorded))} are ${valueLabel(top).toLowerCase()}`}
        subtitle={`Share of the ${formatCount(relationships.recorded)} records with a relationship recorded, ${period}`} />
    </div>
  );
}

/** View 6: suspects — gender, age against victims' ages (peer on peer), and relationships. Rendered again only when its own figures change. */
export const SuspectsView = memoView(SuspectsFigures, ({ data }) => [data.main.headline.current.records, data.main.suspects, data.london?.suspects.relationships]);
