/** One entry of test/fixtures/reading-corpus.json: a cell as the file holds it (null: the column is absent) and what the SQL rules made of it. */
export interface CorpusEntry {
  column: string;
  input: string | null;
  text: string | null;
  value: string | number | boolean | null;
  reason: string | null;
}
