import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { Resultaten } from './Resultaten';

const geladen = { data: {}, error: null, isError: false, isFetchNextPageError: false, hasNextPage: false, isFetchingNextPage: false, fetchNextPage: async () => {} };

function toon(props: Partial<Parameters<typeof Resultaten>[0]>) {
  render(
    <MemoryRouter>
      <Resultaten lijst={geladen} getoond={0} enkelvoud="leerling" meervoud="leerlingen" beperkt={false} fouten={[]} {...props}>
        <table aria-label="De rijen" />
      </Resultaten>
    </MemoryRouter>,
  );
}

describe('Resultaten', () => {
  it('says an empty list found nothing that fits what the person searched with, and shows no table', () => {
    toon({ beperkt: 'zoekvragen' });
    expect(screen.getByText('Er zijn geen leerlingen die bij uw zoekvragen passen.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('counts the shown rows, or the total the API counted', () => {
    toon({ getoond: 1, lijst: { ...geladen, hasNextPage: true } });
    expect(screen.getByText('1 leerling getoond; er zijn er meer.')).toBeDefined();
    expect(screen.getByRole('table', { name: 'De rijen' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Meer laden' })).toBeDefined();
  });

  it('names the total and how many of them are shown', () => {
    toon({ getoond: 25, totaal: 40 });
    expect(screen.getByText('40 leerlingen, 25 getoond.')).toBeDefined();
  });

  it('says in words that the person has no access when the API answers 403', () => {
    toon({ lijst: { ...geladen, data: undefined, isError: true, error: new ApiError(403, undefined) } });
    expect(screen.getByText('U heeft geen toegang tot leerlingen.')).toBeDefined();
  });
});
