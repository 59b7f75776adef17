/** The numbers behind the missing-episodes view. */
import type { DashboardData } from '../../queries/dashboard';
import { CATEGORIES } from '../../queries/filters';
import type { FigureTable } from '../frame/table';
import { share } from '../format';
import { CATEGORY_LABELS } from '../labels';

/** Tables for each figure of the missing view. */
export function missingTables(missing: DashboardData['missing']): Record<'byCategory' | 'episodes' | 'lookedAfter' | 'categories', FigureTable> {
  const groups = [['missing', 'Reported missing'], ['notMissing', 'Not reported missing']] as const;
  return {
    byCategory: {
      columns: [{ key: 'category', label: 'Category' }, { key: 'missing', label: 'Victims reported missing', format: 'count' },
        { key: 'known', label: 'Victims with a count recorded', format: 'count' }, { key: 'share', label: 'Share missing', format: 'percent' }],
      rows: missing.byCategory.map((row) => ({ category: CATEGORY_LABELS[row.category], missing: row.missing, known: row.known, share: share(row.missing, row.known) })),
    },
    episodes: {
      columns: [{ key: 'episodes', label: 'Missing episodes' }, { key: 'victims', label: 'Victims', format: 'count' }],
      rows: [...missing.episodes.rows.map((row) => ({ episodes: row.episodes, victims: row.victims })), { episodes: 'Not recorded', victims: missing.episodes.unknown }],
    },
    lookedAfter: {
      columns: [{ key: 'group', label: 'Victims' }, { key: 'lookedAfter', label: 'Looked-after', format: 'count' },
        { key: 'known', label: 'Flag recorded', format: 'count' }, { key: 'share', label: 'Share looked-after', format: 'percent' }],
      rows: groups.map(([key, label]) => ({ group: label, lookedAfter: missing.lookedAfter[key].lookedAfter, known: missing.lookedAfter[key].known,
        share: share(missing.lookedAfter[key].lookedAfter, missing.lookedAfter[key].known) })),
    },
    categories: {
      columns: [{ key: 'group', label: 'Victims' }, ...CATEGORIES.map((c) => ({ key: `c${c}`, label: CATEGORY_LABELS[c], format: 'count' as const })),
        { key: 'total', label: 'Total', format: 'count' }],
      rows: groups.map(([key, label]) => ({ group: label, c1: missing.categories[key].counts['1'], c2: missing.categories[key].counts['2'],
        c3: missing.categories[key].counts['3'], total: missing.categories[key].total })),
    },
  };
}
