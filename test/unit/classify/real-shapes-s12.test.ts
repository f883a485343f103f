/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 12, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a raise told as a move to the top of the scale', () => {
  // (since session 18 the top of the table's scales, named, is level 4: see real-shapes-s18)
  it('GIVEN "moved X to its highest advisory level" WHEN classified THEN level_raised, at level 4', () => {
    expect(run('The State Department moved Niger to its highest advisory level on Monday.')).toEqual(['NE/US/4/level_raised']);
  });

  it('GIVEN "has moved X to Level 4: Do Not Travel" WHEN classified THEN level 4 and level_raised', () => {
    expect(run('The State Department has moved Niger to Level 4: Do Not Travel.')).toEqual(['NE/US/4/level_raised']);
  });

  // (since session 18 the top of the table's scales, named, is level 4: see real-shapes-s18)
  it('GIVEN "raised its travel advisory … to its highest level" WHEN classified THEN level_raised, at level 4', () => {
    expect(run('The U.S. raised its travel advisory for Venezuela to its highest level one week ago.')).toEqual(['VE/US/4/level_raised']);
  });

  it('GIVEN a move that is no travel advice ("moved residents to the highest ground") WHEN classified THEN nothing', () => {
    expect(run('Authorities moved residents to the highest ground level of the stadium.')).toEqual([]);
  });

  it('GIVEN "moved" to a lower step ("moved Peru to Level 2") WHEN classified THEN no raise (the direction is not told)', () => {
    expect(run('The State Department moved Peru to Level 2: Exercise Increased Caution.')).toEqual(['PE/US/2/']);
  });

  it('GIVEN German "Reisehinweise … hochgestuft" WHEN classified THEN level_raised', () => {
    expect(run('Das Auswärtige Amt hat die Reisehinweise für Niger hochgestuft.')).toEqual(['NE/DE/-/level_raised']);
  });
});

