/**
 * Ziele I–V of the 2014 agreement MAIS NRW ↔ Kreis Borken, word for word from
 * shared/seed/zielvereinbarung-2014-kreis-borken.txt (page-break splits joined). The sentences
 * "Das Ziel ist erreicht, wenn …" are not running text: they are the criterion (condition after
 * "wenn") with its lead, and for quantitative criteria the rendered sentence (sentence.ts).
 */
import type { Goal } from '../../domain/agreements/agreement.ts';
import { absatz, goal, liste, meilenstein, ziel } from './agreement-text.ts';

const DUE = '2014-12-31';

const ZIEL_I = goal(
  'I',
  'Verringerung der Hilfebedürftigkeit',
  absatz(
    'Dieses Ziel zeigt auf, inwieweit es gelingt, dass erwerbsfähige Leistungsberechtigte ihren Lebensunterhalt unabhängig von der Grundsicherung aus eigenen Mitteln und Kräften bestreiten, damit die Hilfebedürftigkeit insgesamt verringert wird.',
  ),
  ziel({
    id: 'I',
    role: 'hauptziel',
    criterion: {
      kind: 'monitoring',
      metric: { source: 'kennzahl', id: 'K1', sex: 'insgesamt' },
      // the seed's sentence word for word; the target's text says what is observed
      sentence: 'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet.',
    },
    after: [
      absatz(
        'Das Ziel soll insbesondere durch existenzsichernde und nachhaltige Integrationen in den Arbeitsmarkt erreicht werden.',
      ),
    ],
  }),
);

