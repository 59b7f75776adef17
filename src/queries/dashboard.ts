/**
 * Everything the dashboard shows for one selection, in one typed object with a key per view.
 * The selection is materialised once (see `withSelection`); the figures are then read from it one
 * after another, since a DuckDB connection runs one statement at a time.
 */
import type { DbClient } from '../data/client';
import { boroughFigures, subregionTotals, type BoroughFigures, type SubregionTotals } from './boroughs';
import { categoriesByPeriod, categoryCounts, outcomeSeries, type CategoryCounts, type CategoryPeriodRow, type OutcomeRow } from './categories';
import type { Proportion } from './counts';
import type { Filters } from './filters';
import { funnelPlotData, type FunnelData } from './funnel';
import { headlineWithChange, type HeadlineChange } from './headline';
import * as missing from './missing';
import * as online from './online';
import { investigatingUnits, referralRoutes, type RouteFigures } from './routes';
import { safeguardFactorCounts, safeguardPrevalence, type FactorCountDistribution, type FactorPrevalence } from './safeguard';
import * as suspects from './suspects';
import { withSelection } from './selection';
import { monthlyTrend, type TrendRow } from './trend';
import { femaleVictimShare, modalVictimAge, victimsByAgeAndGender, type AgeGenderRow, type ModalAge } from './victims';

/** The dashboard's data, one key per view. */
export interface DashboardData {
  headline: HeadlineChange;
  trend: TrendRow[];
  categories: { overall: CategoryCounts; byFy: CategoryPeriodRow[]; byMonth: CategoryPeriodRow[] };
  outcomes: { byFy: OutcomeRow[]; byMonth: OutcomeRow[] };
  /** Map and league table: records by offence borough, victims by home borough. */
  boroughs: { offence: BoroughFigures; home: BoroughFigures; offenceSubregions: SubregionTotals; homeSubregions: SubregionTotals };
  funnel: { offence: FunnelData; home: FunnelData };
  online: {
    totals: online.OnlineTotals; byCategory: online.OnlineCategories;
    bySubregion: online.OnlineSubregions; byFy: online.OnlineYearRow[];
  };
  victims: { female: Proportion; modalFemaleAge: ModalAge; pyramid: AgeGenderRow[] };
  suspects: {
    genders: suspects.SuspectGenders; ages: suspects.AgeComparison;
    agePairs: suspects.AgePairRow[]; relationships: suspects.RelationshipFigures;
  };
  missing: {
    byCategory: missing.MissingCategoryRow[]; episodes: missing.EpisodeDistribution;
    lookedAfter: missing.LookedAfterByMissing; categories: missing.CategoriesByMissing;
  };
  routes: { referral: RouteFigures; units: RouteFigures };
  safeguard: { prevalence: FactorPrevalence[]; factorCounts: FactorCountDistribution };
}

/**
 * Runs every dashboard query for `filters` over one materialised selection, and returns the results by
 * view. A query several figures share (the same SQL and parameters) runs once.
 */
export function dashboardData(db: DbClient, filters: Filters): Promise<DashboardData> {
  return withSelection(db, filters, (selection, remembering) => allFigures(remembering, selection));
}

/** The same figures computed straight from `records`, without a materialised selection (the reference in tests). */
export async function allFigures(db: DbClient, filters: Filters): Promise<DashboardData> {
  return {
    headline: await headlineWithChange(db, filters),
    trend: await monthlyTrend(db, filters),
    categories: {
      overall: await categoryCounts(db, filters),
      byFy: await categoriesByPeriod(db, filters, 'fy'),
      byMonth: await categoriesByPeriod(db, filters, 'month'),
    },
    outcomes: { byFy: await outcomeSeries(db, filters, 'fy'), byMonth: await outcomeSeries(db, filters, 'month') },
    boroughs: {
      offence: await boroughFigures(db, filters, 'offence'),
      home: await boroughFigures(db, filters, 'home'),
      offenceSubregions: await subregionTotals(db, filters, 'offence'),
      homeSubregions: await subregionTotals(db, filters, 'home'),
    },
    funnel: { offence: await funnelPlotData(db, filters, 'offence'), home: await funnelPlotData(db, filters, 'home') },
    online: {
      totals: await online.onlineTotals(db, filters),
      byCategory: await online.onlineByCategory(db, filters),
      bySubregion: await online.onlineBySubregion(db, filters),
      byFy: await online.onlineByFy(db, filters),
    },
    victims: {
      female: await femaleVictimShare(db, filters),
      modalFemaleAge: await modalVictimAge(db, filters, 'female'),
      pyramid: await victimsByAgeAndGender(db, filters),
    },
    suspects: await suspectData(db, filters),
    missing: await missingData(db, filters),
    routes: { referral: await referralRoutes(db, filters), units: await investigatingUnits(db, filters) },
    safeguard: { prevalence: await safeguardPrevalence(db, filters), factorCounts: await safeguardFactorCounts(db, filters) },
  };
}

/** The suspects view's figures. */
async function suspectData(db: DbClient, filters: Filters): Promise<DashboardData['suspects']> {
  return {
    genders: await suspects.suspectGenders(db, filters),
    ages: await suspects.ageComparison(db, filters),
    agePairs: await suspects.agePairs(db, filters),
    relationships: await suspects.relationships(db, filters),
  };
}

/** The missing-episodes view's figures. */
async function missingData(db: DbClient, filters: Filters): Promise<DashboardData['missing']> {
  return {
    byCategory: await missing.missingByCategory(db, filters),
    episodes: await missing.missingEpisodeDistribution(db, filters),
    lookedAfter: await missing.lookedAfterByMissing(db, filters),
    categories: await missing.categoriesByMissing(db, filters),
  };
}
