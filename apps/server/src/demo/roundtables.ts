import { at, demoClock } from './clock.ts';
import { type DemoWorld, userId } from './world.ts';

type Table = {
  title: string;
  plannedOn: number;
  day: number;
  place: string;
  agenda: string;
  contacts: string[];
  colleagues: ('colleague' | 'colleague2' | 'colleague3')[];
  absent: string[];
  minutes: string;
};

const TABLES: Table[] = [
  {
    title: 'Rondetafel jongeren en veiligheid in Borgerhout',
    plannedOn: -140,
    day: -124,
    place: 'Jeugdhuis De Schakel, Borgerhout',
    agenda: 'Kennismaking\nWat we hoorden in de gesprekken\nControles op straat: wat kan beter?\nAfspraken',
    contacts: ['ayla', 'bram', 'rachid', 'youssef'],
    colleagues: ['colleague', 'colleague3'],
    absent: ['youssef'],
    minutes: [
      'Aanwezig: drie partnerorganisaties en twee collega’s van de wijkwerking.',
      'De jeugdwerkers vertellen dat jongeren vooral de herhaling van controles zwaar vinden: dezelfde jongeren, dezelfde plek, geen uitleg.',
      'Een collega legt uit wanneer een identiteitscontrole mag en wat jongeren mogen vragen; de jongeren kenden dat niet.',
      'Voorstel van de jeugdwerkers: een workshop over rechten bij een controle, gegeven door een agent en een jeugdwerker samen.',
      'Afspraak: de coördinator werkt met het jeugdhuis een voorstel uit voor een workshop en een sportmoment.',
    ].join('\n'),
  },
  {
    title: 'Rondetafel armoede en vertrouwen op de Luchtbal',
    plannedOn: -120,
    day: -104,
    place: 'Buurtwinkel Luchtbal, Antwerpen',
    agenda:
      'Welkom\nDrempels om de politie te contacteren\nWat geven we door en wat niet?\nIdeeën voor een vast aanspreekpunt',
    contacts: ['griet', 'marleen', 'salma', 'an'],
    colleagues: ['colleague2'],
    absent: [],
    minutes: [
      'Aanwezig: vier organisaties die werken met mensen in armoede en een collega van de wijkwerking Noord.',
      'Bewoners vrezen dat een aangifte gevolgen heeft voor hun woning of uitkering; niemand had hen ooit uitgelegd welke gegevens worden gedeeld.',
      'Het vrouwenhuis vraagt om vrouwelijke agenten bij gesprekken over geweld thuis en om tolken die de vrouwen vertrouwen.',
      'Idee: een maandelijks vast spreekuur van de wijkagent in de buurtwinkel, zonder afspraak en zonder dossier.',
      'Afspraak: het spreekuur wordt meegenomen naar de co-creatie, samen met de buurtwinkel.',
    ].join('\n'),
  },
];

/**
 * Two roundtables of the listening phase: planned by the coordinator with partner contacts and
 * colleagues, attendance and minutes recorded after the meeting.
 */
export async function holdRoundtables(w: DemoWorld): Promise<void> {
  const c = w.as.coordinator;
  for (const table of TABLES) {
    demoClock.goTo(table.plannedOn);
    const rt = await c.post('/api/roundtables', {
      title: table.title,
      startsAt: at(table.day, 17),
      endsAt: at(table.day, 19),
      place: table.place,
      agenda: table.agenda,
    });
    w.roundtables.push(rt.id);
    for (const key of table.contacts)
      await c.post(`/api/roundtables/${rt.id}/participants`, { contactId: w.contacts[key].id });
    for (const who of table.colleagues)
      await c.post(`/api/roundtables/${rt.id}/participants`, { userId: userId(w, who) });
    demoClock.goTo(table.day + 1);
    const absent = new Set(table.absent.map((key) => w.contacts[key].name));
    const view = await c.get(`/api/roundtables/${rt.id}`);
    for (const p of view.participants as { id: string; name: string }[])
      await c.put(`/api/roundtables/${rt.id}/participants/${p.id}/attendance`, {
        attendance: absent.has(p.name) ? 'absent' : 'attended',
      });
    await c.patch(`/api/roundtables/${rt.id}`, { minutes: table.minutes });
  }
  w.summary.push(`${TABLES.length} roundtables held, with attendance and minutes`);
}
