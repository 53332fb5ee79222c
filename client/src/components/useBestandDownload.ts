import { useState } from 'react';
import { downloadBestand } from '../api/export';

/**
 * Downloading one file of a list: which one is on its way (the buttons wait meanwhile) and which failed, with why.
 * The staff's document list and the ouder's shared documents use it alike.
 */
export function useBestandDownload() {
  const [bezig, setBezig] = useState<string>();
  const [fout, setFout] = useState<{ naam: string; error: unknown }>();

  async function download(id: string, naam: string, haalOp: () => Promise<Blob>) {
    setFout(undefined);
    setBezig(id);
    try {
      downloadBestand(await haalOp(), naam);
    } catch (error) {
      setFout({ naam, error });
    } finally {
      setBezig(undefined);
    }
  }

  return { bezig, fout, download };
}
