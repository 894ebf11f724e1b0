/**
 * The English frames of the phrase reading (issue 22): who is involved, what happens, how severe and
 * when, composed in one sentence, so wordings nobody listed are read; and the pretend context, which
 * explains only the span it sits in. Synthetic sentences, none copied from the labelled data.
 */
import type { RiskAssessment, RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const en = (text: string): RiskAssessment => phraseReading(text, 'en-GB');
const expectLevel = expectPhraseLevelIn('en-GB');

describe('the frames of immediate danger', () => {
  describe('any medical emergency is immediate, whatever its cause', () => {
    it('reads a seizure that has not stopped as immediate', () => {
      expectLevel('Y4 girl is seizing on the hall floor and it has not stopped, six minutes so far', 'immediate');
      expectLevel('He has been convulsing for 7 minutes', 'immediate', 'immediate-danger');
    });

    it('reads a seizure of five minutes or more as immediate even when its care plan was followed', () => {
      expectLevel('Seizure in PE lasted 7 minutes, care plan followed', 'immediate', 'immediate-danger');
      expectLevel('R had a 12 minute fit at lunch, care plan followed and mum rang', 'immediate');
      // A short seizure managed by its plan, and the plan's own instruction, are not emergencies.
      expectLevel('J had a seizure in maths, about 2 mins, care plan followed, mum collected', 'none');
      expectLevel(
        'T has epilepsy: if a seizure goes past 5 mins give the buccal midazolam, care plan in the office',
        'none',
      );
    });

    it('reads a Welsh seizure of five minutes or more as immediate, with or without its care plan', () => {
      const cy = (text: string): RiskLevel => phraseReading(text, 'cy').level;
      expect(cy('Trawiad wedi para 7 munud, dilynwyd y cynllun gofal')).toBe('immediate');
      expect(cy("Ma hi'n ffitio ar lawr y neuadd ers chwe munud")).toBe('immediate');
      expect(cy('Cafodd drawiad 10 munud amser cinio')).toBe('immediate');
      expect(cy("Cafodd drawiad yn y wers, tua 2 funud, mae hi'n iawn, dilynwyd y cynllun gofal")).toBe('none');
      expect(cy('Os yw trawiad yn para dros 5 munud rhowch y midazolam, mae’r cynllun gofal yn y swyddfa')).toBe(
        'none',
      );
    });

    it('reads a head injury with vomiting or confusion as immediate, even when it was an accident', () => {
      expectLevel('She fell off the wall, hit her head and now she is drowsy and confused', 'immediate');
      expectLevel('Y6 boy bumped his head on the climbing frame and has been sick twice', 'immediate');
    });

    it('reads a severe allergic reaction as immediate, but not an allergy care plan', () => {
      expectLevel('Y3 ate a flapjack with nuts in and his lips are swelling up', 'immediate', 'immediate-danger');
      expectLevel('Her care plan says she has a nut allergy and her EpiPen is in the office', 'none');
    });

    it('reads something dangerous swallowed as immediate', () => {
      expectLevel('The toddler has swallowed a magnet from the fridge door', 'immediate');
      expectLevel('Y8 with diabetes gave himself too much insulin on purpose', 'immediate');
    });

    it('reads a child who cannot be woken, or is turning blue or choking, as immediate', () => {
      expectLevel("Mum says she can't wake the baby", 'immediate');
      expectLevel('Y1 boy with a grape stuck, he is choking and his face is going blue', 'immediate');
    });

    it('puts together something dangerous missing and swallowed, told in two sentences', () => {
      expectLevel('Two button batteries are missing from the remote. He says he swallowed them.', 'immediate');
      expectLevel('We did the magnets lesson this morning. He ate all his lunch after.', 'none');
      expectLevel('Two button batteries are missing. The class tidied up. Later he ate some grapes.', 'none');
    });

    it('reads a diabetic emergency as immediate, and a seizure plan as no emergency', () => {
      expectLevel('Y7 with type 1 is sweaty, shaking and not making sense', 'immediate', 'immediate-danger');
      expectLevel('His seizure plan: if a seizure lasts longer than five minutes give the rescue medicine', 'none');
      expectLevel('His seizure plan is in the office and right now he is seizing for 6 minutes', 'immediate');
    });

    it('does not read a pet or a nosebleed as a medical emergency of the child', () => {
      expectLevel('Her dog was choking on a stick at the weekend', 'none');
      expectLevel('His nose was bleeding a lot after PE, it stopped with ice', 'none');
    });

    it('reads a collapse as immediate only when the child is not coming round', () => {
      expectLevel('He collapsed in the corridor and is not responding', 'immediate', 'immediate-danger');
      expect(en('The gazebo collapsed in the wind at sports day').level).not.toBe('immediate');
      expect(en('She fainted in assembly and was fine after a drink of water').level).not.toBe('immediate');
    });
  });

  describe('a weapon out, whatever it is called', () => {
    it('reads a weapon word nobody listed in a possession phrase', () => {
      expectLevel("He's got a pistol in his rucksack", 'immediate', 'immediate-danger');
    });

    it("reads a weapon carried or threatened in young people's slang", () => {
      expectLevel('Y10 with a skeng by the shops', 'immediate', 'immediate-danger');
      expectLevel("he says he's gonna merk that lad", 'immediate');
    });

    it('reads an everyday object pulled in a fight as a weapon', () => {
      expectLevel('Two Y9s fighting by the bins and one has pulled a screwdriver', 'immediate');
      expectLevel('The screwdriver from the DT room is missing', 'none');
    });
  });

  describe('a young child alone or not collected', () => {
    it('reads a young child left alone as urgent neglect, and immediate when it is now', () => {
      expectLevel('A three year old is on his own in the flat next door', 'urgent', 'neglect');
      expectLevel('A three year old is on his own in the flat next door right now', 'immediate', 'immediate-danger');
    });

    it('reads little brothers or sisters at home on their own, in the words staff use, as a young child alone', () => {
      expectLevel('Her little brothers were home on their own for an hour last Tuesday', 'urgent', 'neglect');
      expectLevel('His little brothers are on their own at the flat right now', 'immediate', 'immediate-danger');
      // Walking home on their own is not being left at home: it stays the concern "home on their own" always was.
      expectLevel('Her little sisters walked home on their own from the park, it is five minutes', 'concern');
    });

    it('lets a frame raise what a shorter phrase found at a lower level in the same sentence', () => {
      // "left alone" alone is a concern; a reception child left alone is urgent.
      expectLevel('Reception boy was left alone in the house again', 'urgent', 'neglect');
    });

    it('reads a child nobody has come for, now, as immediate', () => {
      expectLevel('Nobody has come to collect the twins and they are still in the office now', 'immediate');
    });

    it('reads a child not collected with no carer to be reached as immediate', () => {
      expectLevel("Dad hasn't come to collect him and his phone goes to voicemail", 'immediate', 'neglect');
      expectLevel("Dad hasn't come to collect him yet", 'urgent', 'neglect');
    });

    it('reads a young child missing now as immediate, and a young child missing a parent as no risk', () => {
      expectLevel('Reception girl went missing at the end of lunch, we still cannot find her', 'immediate', 'missing');
      expectLevel('Nursery boy wandered off on the walk to the library, staff searching now', 'immediate', 'missing');
      expectLevel('Reception boy missing his dad this week, cried at drop off for ten minutes', 'none');
    });

    it('reads a young child alone by a road or water as immediate', () => {
      expectLevel('Toddler in a nappy in the middle of the main road, nobody with him', 'immediate');
    });

    it('reads a baby alone in a car, or a toddler alone on a road, as immediate', () => {
      expectLevel('There is a baby left in a car on his own outside the chemist', 'immediate');
      expectLevel('A toddler is alone on the main road in her pyjamas', 'immediate');
    });

    it('does not read a young child playing on their own as a risk', () => {
      expectLevel('Reception boy played on his own at the water tray all morning', 'none');
      expectLevel('Reception girl happily played on her own in the sand at lunch', 'none');
    });
  });

  describe('luring, a threat and a missing child, under way', () => {
    it('reads a child getting into a car with men as immediate', () => {
      expectLevel('Y9 girl getting into a black BMW with three older men outside the chip shop', 'immediate');
    });

    it('reads a child out of sight heading for a road or water as immediate', () => {
      expectLevel('Y4 boy climbed the fence and is heading for the railway, we have lost sight of him', 'immediate');
    });

    it('reads a child at a height saying they will jump as immediate', () => {
      expectLevel('Y9 girl is on the multi storey car park roof and keeps saying she is going to jump', 'immediate');
    });

    it('reads a threat of a beating, going home tonight, as immediate', () => {
      expectLevel('Her stepdad said he will batter her when she gets in tonight', 'immediate', 'immediate-danger');
      expectLevel("I'm going to batter you at table tennis sir", 'none');
    });

    it('raises a threat of violence to immediate when it is now, and keeps it urgent when it is not', () => {
      expectLevel('Her stepdad says he will hurt her, he is at the gate now', 'immediate', 'immediate-danger');
      expectLevel('Her stepdad says he will hurt her', 'urgent');
    });
  });
});

describe('the frames of other kinds nobody listed', () => {
  it("reads a young child's own words for sexual abuse: an adult, a private part, what was done", () => {
    expectLevel('Y1 girl: "my uncle tickles my minnie when nana is out"', 'urgent', 'sexual-abuse');
    expectLevel('Nursery boy pointed to the cards for "grandad", "hurt" and "willy"', 'urgent', 'sexual-abuse');
    expectLevel("Mum's lodger rubbed my bottom on the sofa", 'urgent', 'sexual-abuse');
  });

  it('does not read a sore bottom or a chest cough as sexual abuse', () => {
    expectLevel('Mum says his bottom is sore from nappy rash, cream is in his bag', 'none');
    expectLevel('Mum says his chest hurts and he has a cough', 'none');
  });

  it('reads FGM described as a ceremony to be made a proper girl, and travel under way as immediate', () => {
    expectLevel('She said there will be a ceremony in the summer so she can be a proper woman', 'urgent', 'fgm');
    expectLevel(
      'She said there will be a ceremony so she can be a proper woman, and the family are at the airport',
      'immediate',
      'fgm',
    );
  });

  it('reads an adult at the door asking for a child by name, now, as immediate', () => {
    expectLevel('A man is at the front gate asking for her by name right now', 'immediate', 'exploitation');
    expectLevel('An older man is at the sports centre door asking for him by name', 'immediate');
  });
});

describe('contexts that explain a span', () => {
  it('clears a bare topic in a debate, coursework or a lesson on human rights', () => {
    expectLevel('Y12 debate on radicalisation and free speech went well', 'none');
    expectLevel('Y11 coursework on a novel that deals with domestic violence', 'none');
  });

  it('explains away an injury from a ball, and reads "hit by the flu" as an idiom', () => {
    expect(en('He said a man hit him. It was a football in the face at break.').level).toBe('concern');
    expectLevel('Half the class have been hit by the flu this week', 'none');
  });
});

describe('pretend explains the span it sits in', () => {
  it('clears a severity signal in practice, play or a scene', () => {
    expectLevel("CPR practice on the dummies: he's not breathing, call for help", 'none');
    expectLevel('They had a Nerf battle at break and he got shot in the back', 'none');
    expectLevel('Drama rehearsal tonight of the scene where the stepdad beats her', 'none');
  });

  it('never takes a body in danger for pretend unless it is simulated (a dummy, fake blood)', () => {
    expectLevel('During the rehearsal he collapsed and is not breathing', 'immediate', 'immediate-danger');
    expectLevel('Halfway through the role play of a disclosure she passed out and we cannot wake her', 'immediate');
    expectLevel('First aid training on the dummies: he is not breathing, start compressions', 'none');
  });

  it('does not clear what the sentence says is real', () => {
    expectLevel('They were rehearsing the fight scene and he got stabbed', 'none');
    expectLevel('They were rehearsing the fight scene and he got stabbed with a real knife', 'immediate');
  });

  it('does not take everyday words for pretend: a crime scene, a lively character, a film of a real beating', () => {
    expectLevel('Police are at the scene, he has been stabbed', 'immediate', 'immediate-danger');
    expectLevel('The scene outside the gates was chaos and a lad was stabbed', 'immediate');
    expectLevel('He is quite a character, and he says his dad hits him', 'urgent', 'physical-abuse');
    expectLevel('She showed me a film of him being beaten up', 'urgent');
  });

  it('does not take the Welsh "prop" (near) for a stage prop', () => {
    const text = "Mae dyn yn aros prop i'r ysgol gyda chyllell, mae o wedi trywanu hogyn";
    expect(phraseReading(text, 'cy').level).toBe('immediate');
  });

  it('does not take a place called the role play area for pretend', () => {
    expectLevel('In the role play area he swallowed a button battery', 'immediate', 'immediate-danger');
  });

  it('does not reach a disclosure in another sentence', () => {
    expectLevel(
      'We did role play in drama today. Afterwards she told me her dad hits her.',
      'urgent',
      'physical-abuse',
    );
  });

  it('does not reach a disclosure far from it in a long sentence', () => {
    expectLevel(
      'During the first aid course at the leisure centre on Saturday morning with the whole of the squad she told the coach that her dad hits her',
      'urgent',
    );
  });
});

describe('s11-E: a medical emergency of anyone the child is with, a head injury with signs, young children alone', () => {
  it('reads anyone down and still not moving, breathing or waking as immediate, a parent too', () => {
    expectLevel('Y4 says his dad is on the sofa. He is not moving and feels cold to him.', 'immediate');
    expectLevel('Through the window we can see her mum lying on the kitchen floor, not moving.', 'immediate');
    // The "not" of "not moving" is that part's own word: it does not deny "feels cold" after it.
    expectLevel('She is not moving and feels cold', 'immediate', 'immediate-danger');
  });

  it('still reads someone who lay down and got up, or a collapse told as past, below immediate', () => {
    expectLevel('Y2 was lying on the floor in the reading corner, then got up and carried on.', 'none');
    expectLevel('Her grandad collapsed last year and was not moving when she found him.', 'concern');
    expectLevel('He is not lying on the floor any more and is moving about fine.', 'none');
  });

  it('reads a head injury and its red flags in a sentence and the next as immediate', () => {
    expectLevel('Y1 girl very sleepy, sick twice in class. There is a big lump on the back of her head.', 'immediate');
    expectLevel('He bashed his head on the wall at lunch. Now he keeps nodding off in maths.', 'immediate');
  });

  it('still reads a head injury with no red flag, or one two sentences away, below immediate', () => {
    expectLevel('He has a lump on his head from PE. He is fine and eating his lunch.', 'none');
    expectLevel(
      'She was sick on the coach. They had a lovely day out. She has a bump on her head from the slide.',
      'none',
    );
  });

  it('reads a young child alone at home with the carer gone since last night as immediate', () => {
    expectLevel('Y2 says her little brother (3) is at home on his own, mum went out last night.', 'immediate');
    expectLevel('A toddler is alone in the flat. Neighbour says mum has not come back since yesterday.', 'immediate');
  });

  it('still reads a young child alone with a carer who came back, or an older child home alone, below immediate', () => {
    expectLevel('Her little brother was on his own for ten minutes while mum went to the shop.', 'none');
    expectLevel('Y9 boy was home alone last night because mum works nights, she was back at 7.', 'concern');
  });
});