describe('an embassy named where staff leave it is no destination', () => {
  it('GIVEN "ordered staff to leave its embassy in Bamako, and A, B and C told citizens to leave" WHEN classified THEN every call is about Mali', () => {
    expect(run('Washington ordered non-emergency staff to leave its embassy in Bamako, and Britain, Canada and Australia told citizens to leave.')).toEqual([
      'ML/AU/-/leave_immediately',
      'ML/CA/-/leave_immediately',
      'ML/GB/-/leave_immediately',
      'ML/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "flown to Entebbe in Uganda" WHEN classified THEN Uganda is still a destination, not the country left', () => {
    expect(run('Britain evacuated its citizens from Juba; they were flown to Entebbe in Uganda.')).toEqual(['SS/GB/-/evacuation']);
  });
});

describe('French evacuations of "ses ressortissants du X"', () => {
  it('GIVEN "La France a évacué ses ressortissants du Niger" WHEN classified THEN an evacuation from Niger (its nationals, not Niger\'s)', () => {
    expect(run('La France a évacué ses ressortissants du Niger.')).toEqual(['NE/FR/-/evacuation']);
  });

  it('GIVEN "a commencé à évacuer" and "Paris a organisé l\'évacuation" WHEN classified THEN France evacuates', () => {
    expect(run('La France a commencé à évacuer ses ressortissants du Niger.')).toEqual(['NE/FR/-/evacuation']);
    expect(run("Paris a organisé l'évacuation de ses ressortissants du Niger.")).toEqual(['NE/FR/-/evacuation']);
  });

  it('GIVEN "prête à évacuer ses ressortissants si nécessaire" WHEN classified THEN nothing (readiness is a hedge)', () => {
    expect(run('Le ministre a affirmé que la France est « prête à évacuer ses ressortissants si nécessaire » au Gabon.')).toEqual([]);
  });

  it('GIVEN "India launched Operation Kaveri to evacuate its nationals" WHEN classified THEN India evacuates', () => {
    expect(run('India launched Operation Kaveri to evacuate its nationals from Sudan.')).toEqual(['SD/IN/-/evacuation']);
  });
});

describe('governments listed after a generic subject', () => {
  it('GIVEN "Several countries including A, B and C have begun evacuating" WHEN classified THEN each of them', () => {
    expect(run('Several countries including Germany, France and the Netherlands have begun evacuating their citizens from Sudan.')).toEqual([
      'SD/DE/-/evacuation',
      'SD/FR/-/evacuation',
      'SD/NL/-/evacuation',
    ]);
  });

  it('GIVEN "Britain and regional countries including A, B and C have sent flights to evacuate" WHEN classified THEN Britain too', () => {
    expect(run('Several other nations including Britain and regional countries including Ethiopia, Kenya and Uganda have also sent in emergency flights to evacuate their citizens from South Sudan.')).toEqual([
      'SS/ET/-/evacuation',
      'SS/GB/-/evacuation',
      'SS/KE/-/evacuation',
      'SS/UG/-/evacuation',
    ]);
  });

  it('GIVEN "several countries (A, B, C, D) have asked their nationals to leave" WHEN classified THEN each of them', () => {
    expect(run('In recent days, several countries (Saudi Arabia, Norway, Sweden, Denmark) have asked their nationals to leave Ethiopia.')).toEqual([
      'ET/DK/-/leave_immediately',
      'ET/NO/-/leave_immediately',
      'ET/SA/-/leave_immediately',
      'ET/SE/-/leave_immediately',
    ]);
  });

  it('GIVEN "neighbouring countries including Chad" WHEN classified THEN Chad stays no issuer', () => {
    expect(run('Britain urged its citizens to leave Sudan, which borders several countries including Chad and Egypt.')).toEqual(['SD/GB/-/leave_immediately']);
  });
});

describe('ordered departures told with a word between the verb and its noun', () => {
  it('GIVEN "ordered a further drawdown" / "ordered a further pullout of staff" WHEN classified THEN ordered_departure', () => {
    expect(run('The Department of State ordered a further drawdown of US embassy personnel from Juba.')).toEqual(['SS/US/-/ordered_departure']);
    expect(run('The US embassy in South Sudan ordered a further pullout of staff Friday.')).toEqual(['SS/US/-/ordered_departure']);
  });

  it('GIVEN "ordered Saturday the departure of its non-essential personnel" WHEN classified THEN ordered_departure', () => {
    expect(run('The United States ordered Saturday the departure of its non-essential personnel from its embassy in Ethiopia.')).toEqual(['ET/US/-/ordered_departure']);
  });
});

describe('German word order', () => {
  it('GIVEN "In Mali haben Deutschland und Frankreich ihren Bürgerinnen und Bürgern empfohlen, Mali zu verlassen" WHEN classified THEN both call to leave', () => {
    expect(run('Wegen der Kämpfe in Mali haben Deutschland und Frankreich ihren Bürgerinnen und Bürgern empfohlen, Mali zu verlassen.')).toEqual([
      'ML/DE/-/leave_immediately',
      'ML/FR/-/leave_immediately',
    ]);
  });

  it('GIVEN "Österreich hat Bolivien … hochgestuft" WHEN classified THEN Bolivia is the object, Austria the issuer', () => {
    expect(run('Österreich hat Bolivien von Sicherheitsstufe 2 auf Sicherheitsstufe 4 hochgestuft.')).toEqual(['BO/AT/-/level_raised']);
  });
});

describe("an alert's imperative to leave", () => {
  const alert = (line: string): string =>
    `Security Alert – U.S. Embassy Baghdad, Iraq\n\nActions to Take:\n\n${line}\n\nMonitor local media for updates.`;

  it('GIVEN "Depart Iraq by commercial transportation as soon as possible" WHEN classified THEN a call to leave', () => {
    expect(run(alert('Depart Iraq by commercial transportation as soon as possible.'))).toEqual(['IQ/US/-/leave_immediately']);
  });

  it('GIVEN an emergency service\'s "Leave now." naming nothing WHEN classified THEN nothing', () => {
    expect(run(alert('Leave now.'))).toEqual([]);
  });
});

describe('regional advice told with "all of" a region or as the lead of a list', () => {
  it('GIVEN "a higher level … for Mount Hagen, all of the Southern Highlands and Enga Province, with travellers advised to reconsider" WHEN classified THEN no country level 3', () => {
    const text = 'Smartraveller has warned Australians to exercise a high degree of caution in Papua New Guinea. A higher level warning was put in place for Mount Hagen in the Western Highlands, all of the Southern Highlands, Hela and Enga Province, with travellers advised to reconsider their need to travel.';
    expect(run(text)).toEqual(['PG/AU/2/']);
  });

  it('GIVEN "advises against all travel to all of Mali" WHEN classified THEN still the whole country', () => {
    expect(run('The FCDO advises against all travel to all of Mali.')).toEqual(['ML/GB/4/']);
  });

  it('GIVEN "Reconsider your need to travel due to the threat of terrorism to:" (a list follows) WHEN classified THEN no country level 3', () => {
    const text = 'We advise:\n\nExercise a high degree of caution in Colombia overall.\n\nReconsider your need to travel due to the high threat of terrorism and criminal activity to:\n\nSee Safety';
    expect(run(text)).toEqual(['CO/AU/2/']);
  });
});

describe("an advice page that never names its government", () => {
  it('GIVEN Smartraveller\'s "We haven\'t changed our level of advice: Exercise a high degree of caution in X overall" WHEN classified THEN Australia\'s level 2', () => {
    expect(run("We haven't changed our level of advice:\n\nExercise a high degree of caution in Guatemala overall.\n\nHigher levels apply in some parts of the country.")).toEqual(['GT/AU/2/']);
  });

  it("GIVEN Ireland's \"Security Status\" list and \"We advise you to exercise a high degree of caution in X\" WHEN classified THEN Ireland's level 2", () => {
    const text = 'Security Status\n\n• Normal precautions\n• High degree of caution\n• Avoid non-essential travel\n• Do not travel\n\nSecurity Status\n\nWe advise you to exercise a high degree of caution in Mozambique.';
    expect(run(text)).toEqual(['MZ/IE/2/']);
  });
});

describe('level wording in French, German and Italian', () => {
  it('GIVEN "sconsiglia tutti i viaggi in X" WHEN classified THEN level 4 (but "tutti i viaggi non essenziali" stays 3)', () => {
    expect(run("L'Ambasciata d'Italia a Yangon sconsiglia tutti i viaggi in Myanmar.")).toEqual(['MM/IT/4/']);
    expect(run('La Farnesina sconsiglia tutti i viaggi non essenziali in Egitto.')).toEqual(['EG/IT/3/']);
  });

  it('GIVEN "Sono sconsigliati i viaggi ad X, per qualsiasi ragione" WHEN classified THEN level 4', () => {
    expect(run('La Farnesina scrive: «Sono sconsigliati i viaggi ad Haiti, per qualsiasi ragione».')).toEqual(['HT/IT/4/']);
  });

  it('GIVEN "von nicht dringend erforderlichen Reisen … abgeraten" WHEN classified THEN level 3', () => {
    expect(run('Das Auswärtige Amt schrieb, es werde von nicht dringend erforderlichen Reisen nach Kasachstan abgeraten.')).toEqual(['KZ/DE/3/']);
  });

  it('GIVEN "reporter tout voyage non essentiel" / "différer tout déplacement non indispensable" WHEN classified THEN level 3', () => {
    expect(run("Le Quai d'Orsay recommande de reporter tout voyage non essentiel en Bolivie.")).toEqual(['BO/FR/3/']);
    expect(run("Le Quai d'Orsay recommande de différer tout déplacement non indispensable à Madagascar.")).toEqual(['MG/FR/3/']);
  });
});

describe("the FCDO's call to those with no essential reason to stay", () => {
  it('GIVEN "If you don\'t have an essential reason to stay in X, you should leave if the opportunity arises … by commercial means" WHEN classified THEN a call to leave', () => {
    const text = "The FCO advise against all but essential travel to Burundi. If you don't have an essential reason to stay in Burundi, you should leave if the opportunity arises to do so safely by commercial means.";
    expect(run(text)).toEqual(['BI/GB/3/leave_immediately']);
  });

  it('GIVEN "If you have concerns, you should leave" WHEN classified THEN still no call (a condition)', () => {
    expect(run('The FCO advise against all but essential travel to Burundi. If you have concerns, you should leave Burundi.')).toEqual(['BI/GB/3/']);
  });
});

describe('a government speaking for itself, or its mission urging', () => {
  it('GIVEN "Nous leur demandons de rester chez eux, a déclaré M. Fabius" after the French minister named WHEN classified THEN French shelter in place', () => {
    const text = 'Le ministre français des Affaires étrangères a évoqué la situation en Centrafrique, pour la sécurité des Français sur place. Nous leur demandons de rester chez eux, a déclaré M. Fabius.';
    expect(run(text)).toEqual(['CF/FR/-/shelter_in_place']);
  });

  it('GIVEN "La sede diplomatica invita quindi «a lasciare il Paese»" WHEN classified THEN Italy calls its nationals to leave', () => {
    const text = 'L\'ambasciata italiana a Kabul ha scritto ai connazionali in Afghanistan. La sede diplomatica invita quindi "a lasciare il Paese" sfruttando il ponte aereo.';
    expect(run(text)).toEqual(['AF/IT/-/leave_immediately']);
  });

  it("GIVEN \"messo a disposizione dei cittadini italiani un volo dell'Aeronautica Militare\" WHEN classified THEN an Italian evacuation", () => {
    expect(run("Viene messo a disposizione dei cittadini italiani un volo dell'Aeronautica Militare dall'aeroporto di Kabul.")).toEqual(['AF/IT/-/evacuation']);
  });
});

describe("Canada's former Department of Foreign Affairs", () => {
  it('GIVEN "The Department of Foreign Affairs upgraded its earlier advisory to X, warning all non-essential travel … should be avoided" in a Canadian story WHEN classified THEN Canada, level 3, raised', () => {
    const text = 'OTTAWA - Canada has upped its Thailand travel advisory because of escalating unrest. The Department of Foreign Affairs upgraded its earlier advisory to the Kingdom of Thailand Wednesday, warning all "non-essential" travel to the country should be avoided.';
    expect(run(text)).toEqual(['TH/CA/3/level_raised']);
  });

  it('GIVEN "The Department of Foreign Affairs urged Filipinos …" / "… Irish citizens …" WHEN classified THEN the Philippines / Ireland', () => {
    expect(run('The Department of Foreign Affairs urged Filipinos in Lebanon to leave immediately.')).toEqual(['LB/PH/-/leave_immediately']);
    expect(run('The Department of Foreign Affairs urged Irish citizens in Lebanon to leave immediately.')).toEqual(['LB/IE/-/leave_immediately']);
  });

  it('GIVEN a list item "Ireland — The Department of Foreign Affairs rates X" in a story that names Canada more WHEN classified THEN Ireland', () => {
    const text = '• Canada — Global Affairs Canada says to avoid all travel to Ukraine. Canada has no embassy open.\n\n• Ireland — The Department of Foreign Affairs rates Ukraine "Do Not Travel".';
    expect(run(text)).toEqual(['UA/CA/4/', 'UA/IE/4/']);
  });

  it('GIVEN "all travel to X should be avoided" WHEN classified THEN level 4', () => {
    expect(run('Canada says all travel to Haiti should be avoided.')).toEqual(['HT/CA/4/']);
  });
});

describe('German advice in the passive and the imperative', () => {
  it('GIVEN "Deutschen Staatsangehörigen wird die Ausreise aus X … empfohlen" WHEN classified THEN a call to leave', () => {
    expect(run('Deutschen Staatsangehörigen wird die Ausreise aus Venezuela mit kommerziellen Mitteln, soweit möglich, empfohlen.')).toEqual(['VE/DE/-/leave_immediately']);
  });

  it('GIVEN "Eine Ausreise wird derzeit nicht empfohlen" WHEN classified THEN no call', () => {
    expect(run('Eine Ausreise wird derzeit nicht empfohlen, teilte das Auswärtige Amt zu Venezuela mit.')).toEqual([]);
  });

  it('GIVEN "Bleiben Sie an einem sicheren Ort" WHEN classified THEN shelter in place', () => {
    expect(run('Das Auswärtige Amt rät den Deutschen in Venezuela: Bleiben Sie an einem sicheren Ort und vermeiden Sie jegliche Bewegungen.')).toEqual(['VE/DE/-/shelter_in_place']);
  });
});

describe("Ireland's advice page, which also 'advises against all travel' to areas", () => {
  it('GIVEN the "Security Status" frame, "Avoid non-essential travel." and "We advise against all travel to the following areas" WHEN classified THEN Ireland, not Britain', () => {
    const text = "If you're travelling to Nigeria, our travel advice and updates give you practical tips.\n\nSecurity Status\n\n• Normal precautions\n• High degree of caution\n• Avoid non-essential travel\n• Do not travel\n\nSecurity status\n\nAvoid non-essential travel.\n\nWe advise against all travel to the following areas:\n\n• Borno state\n• Yobe state";
    expect(run(text)).toEqual(['NG/IE/3/']);
  });
});
