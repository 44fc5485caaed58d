/**
 * Articles before a party's name in the agreement's fixed phrases ("zwischen dem Ministerium …",
 * "und der Stadt Ahaus", "Für den Kreis Borken"): the grammatical gender of the name's head
 * noun. Names of public bodies start with a handful of nouns; anything else is taken as neuter
 * ("das Jobcenter", "das Land").
 */
type Gender = 'm' | 'f' | 'n';

const FEMININE =
  /^(Stadt|Gemeinde|Städteregion|Region|Bundesagentur|Agentur|Regionaldirektion|Geschäftsführung|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Freie und Hansestadt)\b/;
const MASCULINE =
  /^(Kreis|Landkreis|Rhein-\S+-Kreis|\S+kreis|Märkischer Kreis|Träger|Zweckverband|Regionalverband|Landschaftsverband|Senat)\b/;

function genderOf(name: string): Gender {
  const head = name.trim();
  if (FEMININE.test(head)) return 'f';
  if (MASCULINE.test(head)) return 'm';
  return 'n';
}

/** "dem" / "der" (dative: "zwischen dem Kreis Borken und der Stadt Ahaus"). */
export function dativeArticle(name: string): string {
  return genderOf(name) === 'f' ? 'der' : 'dem';
}

/** "das" / "den" / "die" (accusative: "Für den Kreis Borken"). */
export function accusativeArticle(name: string): string {
  return { m: 'den', f: 'die', n: 'das' }[genderOf(name)];
}
