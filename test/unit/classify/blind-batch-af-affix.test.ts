/**
 * Misses of blind batch af: documents without advice in new genres, and real signals beside near misses.
 * General causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a quiz about advisory words', () => {
  const quiz = [
    'QUIZ: Do you know your embassy words?',
    '',
    '1. A consul in Haiti says the post went on "OD". What is it?',
    'a) Official Duty b) Ordered Departure c) Overseas Deployment',
    '',
    '2. Which of these is a U.S. State Department level for Haiti?',
    'a) Be Alert b) Exercise Extreme Caution c) Do Not Travel',
    '',
    '3. "Shelter in place" means:',
    'a) Go to the airport b) Stay where you are, indoors, until told otherwise c) Leave by road',
  ].join('\n');

  it('GIVEN a quiz whose multiple-choice options name signals WHEN classified THEN no findings', () => {
    expect(run(quiz)).toEqual([]);
  });

  it('GIVEN a news text that merely uses the word quiz WHEN classified THEN its advice stays', () => {
    const text = 'Reporters quizzed the minister on Monday. The State Department ordered the departure of non-emergency staff from Yemen.';
    expect(run(text)).toEqual(['YE/US/-/ordered_departure']);
  });
});

describe('a television series synopsis', () => {
  it('GIVEN an episode guide ("Season 2, 6 episodes") telling an ordered departure WHEN classified THEN no findings', () => {
    const text = [
      'NEW ON STREAMING: "Last Flight from Aden" (Season 2, 6 episodes)',
      '',
      'A consular thriller starring Maya Okafor as a junior diplomat in Yemen.',
      '',
      'Episode 1. The State Department ordered the departure of non-emergency staff from Yemen, and Lena has one night to burn the files.',
      '',
      'Critics call the drama tense and the cast superb.',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });
});

describe('a timeline compiled for an anniversary', () => {
  it('GIVEN a timeline whose lead says it marks an anniversary WHEN classified THEN its past shelter order is no finding', () => {
    const text = [
      'TIMELINE: The 2013 unrest in Dhaka',
      '',
      'Prepared by our archive desk to mark the tenth anniversary.',
      '',
      'May 5, 2013 — Clashes broke out in the capital. The U.S. Embassy told its citizens in Bangladesh to shelter in place as the fighting spread.',
      '',
      'June 2013 — Calm returned to the city.',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });
});

describe('an opinion that a government should give the call', () => {
  it('GIVEN "it should tell Britons in Niger to leave while commercial flights operate" WHEN classified THEN no leave signal', () => {
    const text = 'The Foreign Office has stayed silent. It should tell Britons in Niger to leave while commercial flights are still operating.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "Ottawa must urge all Canadians in Niger to leave now" WHEN classified THEN no leave signal', () => {
    expect(run('Ottawa must urge all Canadians in Niger to leave now.')).toEqual([]);
  });

  it('GIVEN the minister\'s own "We must urge all Britons in Niger to leave now" WHEN classified THEN leave_immediately', () => {
    expect(run('"We must urge all Britons in Niger to leave now," the Foreign Secretary said.')).toEqual(['NE/GB/-/leave_immediately']);
  });

  it('GIVEN the government itself telling citizens to leave WHEN classified THEN leave_immediately', () => {
    const text = 'The Foreign Office told Britons in Niger to leave while commercial flights are still operating.';
    expect(run(text)).toEqual(['NE/GB/-/leave_immediately']);
  });
});

describe('a charter flight for fans travelling to a match', () => {
  it('GIVEN supporters promised a chartered flight by their football federation WHEN classified THEN no evacuation', () => {
    expect(run('Les supporters sénégalais qui souhaitent se rendre au Maroc auront un vol affrété par la Fesefoot.')).toEqual([]);
  });

  it('GIVEN a ministry chartering a special flight for stranded supporters WHEN classified THEN it stays an evacuation', () => {
    const text = 'Le ministère sénégalais des Affaires étrangères a affrété un vol spécial pour les supporters sénégalais bloqués au Maroc.';
    expect(run(text)).toEqual(['MA/SN/-/evacuation']);
  });
});

describe('an ordered departure the text says was not instituted', () => {
  it('GIVEN an authorized departure and "Ordered departure has not been instituted" WHEN classified THEN authorized_departure only', () => {
    const text = 'The Department of State authorized the departure of non-emergency U.S. government personnel from Peru on May 3. Ordered departure has not been instituted.';
    expect(run(text)).toEqual(['PE/US/-/authorized_departure']);
  });
});

describe('staying indoors for certain hours', () => {
  it('GIVEN "should stay indoors after dark" WHEN classified THEN no shelter_in_place', () => {
    expect(run('Canadians who stay in Haiti despite this advice should stay indoors after dark and keep supplies of water.')).toEqual([]);
  });

  it('GIVEN a plain instruction to stay indoors WHEN classified THEN shelter_in_place', () => {
    expect(run('Canadians in Haiti should stay indoors.')).toEqual(['HT/CA/-/shelter_in_place']);
  });
});

describe('regional advice for parts named as another country\'s', () => {
  it('GIVEN "reconsider … to the Western and Gulf provinces of Papua New Guinea" beside a level for Fiji WHEN classified THEN a PNG finding without level', () => {
    const text = 'We have lowered our level for Fiji to exercise a high degree of caution. We continue to advise reconsider your need to travel to the Western and Gulf provinces of Papua New Guinea.';
    expect(run(text)).toEqual(['FJ/AU/2/level_lowered', 'PG/AU/-/']);
  });
});

describe('an Italian flight that "brings back home" citizens', () => {
  it('GIVEN "un volo dell\'Aeronautica riporta in Italia 60 connazionali dal Sudan" WHEN classified THEN evacuation', () => {
    expect(run("Un volo dell'Aeronautica Militare riporta in Italia 60 connazionali dal Sudan.")).toEqual(['SD/IT/-/evacuation']);
  });

  it('GIVEN a team bringing a trophy back to Italy WHEN classified THEN nothing', () => {
    expect(run('La squadra riporta in Italia la coppa vinta in Sudan.')).toEqual([]);
  });
});

describe('a level called an "evacuation advisory"', () => {
  it('GIVEN "the new level, called an evacuation advisory, covers the country" WHEN classified THEN no evacuation', () => {
    const text = 'Japan raised its travel information for all of Iraq to Level 4. The new level, described in Japanese as an "evacuation advisory," covers Baghdad.';
    expect(run(text).some((f) => f.includes('evacuation'))).toBe(false);
  });
});

describe('a sentence dated by "the same year" as the one before', () => {
  it('GIVEN "It evacuated nationals from Sudan in April of the same year" after a 2019 event WHEN classified THEN no Sudan finding', () => {
    const text = 'Japan urged Japanese nationals in Iraq to leave immediately. Japan last flew citizens out of Haiti in 2019. It evacuated nationals from Sudan in May of the same year.';
    expect(run(text)).toEqual(['IQ/JP/-/leave_immediately']);
  });
});

describe('a past episode recalled as "memories of" or "reminiscent of"', () => {
  it('GIVEN "revived memories of March 2011, when governments evacuated citizens" in an undated story WHEN classified THEN no evacuation', () => {
    const text = 'The U.S. ordered the departure of non-emergency staff from its embassy in Tripoli. The crisis revived memories of March 2011, when several European governments evacuated citizens from Libya by sea.';
    expect(run(text)).toEqual(['LY/US/-/ordered_departure']);
  });
});

describe('a sentence that goes on with a past event the sentence before dated', () => {
  it('GIVEN "… reminiscent of Typhoon Haiyan in November 2013. After Haiyan, the British government flew …" WHEN classified THEN no evacuation', () => {
    const text = 'France flew 80 French nationals out of Tacloban on a military aircraft. Residents described scenes reminiscent of Typhoon Haiyan in November 2013, which killed thousands. After Haiyan, the British government flew British nationals out of the Philippines on chartered aircraft.';
    expect(run(text)).toEqual(['PH/FR/-/evacuation']);
  });

  it('GIVEN "After the storm, Britain ran evacuation flights" with no past date before WHEN classified THEN evacuation', () => {
    const text = 'The storm hit the Philippines on Monday. After the storm, Britain ran evacuation flights for British nationals from the Philippines.';
    expect(run(text)).toEqual(['PH/GB/-/evacuation']);
  });
});

describe('German advice told with a denial after the noun, help offered only in an emergency, and an air force plane before the citizens', () => {
  it('GIVEN "eine Ausreiseaufforderung gibt es bislang nicht" WHEN classified THEN no leave signal', () => {
    expect(run('Das Auswärtige Amt teilt mit: Vor Reisen nach Nicaragua wird gewarnt; eine Ausreiseaufforderung gibt es bislang nicht.')).toEqual(['NI/DE/4/']);
  });

  it('GIVEN seats on other states\' special flights offered only "im Notfall" WHEN classified THEN no evacuation', () => {
    const text = 'Das Außenministerium in Wien forderte alle Österreicher in Nicaragua zur sofortigen Ausreise auf. Man werde im Notfall Plätze auf Sonderflügen anderer Staaten vermitteln.';
    expect(run(text)).toEqual(['NI/AT/-/leave_immediately']);
  });

  it('GIVEN "brachte mit einer Maschine der Luftwaffe 150 Staatsbürger von Managua nach Rom" WHEN classified THEN evacuation', () => {
    expect(run('Italien brachte am Sonntag mit einer Maschine der Luftwaffe 150 italienische Staatsbürger von Managua nach Rom.')).toEqual(['NI/IT/-/evacuation']);
  });
});
