/**
 * Session 36: a stay-home instruction in a document about an epidemic is a lockdown's public-health measure, not shelter; an
 * embassy's reopening told by its flag flying again or by the first government to reopen ends the suspension the document
 * tells; an evacuation asked for or planned (in French, Italian and German) is no evacuation. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a stay-home instruction in a document about an epidemic', () => {
  const head = 'Health Alert – U.S. Embassy Lusaka, Zambia\n\nEvent: COVID-19 Lockdown Extended\n\n';

  it('GIVEN a COVID health alert asking citizens to remain in their homes as much as possible THEN no shelter_in_place', () => {
    expect(run(head + 'The Government of Zambia extended its lockdown to slow the spread of the virus. U.S. citizens in Zambia are reminded to remain in their homes as much as possible.')).toEqual([]);
  });

  it('GIVEN the same instruction as a bullet of the alert THEN no shelter_in_place', () => {
    expect(run(head + 'The U.S. Embassy in Lusaka advises U.S. citizens in Zambia to take the following steps:\n\n• Remain in your residence as much as possible\n• Wear a mask in public')).toEqual([]);
  });

  it('GIVEN a French page about an "épidémie" asking citizens to stay home THEN no shelter_in_place', () => {
    expect(run("Zimbabwe : l'épidémie s'étend, confinement prolongé\n\nL'ambassade de France recommande aux ressortissants français au Zimbabwe de rester chez eux.")).toEqual([]);
  });

  it('GIVEN a COVID alert whose sentence names unrest beside the instruction THEN shelter_in_place stands (guard)', () => {
    expect(run(head + 'Because of violent protests against the lockdown, U.S. citizens in Zambia should stay indoors.')).toEqual(['ZM/US/-/shelter_in_place']);
  });

  it('GIVEN a security alert with the same instruction THEN shelter_in_place stands (guard)', () => {
    expect(run('Security Alert – U.S. Embassy Lusaka, Zambia\n\nGunfire was reported near the airport. U.S. citizens in Zambia are urged to remain in their homes as much as possible.')).toEqual(['ZM/US/-/shelter_in_place']);
  });
});

describe('a reopening told by the flag or by rank', () => {
  it('GIVEN "depuis 2011, date de la fermeture de l\'ambassade" and the flag flying again THEN no embassy_suspended', () => {
    expect(run("L'envoyé spécial de la France est entré dans les locaux de l'ambassade de France à Tripoli, fermés depuis le 3 mai 2011, date de la fermeture de l'ambassade de France en Libye. « Le drapeau français flotte à nouveau sur notre ambassade », a-t-il déclaré.")).toEqual([]);
  });

  it('GIVEN "the first G7 nation to reopen its embassy" after a suspension told THEN no embassy_suspended', () => {
    expect(run('Spain recalled all staff from its embassy in Caracas in 2019 and suspended its diplomatic activity in Venezuela. On Friday Spain became the first EU country to reopen its embassy in Caracas.')).toEqual([]);
  });

  it('GIVEN "la prima nazione del G7 a rilanciare la sua missione diplomatica" THEN no embassy_suspended', () => {
    expect(run("La Spagna ha deciso di nominare un ambasciatore in Venezuela, diventando la prima nazione dell'UE a rilanciare la sua missione diplomatica a Caracas. La Spagna ha richiamato tutto il personale della sua ambasciata a Caracas nel 2019 e ha sospeso l'attività diplomatica in Venezuela.")).toEqual([]);
  });

  it('GIVEN "is expected to become the first country to reopen its embassy" THEN the suspension stands (guard)', () => {
    expect(run('Spain suspended operations at its embassy in Caracas. Spain is expected to become the first EU country to reopen its embassy there.')).toEqual(['VE/ES/-/embassy_suspended']);
  });
});

describe('an evacuation asked for or planned', () => {
  it('GIVEN "avaient demandé leur rapatriement" THEN no evacuation', () => {
    expect(run("Le Quai d'Orsay a indiqué que 300 Français avaient demandé leur rapatriement depuis le Soudan.")).toEqual([]);
  });

  it('GIVEN "hanno chiesto il rimpatrio" THEN no evacuation', () => {
    expect(run('La Farnesina ha detto che 200 italiani hanno chiesto il rimpatrio dal Sudan.')).toEqual([]);
  });

  it('GIVEN "habe um eine Evakuierung gebeten" THEN no evacuation', () => {
    expect(run('Eine Sprecherin des Auswärtigen Amts erklärte, eine kleine Zahl deutscher Staatsbürger habe um eine Evakuierung aus dem Sudan gebeten.')).toEqual([]);
  });

  it('GIVEN those who ask for an evacuation told whom to contact ("sollen sich bei der Botschaft melden") THEN the service offered stands, as in English (guard)', () => {
    expect(run('Deutsche Staatsangehörige, die um eine Evakuierung aus dem Sudan bitten, sollen sich bei der Botschaft in Khartum melden.')).toEqual(['SD/DE/-/evacuation']);
  });

  it('GIVEN "die sich für eine Evakuierung meldeten" THEN no evacuation', () => {
    expect(run('Die Zahl der Deutschen im Sudan, die sich für eine Evakuierung meldeten, wachse täglich.')).toEqual([]);
  });

  it('GIVEN "mit Planungen für eine Evakuierung beschäftigt" THEN no evacuation', () => {
    expect(run('Die Bundesregierung sei weiterhin mit Planungen für eine Evakuierung deutscher Staatsbürger aus dem Sudan beschäftigt.')).toEqual([]);
  });

  it('GIVEN "hat mit der Evakuierung begonnen" THEN evacuation stands (guard)', () => {
    expect(run('Die Bundeswehr hat am Sonntag mit der Evakuierung deutscher Staatsbürger aus dem Sudan begonnen.')).toEqual(['SD/DE/-/evacuation']);
  });

  it('GIVEN "ha organizzato il rimpatrio" THEN evacuation stands (guard)', () => {
    expect(run('La Farnesina ha organizzato il rimpatrio di 200 italiani dal Sudan.')).toEqual(['SD/IT/-/evacuation']);
  });
});

describe('two adjectives of one mission noun', () => {
  it('GIVEN "the German and Norwegian embassies … have suspended operations" THEN both governments', () => {
    expect(run('The German and Norwegian embassies in Juba have suspended operations.')).toEqual(['SS/DE/-/embassy_suspended', 'SS/NO/-/embassy_suspended']);
  });

  it('GIVEN both embassies reopened after the German closure told THEN no embassy_suspended', () => {
    expect(run('The German and Norwegian embassies in Juba have resumed operations. The German government announced in March that it was temporarily closing its embassy in South Sudan.')).toEqual([]);
  });

  it('GIVEN "German tourists and Norwegian embassy staff" THEN only Norway\'s staff (guard)', () => {
    expect(run('German tourists were stranded while Norwegian embassy staff were withdrawn from Juba.')).toEqual(['SS/NO/-/ordered_departure']);
  });
});

describe('an evacuation signed up for or hypothetical', () => {
  it('GIVEN "signed up for government assistance to evacuate" THEN no evacuation', () => {
    expect(run('Thousands of Australians have already signed up for government assistance to evacuate from Iran.')).toEqual([]);
  });

  it('GIVEN "Any evacuation of civilians … is likely to be a complex operation" THEN no evacuation', () => {
    expect(run('Any evacuation of civilians, including Irish citizens, from Lebanon is likely to be a complex and difficult operation.')).toEqual([]);
  });

  it('GIVEN an evacuation done and "any evacuation from the south" hypothetical THEN the one done stands (guard)', () => {
    expect(run('Britain has evacuated 300 citizens from Lebanon; any evacuation from the south is harder.')).toEqual(['LB/GB/-/evacuation']);
  });
});

describe('Italian people named with an article and a preposition', () => {
  it('GIVEN "l\'operazione di evacuazione dei francesi dal Niger" THEN France evacuates from Niger', () => {
    expect(run("Intanto inizierà oggi l'operazione di evacuazione dei francesi dal Niger.")).toEqual(['NE/FR/-/evacuation']);
  });

  it('GIVEN "La Francia ha organizzato l\'evacuazione degli italiani" THEN the government named acts (guard)', () => {
    expect(run("La Francia ha organizzato l'evacuazione degli italiani dal Niger.")).toEqual(['NE/FR/-/evacuation']);
  });
});
