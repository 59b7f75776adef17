/** Who: the victim profile (age-by-gender pyramid), suspects and relationships, and SAFEGUARD factors. */
import { barChart, pyramidChart, type PyramidRow } from '../../charts/index';
import { RELATIONSHIPS } from '../../queries/suspects';
import { figure, hiddenNote, publishedBars, publishedTable, type PackContext } from './context';
import type { Slide } from './frame';
import { count, esc, inWords, percent, valueLabel } from './words';

const AGES = Array.from({ length: 18 }, (_, age) => age);
const SIDES = ['female', 'male'] as const;

/**
 * Victims by age (0–17) and gender as a published two-way table (rows female, male). Only row-wise
 * totals are ever published (female victims; never a total per age), and every row gets the rule
 * proven for a breakdown with its total; the column pass only hides more.
 */
function pyramidTable(ctx: PackContext) {
  const victims = (gender: string, age: number) => ctx.data.victims.pyramid
    .filter((row) => row.gender === gender && row.age === age).reduce((sum, row) => sum + row.victims, 0);
  return ctx.pub.table(SIDES.map((gender) => AGES.map((age) => victims(gender, age))));
}

/** The victim profile: "9 in 10 were female … one in four female victims were aged 15". */
export function victimsSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const genders = pub.breakdown({ female: data.victims.female.count, other: data.victims.female.total - data.victims.female.count });
  const cells = pyramidTable(ctx);
  const rows: PyramidRow[] = SIDES.flatMap((gender, g) => AGES.filter((age) => cells[g][age].value !== null)
    .map((age) => ({ age, gender, value: cells[g][age].value as number })));
  const hidden = SIDES.flatMap((gender, g) => AGES.filter((age) => cells[g][age].value === null)
    .map((age) => `${gender === 'female' ? 'Female' : 'Male'} aged ${age} (${pub.text(cells[g][age])})`));
  const female = pub.total(data.victims.modalFemaleAge.total);
  const modal = AGES.filter((age) => cells[0][age].value !== null).sort((a, b) => (cells[0][b].value ?? 0) - (cells[0][a].value ?? 0))[0];
  const svg = pyramidChart(rows, { ariaLabel: 'Victims by age and gender', document: ctx.document, width: 560, height: 460 });
  const modalText = modal === undefined ? '' : `; ${esc(inWords(pub.share(cells[0][modal], female)).toLowerCase())} female victims were aged ${modal}`;
  return {
    id: 'victims',
    title: `${esc(inWords(pub.share(genders.cells.female, genders.total)))} victims were recorded as female${modalText}`,
    subtitle: `${count(pub, genders.cells.female)} female of ${count(pub, genders.total)} victims, ${esc(ctx.period)}`
      + (modal === undefined ? '' : `; ${count(pub, cells[0][modal])} of ${count(pub, female)} female victims aged ${modal}`)
      + '. Victims counted once, at their latest record; other or unknown gender and unknown age not drawn.',
    body: `${figure(svg, hiddenNote(hidden))}<div>${publishedTable(pub, 'Victims by gender', ['', 'Victims'],
      [['Female', genders.cells.female], ['Male, other or unknown', genders.cells.other], ['All victims', genders.total]])}</div>`,
    figures: { victims_by_gender: pub.jsonBreakdown(genders),
      victims_by_age: Object.fromEntries(SIDES.map((gender, g) => [gender, Object.fromEntries(AGES.map((age) => [age, pub.json(cells[g][age])]))])) },
  };
}

