/** English accounts, as a teacher between lessons or a youth worker on a phone would type them. */
import type { AccountCase } from './accountCase';

const teacher = (text: string, facts: AccountCase['facts']): AccountCase => ({
  voice: 'teacher',
  locale: 'en-GB',
  text,
  facts,
});
const youthWorker = (text: string, facts: AccountCase['facts']): AccountCase => ({
  voice: 'youth worker',
  locale: 'en-GB',
  text,
  facts,
});

export const ENGLISH_ACCOUNTS: readonly AccountCase[] = [
  // The issue's own examples.
  teacher('She has been on the CAMHS waiting list for nine months and is getting more withdrawn.', {
    needs: ['anxiety-low-mood'],
    deterioration: 'worse',
    involved: ['camhs-waiting'],
    camhsWait: { text: 'nine months', months: 9 },
  }),
  teacher('J keeps disrupting lessons, swearing at staff and walking out. I think he needs a CAMHS referral.', {
    needs: ['behaviour'],
    camhsRequested: true,
    opinions: ['I think he needs a CAMHS referral.'],
    initials: 'J',
  }),
  teacher('AB in Y9 has been really tearful in tutor time most days for a few weeks now.', {
    needs: ['anxiety-low-mood'],
    duration: 'weeks-often',
    howLong: 'weeks',
    howOften: 'often',
    yearGroup: 'year-9',
    initials: 'AB',
  }),
  teacher(
    'Quick one between lessons - year 10 girl, on a reduced timetable since she was excluded in October. Attendance has dropped to 70%.',
    {
      needs: ['attendance-ebsa'],
      education: ['part-time', 'exclusion', 'persistent-absence'],
      yearGroup: 'year-10',
    },
  ),
  teacher('No concerns about attendance and she is not on any waiting list. She seems very anxious about exams.', {
    needs: ['anxiety-low-mood'],
    opinions: ['She seems very anxious about exams.'],
  }),
  teacher('He is in school as usual, no exclusions. His nan died at half term and he has been crying in lessons.', {
    needs: ['anxiety-low-mood', 'bereavement'],
    education: ['none'],
    homeContext: ['bereavement'],
  }),
  teacher(
    '13-year-old boy with ADHD, on the ASD pathway too. Lashing out at peers, got a detention every day this week.',
    {
      needs: ['behaviour', 'neurodevelopmental'],
      diagnosis: ['ADHD', 'on the ASD pathway'],
      howOften: 'often',
      age: 13,
    },
  ),
  teacher(
    'She told me that she has to look after her little brother every night because mum is not well. She is a young carer and falls asleep in class.',
    {
      needs: ['sleep', 'young-carer'],
      homeContext: ['caring'],
      howOften: 'often',
      childWords: ['she has to look after her little brother every night because mum is not well.'],
    },
  ),
  teacher('Social worker is involved and there is a child in need plan. He said "nobody listens to me at home".', {
    involved: ['social-care'],
    childWords: ['nobody listens to me at home'],
  }),
  teacher(
    'Parents separated over the summer and mum has a new partner. Her behaviour has got worse since then, lots of outbursts.',
    {
      needs: ['behaviour'],
      homeContext: ['changes'],
      deterioration: 'worse',
    },
  ),
  teacher(
    'The school nurse has seen her twice. She is skipping lunch and has lost a lot of weight. Probably an eating issue but I am not sure.',
    {
      needs: ['eating'],
      involved: ['school-nurse'],
      opinions: ['Probably an eating issue but I am not sure.'],
    },
  ),
  teacher('Y7 boy, dyslexia, very quiet, being picked on in the changing rooms.', {
    needs: ['anxiety-low-mood', 'neurodevelopmental', 'relationships-bullying'],
    diagnosis: ['dyslexia'],
    yearGroup: 'year-7',
  }),
  teacher('Has been seen by CAMHS since last year and is improving. GP prescribed something for sleep.', {
    needs: ['sleep'],
    involved: ['gp', 'camhs'],
    deterioration: 'better',
    howLong: 'year',
    duration: 'year',
  }),
  teacher('She is home educated now, mum took her off roll in March. No school nurse or social care involvement.', {
    education: ['missing-education', 'home-education'],
  }),
  teacher('In the PRU three mornings a week, the rest at home. Youth offending team have a referral order.', {
    education: ['alternative-provision'],
    involved: ['youth-justice'],
  }),
  teacher('If she gets excluded again she will lose her place. She is not self-harming as far as we know.', {}),
  teacher('His dad drinks heavily and the police were called to the house at the weekend. He seems exhausted.', {
    needs: ['sleep'],
    homeContext: ['domestic-abuse', 'substance'],
    opinions: ['He seems exhausted.'],
  }),
  teacher('Her uniform is dirty most days and she is always hungry at break. I wonder if anyone is feeding her.', {
    homeContext: ['neglect'],
    howOften: 'often',
    opinions: ['I wonder if anyone is feeding her.'],
  }),
  teacher(
    'Early help have been working with the family through a TAF. No change really, about the same as last term.',
    {
      involved: ['early-help'],
      deterioration: 'same',
    },
  ),
  teacher('He told me his brother has autism and gets all the attention. He is getting angrier in class.', {
    needs: ['behaviour'],
    deterioration: 'worse',
    childWords: ['his brother has autism and gets all the attention.'],
  }),
  teacher('My gut feeling is something is going on at home. She flinched when I raised my voice. Mum has depression.', {
    homeContext: ['parent-mental-health'],
    opinions: ['My gut feeling is something is going on at home.'],
  }),
  teacher(
    'She has been off school a lot this term, 2 days out of the last 10. Says she feels sick every morning before school.',
    {
      needs: ['attendance-ebsa'],
      education: ['persistent-absence'],
      howOften: 'often',
    },
  ),
  teacher('Year 11, waiting for CAMHS since September, panic attacks in exams.', {
    needs: ['anxiety-low-mood'],
    involved: ['camhs-waiting'],
    camhsWait: { text: 'since September' },
    yearGroup: 'year-11',
  }),
  teacher('Once only, today: she cried in maths and would not say why.', {
    needs: ['anxiety-low-mood'],
    howOften: 'once',
    duration: 'once',
  }),
  teacher('Referred to CAMHS but they rejected it as not meeting threshold. GP is aware.', {
    involved: ['gp'],
  }),
  // A youth worker on a phone: short, lower case, abbreviations.
  youthWorker('yp been on camhs waiting list 6 wks, more withdrawn at club, not coming most weeks', {
    needs: ['anxiety-low-mood'],
    deterioration: 'worse',
    involved: ['camhs-waiting'],
    camhsWait: { text: '6 wks', months: 1.4 },
  }),
  youthWorker('15 yo lad kicking off at the youth club every session, think hes smoking weed, reckon he needs camhs', {
    needs: ['behaviour', 'substance-use'],
    camhsRequested: true,
    age: 15,
    howOften: 'often',
    opinions: ['15 yo lad kicking off at the youth club every session, think hes smoking weed, reckon he needs camhs'],
  }),
  youthWorker('shes 14, said her mums new boyfriend shouts at her all the time. she is quiet and keeps to herself', {
    needs: ['anxiety-low-mood'],
    homeContext: ['changes'],
    age: 14,
    howOften: 'often',
    childWords: ['her mums new boyfriend shouts at her all the time.'],
  }),
  youthWorker('hes been hanging round with older lads, new trainers and phone, going missing overnight. yot involved', {
    needs: ['exploitation'],
    involved: ['youth-justice'],
  }),
  youthWorker('no diagnosis but on the waiting list for an autism assessment. really struggles with noise', {
    needs: ['neurodevelopmental'],
    diagnosis: ['waiting list for an autism assessment'],
  }),
  youthWorker('she said in her words "i dont want to be here anymore". first time shes said anything like that', {
    needs: ['suicidal-thoughts'],
    howOften: 'once',
    duration: 'once',
    childWords: ['i dont want to be here anymore'],
  }),
  youthWorker('mum and dad split up last month and hes not sleeping, up all night gaming', {
    needs: ['sleep'],
    homeContext: ['changes'],
  }),
  youthWorker('been bullied on snapchat for weeks, pics shared in a group chat, not been to school since', {
    needs: ['relationships-bullying', 'online-harm'],
    howLong: 'weeks',
  }),
  youthWorker(
    'social services closed the case. family struggling with money, using the food bank. she looks after her nan',
    {
      needs: ['young-carer', 'family-support'],
      homeContext: ['caring'],
      involved: ['social-care'],
    },
  ),
  youthWorker('she isnt self harming and denies any drug use. just a bit low since her exams. probably nothing', {
    needs: ['anxiety-low-mood'],
    opinions: ['probably nothing'],
  }),
  youthWorker(
    "Year 8. CAMHS aren't involved and she is not on the waiting list. Having nightmares every night since the fire.",
    {
      needs: ['sleep'],
      howOften: 'often',
      yearGroup: 'year-8',
    },
  ),
  youthWorker(
    'he is 12, adhd and odd diagnosis, home life chaotic, dad in and out. a family support worker visits weekly',
    {
      needs: ['neurodevelopmental'],
      diagnosis: ['adhd'],
      involved: ['early-help'],
      age: 12,
    },
  ),
  youthWorker('She self-harms, cuts on her arms, been going on for months. Getting worse.', {
    needs: ['self-harm'],
    deterioration: 'worse',
    howLong: 'months',
  }),
  youthWorker('attendance is good, in school full time. the worry is she is throwing her lunch away every day', {
    needs: ['eating'],
    education: ['none'],
    howOften: 'often',
  }),
  youthWorker('could be excluded if this carries on. at risk of exclusion. she is very angry', {
    needs: ['behaviour'],
  }),
];
