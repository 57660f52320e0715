import type { Translated } from './languages.ts';
import { SCALES, type ScaleId } from './scales.ts';

/**
 * The library of standard items (standards/trust-survey.md), faithfully translated, each with the
 * scale it was published with. `trust` items make up the trust index; the safety item does not.
 * "[country]" in the ESS wording is Belgium.
 */
export type StandardItem = {
  id: string;
  source: 'ESS' | 'ESS R5' | 'Neighbourhood trust scores' | 'CSEW';
  scale: ScaleId;
  trust: boolean;
  text: Translated;
};

export const STANDARD_ITEMS = [
  {
    id: 'ess_trust_police',
    source: 'ESS',
    scale: 'trust_0_10',
    trust: true,
    text: {
      nl: 'Hoeveel vertrouwen heeft u persoonlijk in de politie, op een score van 0 tot 10? 0 betekent dat u helemaal geen vertrouwen hebt, 10 betekent dat u volledig vertrouwen hebt.',
      fr: 'Sur une échelle de 0 à 10, quelle confiance accordez-vous personnellement à la police ? 0 signifie que vous ne lui faites pas du tout confiance, 10 que vous lui faites entièrement confiance.',
      en: 'On a score of 0–10, how much do you personally trust the police? 0 means you do not trust the police at all, and 10 means you have complete trust.',
    },
  },
  {
    id: 'ess_d15_respect',
    source: 'ESS R5',
    scale: 'often_1_4',
    trust: true,
    text: {
      nl: 'Hoe vaak zou u zeggen dat de politie mensen in België over het algemeen met respect behandelt?',
      fr: 'À quelle fréquence diriez-vous que la police traite généralement les gens en Belgique avec respect ?',
      en: 'How often would you say the police generally treat people in Belgium with respect?',
    },
  },
  {
    id: 'ess_d16_fair',
    source: 'ESS R5',
    scale: 'often_1_4',
    trust: true,
    text: {
      nl: 'Hoe vaak zou u zeggen dat de politie eerlijke, onpartijdige beslissingen neemt in de zaken die ze behandelt?',
      fr: 'À quelle fréquence diriez-vous que la police prend des décisions justes et impartiales dans les affaires qu’elle traite ?',
      en: 'How often would you say the police make fair, impartial decisions in the cases they deal with?',
    },
  },
  {
    id: 'ess_d17_explain',
    source: 'ESS R5',
    scale: 'often_1_4',
    trust: true,
    text: {
      nl: 'Hoe vaak zou u zeggen dat de politie haar beslissingen en handelingen uitlegt wanneer haar dat gevraagd wordt?',
      fr: 'À quelle fréquence diriez-vous que la police explique ses décisions et ses actions quand on le lui demande ?',
      en: 'How often would you say the police explain their decisions and actions when asked to do so?',
    },
  },
  {
    id: 'ess_d12_prevent_violence',
    source: 'ESS R5',
    scale: 'success_0_10',
    trust: true,
    text: {
      nl: 'Hoe succesvol vindt u de politie in het voorkomen van misdrijven in België waarbij geweld gebruikt wordt of waarmee gedreigd wordt?',
      fr: 'Dans quelle mesure pensez-vous que la police réussit à prévenir en Belgique les crimes dans lesquels la violence est utilisée ou la menace de violence ?',
      en: 'How successful do you think the police are at preventing crimes in Belgium where violence is used or threatened?',
    },
  },
  {
    id: 'ess_moral_right_wrong',
    source: 'ESS R5',
    scale: 'agree_1_5',
    trust: true,
    text: {
      nl: 'De politie heeft over het algemeen hetzelfde besef van goed en kwaad als ik.',
      fr: 'La police a en général le même sens du bien et du mal que moi.',
      en: 'The police generally have the same sense of right and wrong as I do.',
    },
  },
  {
    id: 'ess_moral_values',
    source: 'ESS R5',
    scale: 'agree_1_5',
    trust: true,
    text: {
      nl: 'De politie komt op voor waarden die belangrijk zijn voor mensen zoals ik.',
      fr: 'La police défend des valeurs qui sont importantes pour les gens comme moi.',
      en: 'The police stand up for values that are important to people like me.',
    },
  },
  {
    id: 'nts_respect',
    source: 'Neighbourhood trust scores',
    scale: 'agree_1_5',
    trust: true,
    text: {
      nl: 'De politie in mijn buurt behandelt mensen met respect.',
      fr: 'La police de mon quartier traite les gens avec respect.',
      en: 'The police in my neighbourhood treat people with respect.',
    },
  },
  {
    id: 'nts_listen',
    source: 'Neighbourhood trust scores',
    scale: 'agree_1_5',
    trust: true,
    text: {
      nl: 'De politie in mijn buurt luistert naar de bezorgdheden van de buurtbewoners en houdt er rekening mee.',
      fr: 'La police de mon quartier écoute les préoccupations des habitants et en tient compte.',
      en: 'The police in my neighbourhood listen to and take into account the concerns of local residents.',
    },
  },
  {
    id: 'nts_safe',
    source: 'Neighbourhood trust scores',
    scale: 'safe_0_10',
    trust: false,
    text: {
      nl: 'Hoe veilig voelt u zich in uw buurt?',
      fr: 'À quel point vous sentez-vous en sécurité dans votre quartier ?',
      en: 'How safe do you feel in your neighbourhood?',
    },
  },
  {
    id: 'csew_confidence',
    source: 'CSEW',
    scale: 'agree_1_5',
    trust: true,
    text: {
      nl: 'Alles bij elkaar genomen heb ik vertrouwen in de politie in deze omgeving.',
      fr: 'Tout bien considéré, j’ai confiance en la police de cette zone.',
      en: 'Taking everything into account, I have confidence in the police in this area.',
    },
  },
  {
    id: 'csew_good_job',
    source: 'CSEW',
    scale: 'job_1_5',
    trust: true,
    text: {
      nl: 'Hoe goed vindt u dat de politie in deze omgeving haar werk doet?',
      fr: 'Selon vous, dans quelle mesure la police de cette zone fait-elle du bon travail ?',
      en: 'How good a job do you think the police in this area are doing?',
    },
  },
] as const satisfies readonly StandardItem[];

export type StandardItemId = (typeof STANDARD_ITEMS)[number]['id'];
export const STANDARD_ITEM_IDS = STANDARD_ITEMS.map((i) => i.id) as [StandardItemId, ...StandardItemId[]];

export function getStandardItem(id: string): StandardItem | undefined {
  return (STANDARD_ITEMS as readonly StandardItem[]).find((i) => i.id === id);
}

export function itemScale(item: StandardItem) {
  return SCALES[item.scale];
}