const ZIEL_II = goal(
  'II',
  'Verbesserung der Integration in Erwerbstätigkeit',
  absatz('Ziel ist es, Hilfebedürftigkeit durch Erwerbstätigkeit zu vermeiden oder zu überwinden.'),
  ziel({
    id: 'II',
    role: 'hauptziel',
    criterion: {
      kind: 'relative_aenderung',
      metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
      comparison: 'mindestens',
      change: 0.5,
      unit: 'prozent',
      referenceYear: null,
      decimals: 1,
    },
  }),
  absatz(
    'Zur Verbesserung der Integrationen in Erwerbstätigkeit setzt sich das Jobcenter des Kreises Borken darüber hinaus folgende Ziele:',
  ),
  ziel({
    id: 'II.1',
    role: 'teilziel',
    lead: 'Das Ziel gilt als erreicht,',
    text: [
      absatz(
        'Zur Steigerung der Integrationsquote entwickelt der Kreis Borken den Ansatz der in 2013 begonnenen „eigenen Aktivierung“ in 2014 weiter. Dieser wird bereits in zwei örtlichen Jobcentern verwirklicht, ein drittes örtliches Jobcenter beginnt in 2014. Hierbei wird der gesamte Bereich der Aktivierung und beruflichen Eingliederung verstärkt mit eigenem Personal in den Jobcentern durchgeführt und zunehmend als eigenständige Dienstleistung der Jobcenter verstanden und umgesetzt. Hinzu kommt der Aspekt der „Gruppenaktivierung“. Ziel ist die Erhöhung der Intensität / Effektivität des Fallmanagements allgemein dadurch, dass mehrere Kunden gleichzeitig mit dem Fallmanagement und untereinander (Gruppendynamik) in Interaktion treten.',
      ),
    ],
    criterion: meilenstein(
      'in einem dritten großen Jobcenter im Kreis Borken in 2014 das Vermittlungsprojekt in Eigenregie in der Praxis etabliert wird',
      DUE,
    ),
  }),
  ziel({
    id: 'II.2',
    role: 'teilziel',
    text: [
      absatz(
        'Zur Steigerung der Integrationsquote erproben zwei örtliche Jobcenter beginnend in 2013 und fortgeführt in 2014 neue Ansätze zur Kundenfokussierung und Kundensteuerung im Fallmanagement. Dieser Ansatz soll 2014 ausgeweitet werden.',
      ),
      absatz(
        'Ziel ist eine zeitlich begrenzte Intensivierung der Kontakte mit erwerbsfähigen Leistungsberechtigten:',
      ),
      liste(
        'in geringfügiger Beschäftigung, da hier allgemein eine Nähe zum Arbeitsmarkt vermutet wird',
        'Alleinerziehenden, da es sich hier häufig um gut ausgebildete Personen, die der Arbeitsmarkt nachfragt, handelt',
        'Motivierten, da die Soft-Skills bei günstiger Arbeitsmarktlage den höheren Ausschlag bei der Vermittlung in Arbeit haben, als die Qualifikation selbst',
        'Personen mit nur noch geringem Leistungsanspruch, da hier ggf. ein Ausscheiden aus der Hilfebedürftigkeit schneller/einfacher gelingt',
      ),
      absatz(
        'Die Herangehensweise zielt darauf ab, dass der Fallbestand effektiver als bisher gesteuert wird, dass temporär in kleineren Betreuungsrelationen gearbeitet werden kann, die einzelne Beratung intensiviert wird und über einzelne strategische Zielgruppen hinweg Erfahrungen gebündelt gewonnen werden.',
      ),
    ],
    criterion: meilenstein(
      'die Ansätze zur Kundenfokussierung in einem dritten Jobcenter im Kreis Borken 2014 umgesetzt werden',
      DUE,
    ),
  }),
  ziel({
    id: 'II.3',
    role: 'teilziel',
    text: [
      absatz(
        'Weiterhin wird zur Steigerung der Integrationsquote in 2014 ein Projekt zur „Nachhaltigkeit der Beschäftigung“ in einem örtlichen Jobcenter pilotiert. Unter anderem ist geplant, hierzu ein beschäftigungsbegleitendes Coaching einzurichten und ein Monitoring zur Beschäftigungsdauer zu installieren.',
      ),
    ],
    criterion: {
      kind: 'statistisch',
      measure: 'durchschnittliche Beschäftigungsdauer',
      population: 'innerhalb dieser Pilotierung',
      test: 'log_rank',
      direction: 'erhoeht',
      alpha: 0.05,
      sides: 'einseitig',
      measurableFrom: '2014-10',
      condition:
        'sich die durchschnittliche Beschäftigungsdauer innerhalb dieser Pilotierung, messbar ab dem 4. Quartal 2014, signifikant erhöht',
    },
  }),
  ziel({
    id: 'II.4',
    role: 'teilziel',
    text: [
      absatz(
        'Der Kreis Borken ist seit Ende 2011 als Referenzkommune an der Durchführung des Landesvorhabens „Kein Abschluss ohne Anschluss – Übergang Schule-Beruf in NRW“ beteiligt. Das Jobcenter ist in diese Durchführung gemeinsam mit den Akteuren Kreis-Schulamt/Bildungsbüro, Agentur für Arbeit, Jugendämtern, Kammern und Bezirksregierung eingebunden.',
      ),
      absatz(
        'Ziel im Rahmen dieses NRW-Landesvorhabens ist es, das Jobcenter als einen wichtigen Akteur innerhalb der Umsetzungsstrukturen zu etablieren und Abstimmungsprozesse für den SGB II-Personenkreis zu optimieren.',
      ),
    ],
    criterion: meilenstein(
      'das Jobcenter auf der strategischen Ebene ständig und dauerhaft in die Umsetzungsprozesse eingebunden ist und sich die Zusammenarbeit der Akteure im operativen Bereich verbessert hat, z.B. durch konkret beschriebene Verfahrensabsprachen',
      DUE,
      'konkret beschriebene Verfahrensabsprachen',
    ),
  }),
);

