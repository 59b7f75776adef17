import { createContext, useContext } from 'react';
import type { ExportContext } from './exporting';

const Context = createContext<ExportContext>({ selection: '', caveats: [], marks: [] });

/** Provides the selection and caveats that every ChartFrame's exports carry. */
export const ExportContextProvider = Context.Provider;

/** The current export context (selection, caveats, marks). */
export function useExportContext(): ExportContext {
  return useContext(Context);
}
