/** The caveats panel: what the data cannot say, stated before anyone reads a number as fact. */
export function CaveatsPanel({ statements }: { statements: readonly string[] }) {
  return (
    <aside className="caveats" aria-labelledby="caveats-title" data-testid="caveats">
      <h2 id="caveats-title">What this data cannot tell you</h2>
      <ul>
        {statements.map((statement) => (
          <li key={statement}>{statement}</li>
        ))}
      </ul>
      <p className="caveats__note">These caveats are included in every CSV, SVG and PNG you download.</p>
    </aside>
  );
}
