import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('street addresses in prose', () => {
  it.each([
    ['label for 742 Evergreen Terrace, Springfield, OR 97403; carrier=UPS', 'label for [address]; carrier=UPS'],
    ['ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043.', 'ship to [address].'],
    ['livraison 12 Rue de Rivoli, 75001 Paris; ok', 'livraison [address]; ok'],
    ['to 221B Baker Street, London NW1 6XE; carrier', 'to [address]; carrier'],
    ['posted my address (Via Roma 15, 20121 Milano) online', 'posted my address ([address]) online'],
    ['Meine Adresse: Friedrichstraße 43, 10117 Berlin.', 'Meine Adresse: [address].'],
    ['wohnt in der Kastanienallee 27, 10435 Berlin.', 'wohnt in der [address].'],
    ['kantoor: Prinsengracht 263, 1016 GV Amsterdam;', 'kantoor: [address];'],
    ['au 18 rue des Lilas, 69003 Lyon', 'au [address]'],
    ['bor på Drottninggatan 10, 111 51 Stockholm nu', 'bor på [address] nu'],
    ['formatted: "Storgata 21, 0184 Oslo"', 'formatted: "[address]"'],
    ['envío a Av. Insurgentes Sur 1602 hoy', 'envío a [address] hoy'],
    // British street types.
    ['I know where you live, 27 Elm Grove, Leeds LS6 2AA. call me', 'I know where you live, [address]. call me'],
    ['flat at 4 Albion Mews, London W2 2AX', 'flat at [address]'],
    // The addressee written before the street goes too, as a name.
    ['Rechnung bitte an Max Mustermann, Hauptstraße 5, 10115 Berlin', 'Rechnung bitte an [name], [address]'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'retried 3 times in 200 ms',
    'GET /posts/42 200 1532 bytes',
    'moved 12 Items to Archive',
    'Node 20 runtime, Street View API v3',
    'handled 5 Way handshake steps',
    'it is true 42 times',
    'weg 12 items',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