const ZIEL_III = goal(
  'III',
  'Vermeidung von langfristigem Leistungsbezug',
  absatz(
    'Mit diesem Ziel soll ein besonderes Augenmerk auf diejenigen Leistungsberechtigten gelegt werden, die bereits länger im Leistungsbezug sind bzw. ein entsprechendes Risiko aufgrund besonderer Problemlagen aufweisen. Damit soll ein Beitrag zum generellen Ziel des SGB II geleistet werden, die Dauer des Hilfebezugs zu verkürzen und die sozialen Teilhabechancen sowie die Beschäftigungsfähigkeit auch für marktbenachteiligte Leistungsberechtigte zu verbessern.',
  ),
  ziel({
    id: 'III',
    role: 'hauptziel',
    criterion: {
      kind: 'keine_erhoehung',
      metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
      decimals: 1,
    },
  }),
  absatz(
    'Zur Vermeidung von langfristigem Leistungsbezug setzt sich das Jobcenter des Kreises Borken darüber hinaus folgende Ziele:',
  ),
  absatz(
    'Mit einem Anteil von rd. 62 % an den erwerbsfähigen Leistungsberechtigten steht die Gruppe der Langzeitleistungsbeziehenden weiterhin im generellen Fokus aller Aktivierungsbemühungen, insbesondere die Teilgruppe der erwerbstätigen Langzeitleistungsbeziehenden.',
  ),
  ziel({
    id: 'III.1',
    role: 'teilziel',
    criterion: null,
    text: [
      absatz(
        'Ziel ist es, die gewonnenen Erfahrungen aus drei erfolgreich abgeschlossenen Pilotprojekten zur Bekämpfung des Langzeitleistungsbezugs möglichst breit in die weiteren Jobcenter zu transferieren. Um diesen Transfer zu gewährleisten, werden die Erfahrungen und Ergebnisse der abgeschlossenen Pilotierungen thematisch eng in die in 2014 stattfindenden Zielsteuerungs-Workshops eingebunden. Verknüpft wird der Transfer mit der Weiterentwicklung der im Rahmen des Zielsteuerungsprozesses selbst erarbeiteten Handlungsstrategien und Hebelsammlungen zur Reduzierung des Bestands von Langzeitleistungsbeziehern.',
      ),
    ],
  }),
  ziel({
    id: 'III.2',
    role: 'teilziel',
    criterion: null,
    text: [
      absatz(
        'Weiteres Ziel in 2014 ist, das Bewusstsein für die Bedeutung der Bekämpfung des Langzeitleistungsbezugs in den örtlichen Jobcentern auch in 2014 aufrechtzuerhalten. Um dieses Ziel zu erreichen, ist das dem Land gegenüber formulierte Ziel der Vermeidung von langfristigem Leistungsbezug in die Zielvereinbarungen zwischen den Städten und Gemeinden und des Kreises übernommen worden.',
      ),
    ],
  }),
  ziel({
    id: 'III.3',
    role: 'teilziel',
    criterion: null,
    text: [
      absatz(
        'Ein weiteres Ziel lautet, den vielfältigen Bedarfen der inzwischen sehr heterogenen Struktur der Langzeitleistungsbezieherinnen und Langzeitleistungsbezieher und ihrer Problemlagen möglichst gerecht zu werden. Hierzu wird das Portfolio der Eingliederungsmaßnahmen und -instrumente auch in 2014 ein möglichst breites Spektrum abdecken und auf Grundlage von neuen Erkenntnissen in seinen Schwerpunkten weiter optimiert.',
      ),
    ],
  }),
  ziel({
    id: 'III.G',
    role: 'gesamtziel',
    criterion: {
      kind: 'zusammengesetzt',
      combine: 'regel',
      parts: ['III.1', 'III.2', 'III.3'],
      // "Abbau des Bestands": the year average falls below the previous year's (−0 %, exclusive)
      rule: {
        kind: 'relative_aenderung',
        metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
        comparison: 'unter',
        change: 0,
        unit: 'prozent',
        referenceYear: null,
        decimals: 1,
      },
      ruleText:
        'die oben genannten Teilziele in 2014 in ihrer Summe erneut zu einem Abbau des Bestands an Langzeitleistungsbeziehern führen',
    },
  }),
);

