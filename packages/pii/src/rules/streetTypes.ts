/** Street types written after the name (`Baker Street`) and before it (`Rue de Rivoli`, `Via Roma`). */
export const STREET_SUFFIXES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Gardens|Grove|Mews|Rise|Walk|Wharf|Row|Trail|Alley';
export const STREET_PREFIXES =
  'Rue|Avenue|Avenida|Boulevard|Via|Viale|Piazza|Calle|Carrer|Rua|Praça|Plaza|Paseo|Chemin|Allée|Quai';
/** Prefixes written lower-case or abbreviated (`18 rue des Lilas`, `Av. Insurgentes Sur 1602`), matched with the space after them. */
export const STREET_PREFIXES_SPACED = String.raw`rue|Av\.|Avda\.`;
/** Street types that end the street's name in Germanic and Nordic languages (`Kastanienallee 27`, `Prinsengracht 263`, `Drottninggatan 10`). */
export const GERMANIC_SUFFIXES =
  'straße|strasse|straat|allee|gracht|gasse|platz|weg|laan|gatan|gata|vägen|vej|gade|veien';
