import { describe, expect, it } from 'vitest';
import { ongeldigeInvoer } from '../test/fixtures';
import { ApiError } from './problem';
import { foutPad, verdeelFouten } from './veldfouten';

describe('verdeelFouten', () => {
  const fout = (detail: string, plek: { pointer: string } | { parameter: string } | object = {}) => ({
    code: 'c',
    detail,
    ...plek,
  });

  it('reads a JSON pointer or a parameter name as the path of an error', () => {
    expect(foutPad(fout('x', { pointer: '#/communicatiecontexten/0/email' }))).toBe('communicatiecontexten/0/email');
    expect(foutPad(fout('x', { parameter: 'werkgebied' }))).toBe('werkgebied');
    expect(foutPad(fout('x'))).toBeUndefined();
  });

  it('gives each error to the most specific field it falls under, and keeps the rest', () => {
    const error = new ApiError(
      400,
      ongeldigeInvoer([
        fout('licentie', { pointer: '#/erkenning/licenties/2' }),
        fout('erkenning', { pointer: '#/erkenning' }),
        fout('code', { pointer: '#/erkenning/code' }),
        fout('code2', { pointer: '#/erkenning/code' }),
        fout('erkenningscode-achtig', { pointer: '#/erkenning/codes' }),
        fout('zonder plek'),
      ]),
    );

    const fouten = verdeelFouten(error, ['erkenning', 'erkenning/code', 'erkenning/licenties']);

    expect(fouten.bij('erkenning/licenties')).toEqual(['licentie']);
    expect(fouten.bij('erkenning/code')).toEqual(['code', 'code2']);
    // "erkenning/codes" is not under "erkenning/code": it belongs to the fieldset.
    expect(fouten.bij('erkenning')).toEqual(['erkenning', 'erkenningscode-achtig']);
    expect(fouten.overig.map((f) => f.detail)).toEqual(['zonder plek']);
  });

  it('has nothing to place for other errors', () => {
    expect(verdeelFouten(new Error('netwerk'), ['naam']).overig).toEqual([]);
    expect(verdeelFouten(null, ['naam']).bij('naam')).toEqual([]);
  });
});
