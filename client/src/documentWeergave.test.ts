import { describe, expect, it } from 'vitest';
import { inhoudsdispositie, uploadtype } from './api/documenten';
import { grootteTekst } from './documentWeergave';

describe('grootteTekst', () => {
  it.each([
    [1, '1 kB'],
    [1536, '2 kB'],
    [1024 * 1023, '1023 kB'],
    [1024 * 1024, '1,0 MB'],
    [2_516_582, '2,4 MB'],
    [10 * 1024 * 1024, '10,0 MB'],
  ])('%d bytes is %s', (bytes, tekst) => {
    expect(grootteTekst(bytes)).toBe(tekst);
  });
});

describe('an upload’s headers', () => {
  it('names the file in Content-Disposition with every character encoded as RFC 8187 asks', () => {
    expect(inhoudsdispositie("Sanne's verslag (1) é*.pdf")).toBe("attachment; filename*=UTF-8''Sanne%27s%20verslag%20%281%29%20%C3%A9%2A.pdf");
  });

  it('declares a document type as the browser knows it, anything else as octet-stream', () => {
    expect(uploadtype(new File([''], 'a.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(uploadtype(new File([''], 'a.svg', { type: 'image/svg+xml' }))).toBe('application/octet-stream');
    expect(uploadtype(new File([''], 'a', { type: '' }))).toBe('application/octet-stream');
  });
});
