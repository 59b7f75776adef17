import { memo, type ReactNode } from 'react';
import { boroughName } from '../queries/boroughs';
import { CategoriesView } from './categories/CategoriesView';
import type { HeadlinePreview, ViewData } from './data/viewData';
import { HeadlineView } from './headline/HeadlineView';
import { MissingView } from './missing/MissingView';
import { OnlineView } from './online/OnlineView';
import { RoutesView } from './routes/RoutesView';
import { SafeguardView } from './safeguard/SafeguardView';
import { periodWords } from './selection';
import { SuspectsView } from './suspects/SuspectsView';
import { TrendView } from './trend/TrendView';
import type { ViewState } from './urlState';
import { VictimsView } from './victims/VictimsView';
import type { ViewProps } from './viewProps';
import { WhereView } from './where/WhereView';

/** The figures of the selection, its state, the state setter (map clicks) and the caveats panel to place. */
export interface FiguresProps {
  data: ViewData;
  state: ViewState;
  onChange: (change: (current: ViewState) => ViewState) => void;
  caveats: ReactNode;
}

/** The sections in the pack's order: anchor id, heading, and the view. */
const SECTIONS: readonly { id: string; heading: string; nav: string }[] = [
  { id: 'where', heading: 'Where: boroughs and sub-regions', nav: 'Where' },
  { id: 'categories', heading: 'Categories and outcomes', nav: 'Categories' },
  { id: 'online', heading: 'Online CSE', nav: 'Online' },
  { id: 'victims', heading: 'Victims', nav: 'Victims' },
  { id: 'suspects', heading: 'Suspects and relationships', nav: 'Suspects' },
  { id: 'missing', heading: 'Missing episodes', nav: 'Missing' },
  { id: 'routes', heading: 'Referral routes and investigating units', nav: 'Referrals' },
  { id: 'safeguard', heading: 'SAFEGUARD vulnerability factors', nav: 'SAFEGUARD' },
  { id: 'trend', heading: 'Trend', nav: 'Trend' },
];

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="section" id={`section-${id}`} aria-labelledby={`section-${id}-title`}>
      <h2 id={`section-${id}-title`}>{heading}</h2>
      {children}
    </section>
  );
}

/** The section links (shown with the figures, and with the headline preview). */
function SectionNav() {
  return (
    <nav className="figures__nav" aria-label="Sections">
      <ul>
        {SECTIONS.map(({ id, nav }) => (
          <li key={id}><a href={`#section-${id}`}>{nav}</a></li>
        ))}
      </ul>
    </nav>
  );
}

/** Place and period words for a selection. */
function wordsFor(state: ViewState): { period: string; place: string } {
  const code = state.filters.offenceBorough ?? state.filters.homeBorough;
  return { period: periodWords(state.filters), place: code ? boroughName(code) : 'London' };
}

/** The first screen while the other figures are computed: the headline, the caveats, and a reserved space. */
export function FiguresPreview({ preview, state, caveats }: { preview: HeadlinePreview; state: ViewState; caveats: ReactNode }) {
  const { period, place } = wordsFor(state);
  return (
    <div className="figures" id="figures">
      <SectionNav />
      <section className="section" aria-labelledby="section-headline-title">
        <h2 id="section-headline-title" className="visually-hidden">Headline figures</h2>
        <HeadlineView change={preview.headline} london={preview.london} period={period} place={place} />
      </section>
      {caveats}
      <p className="figures__pending" role="status">Computing the other figures…</p>
    </div>
  );
}

function AllFigures({ data, state, onChange, caveats }: FiguresProps) {
  const props: ViewProps = { data, state, ...wordsFor(state) };
  const views: Record<string, ReactNode> = {
    where: <WhereView {...props} onChange={onChange} />,
    categories: <CategoriesView {...props} />,
    online: <OnlineView {...props} />,
    victims: <VictimsView {...props} />,
    suspects: <SuspectsView {...props} />,
    missing: <MissingView {...props} />,
    routes: <RoutesView {...props} />,
    safeguard: <SafeguardView {...props} />,
    trend: <TrendView {...props} />,
  };
  return (
    <div className="figures" id="figures">
      <SectionNav />
      <section className="section" aria-labelledby="section-headline-title">
        <h2 id="section-headline-title" className="visually-hidden">Headline figures</h2>
        <HeadlineView change={data.main.headline} london={data.london?.headline.current ?? null} period={props.period} place={props.place} />
      </section>
      {caveats}
      {SECTIONS.map(({ id, heading }) => (
        <Section key={id} id={id} heading={heading}>{views[id]}</Section>
      ))}
    </div>
  );
}

/**
 * Every view for one selection, each computed from the query layer's figures. Rendered again only when
 * a prop changes (not while the next selection's figures are being computed), and then each view only
 * when its own figures did (see memoView.ts).
 */
export const Figures = memo(AllFigures);
