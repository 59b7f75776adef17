import { memo } from 'react';
import type { Headline, HeadlineChange } from '../../queries/headline';
import { ChartFrame } from '../frame/ChartFrame';
import type { FigureTable } from '../frame/table';
import { formatCount, inWords, share } from '../format';
import { headlineTiles } from './tiles';

/** The headline with its change, London's headline beside a borough, and the period and place in words. */
export interface HeadlineViewProps {
  change: HeadlineChange;
  london: Headline | null;
  /** "FY 2014/15", "all years"… */
  period: string;
  /** "London" or the borough's name. */
  place: string;
}

function HeadlineFigures({ change, london, period, place }: HeadlineViewProps) {
  const { current } = change;
  const tiles = headlineTiles(change, london);
  const category1 = share(current.category1Records, current.records);
  const title = current.records
    ? `${formatCount(current.records)} flagged records in ${place}; ${inWords(category1)} were Category 1 'At risk'`
    : 'No flagged records';
  const subtitle = `${formatCount(current.records)} records and ${formatCount(current.victims)} victims, ${period}` +
    (change.previousPartial && change.previousFy ? `. FY ${change.previousFy} is a part-year in the data (flags began October 2013): changes are not like for like` : '');
  const table: FigureTable = {
    columns: [
      { key: 'figure', label: 'Figure' }, { key: 'value', label: place }, ...(london ? [{ key: 'london', label: 'London' }] : []),
      { key: 'detail', label: 'Out of' }, { key: 'change', label: 'Change' },
    ],
    rows: tiles.map((tile) => ({ figure: tile.label, value: tile.value, london: tile.london, detail: tile.detail, change: tile.change })),
  };
  return (
    <ChartFrame id="headline" title={title} subtitle={subtitle} table={table} height={170} empty={current.records === 0} className="wide" imageSelector={null}>
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.id} className="tile" data-testid={`headline-${tile.id}`}>
            <span className="tile__label">{tile.label}</span>
            <span className="tile__value" data-testid={`headline-${tile.id}-value`}>{tile.value}</span>
            <span className="tile__detail">{tile.detail}</span>
            {tile.london !== null ? (
              <span className="tile__london" data-testid={`headline-${tile.id}-london`}>London: {tile.london}</span>
            ) : null}
            {tile.change ? <span className="tile__change">{tile.change}</span> : null}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

/**
 * View 1: the headline figures, with the change on the previous year and London beside a borough.
 * Rendered again only when one of its props changes (its figures keep their identity while equal).
 */
export const HeadlineView = memo(HeadlineFigures);
