import { useState } from 'react';
import { downloadBestand, type Exportformaat } from '../api/export';
import { vandaagIso } from '../aanbiederWeergave';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  /** The list's name, which starts the file's name: arrangementen-2027-03-14.csv. */
  lijst: string;
  /** Fetches the whole list with the page's current filters, in the chosen format. */
  haalOp: (formaat: Exportformaat) => Promise<Blob>;
  /** Why the export cannot run yet (e.g. the audit log needs a person or pupil); the buttons stay disabled. */
  nietMogelijk?: boolean;
  /** The formats offered, in this order; a list has CSV and Excel, a report a PDF first. */
  formaten?: readonly Exportformaat[];
}

const TEKSTEN: Readonly<Record<Exportformaat, string>> = {
  pdf: 'Downloaden als PDF',
  csv: 'Exporteren als CSV',
  xlsx: 'Exporteren als Excel',
};

const LIJST: readonly Exportformaat[] = ['csv', 'xlsx'];

/** The "Exporteren" buttons of every list: download everything that matches the filters as CSV or as an Excel file. */
export function ExporteerKnoppen({ lijst, haalOp, nietMogelijk = false, formaten = LIJST }: Props) {
  const [bezig, setBezig] = useState<Exportformaat>();
  const [fout, setFout] = useState<unknown>();

  async function exporteer(formaat: Exportformaat) {
    setBezig(formaat);
    setFout(undefined);
    try {
      downloadBestand(await haalOp(formaat), `${lijst}-${vandaagIso()}.${formaat}`);
    } catch (error) {
      setFout(error);
    } finally {
      setBezig(undefined);
    }
  }

  return (
    <div className="exporteren geen-afdruk">
      {fout !== undefined && <ProblemMessage summary="De export is niet gelukt." error={fout} />}
      <div role="group" aria-label="Exporteren" className="knoppen">
        {formaten.map((formaat) => (
          <button
            key={formaat}
            type="button"
            className="button button--secundair"
            disabled={nietMogelijk || bezig !== undefined}
            onClick={() => void exporteer(formaat)}
          >
            {bezig === formaat ? 'Bezig met exporteren…' : TEKSTEN[formaat]}
          </button>
        ))}
      </div>
    </div>
  );
}