const ZIEL_IV = goal(
  'IV',
  'Verbesserung von Leistungsprozessen',
  absatz(
    'Im Rahmen der Verbesserung von Leistungsprozessen setzt sich das Jobcenter des Kreises Borken folgende Ziele:',
  ),
  ziel({
    id: 'IV',
    role: 'hauptziel',
    lead: 'Das Ziel Verbesserung von Leistungsprozessen in 2014 ist erreicht,',
    text: [
      absatz(
        'Im Jahr 2014 wird der in 2009 begonnene Zielsteuerungsprozess unter enger Beteiligung der kreisangehörigen Städte und Gemeinden fortgeführt und dabei von einem externen Beratungsunternehmen professionell begleitet. Dieser Prozess hat sich etabliert und wurde stetig fortentwickelt. Kern dieses Prozesses ist neben dem kreisinternen Kennzahlenvergleich SGB II vor allem der Erfahrungsaustausch der örtlichen Jobcenter untereinander und mit dem Kreis, der bereits einen kontinuierlichen Informations- und Lernprozess in Gang setzte und aus dem sich für alle Beteiligten vielfältige Impulse zur Steuerung und Weiterentwicklung der Aufgabenwahrnehmung ergeben haben.',
      ),
      absatz(
        'Daher lautet das Ziel für 2014, die Gestaltung der Eingangsprozesse in den Fokus zu nehmen, da die Zugangssteuerung als Schlüsselfaktor für eine erfolgreiche Umsetzung des SGB II gesehen wird. Die als wirksamer Hebel identifizierte Einbindung aktivierender Unterstützungsangebote soll frühestmöglich realisiert werden, um so die Prozessgeschwindigkeit beim Zugang zu erhöhen.',
      ),
    ],
    criterion: meilenstein(
      'die gesamte Thematik Zugangssteuerung innerhalb des Zielsteuerungsprozesses in 2014 einen Schwerpunkt darstellt und die Umsetzung vor Ort dadurch intensiviert wird',
      DUE,
    ),
  }),
  ziel({
    id: 'IV.1',
    role: 'teilziel',
    title: 'Erbringung der kommunalen Leistungen nach § 16a SGB II',
    text: [
      absatz(
        'Der Kreis Borken ist im Bereich der kommunalen Leistungen in vielen Förderbereichen bereits gut aufgestellt. Dennoch gilt es, die Schnittstellen und Bedarfslagen der verschiedenen Themenfelder genauer in den Blick zu nehmen. Das Ziel für 2014 lautet daher, bestehende Handlungsbedarfe zu identifizieren, insbesondere in den Bereichen der psychosozialen Betreuung und der Kinderbetreuung.',
      ),
    ],
    criterion: meilenstein(
      'es gelingt, die Zusammenarbeit zwischen Jobcenter und Sozialpsychiatrischem Dienst weiter zu etablieren und ggf. neue Ansätze für Unterstützungsangebote für den Personenkreis zu entwickeln sowie die Transparenz zu Angeboten der Kindertagespflege in den Jobcentern und die Zusammenarbeit mit den Familienbüros in den Jugendämtern zu optimieren',
      DUE,
    ),
  }),
);

const ZIEL_V = goal(
  'V',
  'Unterstützungsangebote',
  absatz(
    'Das Ministerium für Arbeit, Integration und Soziales des Landes NRW wird auch in 2014 Angebote für die JC NRW zur Unterstützung der Zielerreichung durchführen. Das Programm mit einer Laufzeit 06/2014 bis 06/2015 wird Ende April 2014 an alle Jobcenter verschickt. Nähere Informationen zu den einzelnen Angeboten werden sukzessive auf der Internetseite www.arbeit.nrw.de unter der Rubrik Grundsicherung/Steuerung SGB II eingestellt.',
  ),
);

export const BORKEN_2014_GOALS: Goal[] = [ZIEL_I, ZIEL_II, ZIEL_III, ZIEL_IV, ZIEL_V];