/** Suspects: gender, and the relationship where one is recorded, with the "30% recorded" caveat. */
export function suspectsSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const genders = pub.breakdown(data.suspects.genders.counts);
  const rel = data.suspects.relationships;
  const relationships = pub.breakdown({ ...rel.counts, not_recorded: rel.total - rel.recorded });
  const recorded = pub.subtotal(RELATIONSHIPS.map((key) => relationships.cells[key]), relationships.total, [relationships.cells.not_recorded]);
  const top = RELATIONSHIPS.filter((key) => relationships.cells[key].value !== null)
    .sort((a, b) => (relationships.cells[b].value ?? 0) - (relationships.cells[a].value ?? 0))[0];
  const known = pub.subtotal([genders.cells.female, genders.cells.male, genders.cells.other], genders.total, [genders.cells.unknown]);
  const [knownGender, ofWhom] = known.value !== null ? [known, 'suspects of known gender'] : [genders.total, 'suspects'];
  return {
    id: 'suspects',
    title: `Where a relationship is recorded, ${top ? `${percent(pub.share(relationships.cells[top], recorded))} of suspects are ${esc(valueLabel(top).toLowerCase())}s of the victim` : '–'}; `
      + `${esc(inWords(pub.share(genders.cells.male, knownGender)).toLowerCase())} ${ofWhom} were male`,
    subtitle: `Caveat: only ${percent(pub.share(recorded, relationships.total))} of records (${count(pub, recorded)} of ${count(pub, relationships.total)}) record the suspect's relationship to the victim, `
      + `so relationship figures describe those records only. Suspects counted per record, ${esc(ctx.period)}.`,
    body: `${publishedBars(ctx, RELATIONSHIPS.map((key) => [valueLabel(key), relationships.cells[key]] as const),
      { ariaLabel: 'Records by suspect relationship, where recorded', width: 520, height: 230 })}
<div>${publishedTable(pub, 'Records by suspect gender', ['', 'Records'], (['female', 'male', 'other', 'unknown'] as const).map((g) => [valueLabel(g), genders.cells[g]] as const))}
${publishedTable(pub, 'Records by suspect relationship', ['', 'Records'], [...RELATIONSHIPS, 'not_recorded' as const].map((k) => [valueLabel(k), relationships.cells[k]] as const))}</div>`,
    figures: { suspects_by_gender: pub.jsonBreakdown(genders), relationship: pub.jsonBreakdown(relationships) },
  };
}

/** SAFEGUARD factors: each factor's prevalence among victims with it recorded, and how many carry three or more. */
export function safeguardSlide(ctx: PackContext): Slide {
  const { pub, data } = ctx;
  const factors = data.safeguard.prevalence.map((f) => ({ label: f.label, present: pub.total(f.present), recorded: pub.total(f.recorded) }));
  const shown = factors.filter((f) => pub.share(f.present, f.recorded) !== null)
    .map((f) => ({ label: f.label, value: Math.round((pub.share(f.present, f.recorded) as number) * 100) }));
  const hidden = factors.filter((f) => pub.share(f.present, f.recorded) === null).map((f) => f.label);
  const dist = pub.breakdown(Object.fromEntries(data.safeguard.factorCounts.rows.map((r) => [String(r.factors), r.victims])) as Record<string, number>);
  const threePlus = pub.subtotal(['3', '4', '5', '6', '7', '8', '9'].map((k) => dist.cells[k]), dist.total, ['0', '1', '2'].map((k) => dist.cells[k]));
  const top = [...shown].sort((a, b) => b.value - a.value)[0];
  const svg = barChart(shown, { ariaLabel: 'Share of victims with each SAFEGUARD factor', document: ctx.document, width: 600, height: 300,
    format: (v) => `${v}%` });
  return {
    id: 'safeguard',
    title: `${top ? `${esc(top.label)} was the commonest vulnerability factor (${top.value}% of victims with it recorded); ` : ''}`
      + `${percent(pub.share(threePlus, dist.total))} of victims carried three or more of the nine factors`,
    subtitle: `${count(pub, threePlus)} of ${count(pub, dist.total)} victims, ${esc(ctx.period)}; shares are of victims with each factor recorded either way; a factor not recorded counts as absent.`,
    body: `${figure(svg, hiddenNote(hidden))}<div>${publishedTable(pub, 'Victims by factor', ['', 'Present', 'Recorded'], factors.map((f) => [f.label, f.present, f.recorded] as const))}</div>`,
    figures: { safeguard: { factors: Object.fromEntries(data.safeguard.prevalence.map((f, i) => [f.column, { present: pub.json(factors[i].present), recorded: pub.json(factors[i].recorded) }])),
      factor_counts: pub.jsonBreakdown(dist) } },
  };
}
