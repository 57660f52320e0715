import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails } from './deidentify.ts';

const registry = {
  organisations: ['Vzw De Brug Borgerhout', 'Moskee Al Amal', 'Jeugdhuis Kavka'],
  people: ['Fatima El Amrani', 'Jan Peeters'],
  roundtables: ['Rondetafel Kiel'],
};
const kinds = (text: string) => findIdentifyingDetails(text, registry).map((f) => [f.kind, f.text]);

describe('de-identification check', () => {
  it('passes a statement that names nobody', () => {
    expect(kinds('Jongeren willen een plek om te sporten; de wijkagent komt te weinig langs.')).toEqual([]);
    expect(kinds('Mijn zoon werd op weg naar school drie keer gecontroleerd.')).toEqual([]);
  });

  it('flags the title of a roundtable, which could point to a source of the finding', () => {
    expect(kinds('Op de rondetafel kiel vroegen jongeren een vaste wijkagent.')).toEqual([
      ['roundtable', 'rondetafel kiel'],
    ]);
    expect(kinds('Op een rondetafel vroegen jongeren een vaste wijkagent.')).toEqual([]);
  });

  it('flags e-mail addresses and phone numbers', () => {
    expect(kinds('Mail naar fatima@debrug.be of bel 0485 12 34 56.')).toEqual([
      ['email', 'fatima@debrug.be'],
      ['phone', '0485 12 34 56'],
    ]);
    expect(kinds('Bel +32 3 123 45 67, +31 20 123 4567 of 03/231.45.67.')).toEqual([
      ['phone', '+32 3 123 45 67'],
      ['phone', '+31 20 123 4567'],
      ['phone', '03/231.45.67'],
    ]);
    expect(kinds('Appelez le 01 42 68 53 00 ou le +33 6 12 34 56 78.').map(([k]) => k)).toEqual([
      'phone',
      'phone',
    ]);
  });

  it('flags Belgian, Dutch and French street addresses and postcodes', () => {
    expect(kinds('Het gebeurde aan de Turnhoutsebaan 12 bus 3.')).toEqual([
      ['address', 'Turnhoutsebaan 12 bus 3'],
    ]);
    expect(kinds('De bijeenkomst is in de Kerkstraat.')).toEqual([['address', 'Kerkstraat']]);
    expect(kinds('Adres: 2140 Borgerhout.')).toEqual([['address', '2140 Borgerhout']]);
    expect(kinds('Postcode 1012 AB in Amsterdam')).toEqual([['address', '1012 AB']]);
    expect(kinds('Rendez-vous au 12 rue de la Paix.')).toEqual([['address', '12 rue de la Paix']]);
    expect(kinds('Le local avenue Louise 54 est fermé.')).toEqual([['address', 'avenue Louise 54']]);
  });

  it('flags organisation and person names from the partner registry, whatever the case or accents', () => {
    expect(kinds('Volgens vzw de brug borgerhout is dat zo.')).toEqual([
      ['organisation', 'vzw de brug borgerhout'],
    ]);
    expect(kinds('Fatima el Amrani vertelde het.')).toEqual([['person', 'Fatima el Amrani']]);
    expect(kinds('Dat zei Peeters al vorig jaar.')).toEqual([['person', 'Peeters']]);
    expect(kinds('In het Jeugdhuis Kavka en de moskee Al Amal.').map(([k]) => k)).toEqual([
      'organisation',
      'organisation',
    ]);
  });

  it('gives positions so the page can highlight the flagged words', () => {
    const text = 'Contact: jan@example.org';
    const [flag] = findIdentifyingDetails(text, registry);
    expect(text.slice(flag.start, flag.end)).toBe('jan@example.org');
  });
});
