// Type-level checks that the contract is typed: this file fails the typecheck (npm run typecheck, part of the build)
// when a code list in openapi.yaml falls back to a plain string or number. It has no runtime code.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** Compiles only for `true`. */
type Klopt<T extends true> = T;

/** true when T is a closed set of literals, false when it is (or contains) plain string or number. */
type IsEnum<T> = [T] extends [never] ? false : string extends T ? false : number extends T ? false : true;

type Gelijk<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type ContractTypen = [
  // The arrangement status is exactly the lifecycle's codes, in responses and in the list filter.
  Klopt<IsEnum<Schemas['Arrangement']['status']>>,
  Klopt<Gelijk<Schemas['Arrangement']['status'], 'aangevraagd' | 'in-behandeling' | 'toegekend' | 'afgewezen' | 'actief' | 'beeindigd'>>,
  Klopt<IsEnum<NonNullable<NonNullable<operations['geefArrangementen']['parameters']['query']>['status']>>>,
  Klopt<IsEnum<Schemas['Arrangement']['soort']>>,
  Klopt<IsEnum<Schemas['Arrangement']['bekostiger']>>,
  Klopt<IsEnum<Schemas['Uitvoerder']['soort']>>,
  Klopt<IsEnum<Schemas['Evaluatie']['vervolg']>>,
  Klopt<IsEnum<Schemas['School']['soort']>>,
  Klopt<IsEnum<Schemas['Gebruiker']['rol']>>,
  Klopt<IsEnum<Schemas['Gebruiker']['status']>>,
  Klopt<IsEnum<Schemas['Ik']['rollen'][number]>>,
  Klopt<IsEnum<Schemas['Erkenning']['cluster']>>,
  // Requests: required fields are required, and nullable only where a form may send null to hear every problem at once.
  Klopt<IsEnum<NonNullable<Schemas['AanvraagVerzoek']['soort']>>>,
  Klopt<Gelijk<undefined extends Schemas['AanvraagVerzoek']['toelichting'] ? true : false, false>>,
];
