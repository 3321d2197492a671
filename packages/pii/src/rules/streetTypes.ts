/** Street types written after the name (`Baker Street`) and before it (`Rue de Rivoli`, `Via Roma`). */
export const STREET_SUFFIXES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Gardens|Row|Trail|Alley';
export const STREET_PREFIXES =
  'Rue|Avenue|Avenida|Boulevard|Via|Viale|Piazza|Calle|Carrer|Rua|Praça|Plaza|Paseo|Chemin|Allée|Quai';
