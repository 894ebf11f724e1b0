/**
 * The risk reading of a message with the lexicons, frames and model that ship: the phrase reading, its
 * explaining contexts and frames, Welsh as it is written, the learned reader it is combined with, a reading
 * combined with the triage's answers, and the assess-risk CLI that prints readings. One test file, one module per
 * topic in ./reading: they all need the shipped lexicons compiled, which costs each test file about a second (the
 * quick loop ran that compile fifteen times for these topics alone). To run one topic:
 * `npx jest test/unit/risk/reading -t 'Welsh as it is written'`.
 */
import './reading/assessText';
import './reading/welshReading';
import './reading/explainingContexts';
import './reading/explainedAndMissedKinds';
import './reading/immediateFrames';
import './reading/shortMessages';
import './reading/confusables';
import './reading/learnedReader';
import './reading/learnedHeads';
import './reading/combine';
import './reading/assessRiskCli';
import './reading/assailantAndFeigning';
import './reading/englishMissedKinds';
import './reading/welshEverydayKinds';
import './reading/welshEverydayCauses';
import './reading/welshIdiomsAndFirstAid';
import './reading/welshAssailantAndFeigning';
import './reading/englishFalseAlarmsByKind';
import './reading/englishWordsUsedFiguratively';
import './reading/englishIdentifiedLater';
import './reading/noneWeight';
import './reading/englishThreatsMedicinesAndWeddings';
import './reading/englishEverydayExplanations';
import './reading/welshSpansExplained';
import './reading/englishExplainedForLearned';
import './reading/englishDrinkDrivingAndControl';
import './reading/welshEverydayMechanisms';
import './reading/fgmEuphemisms';
import './reading/laughedAndFound';
import './reading/treatedAndAnimalBlood';
import './reading/immediateKindsComposed';
import './reading/welshEverydayRound16';
import './reading/hiddenHurtsAndNotesWithMeans';
import './reading/welshNoneRound17';
import './reading/englishHardNoneRound17';
import './reading/leadRound18';
import './reading/englishRound18';
import './reading/learnedRound18';
import './reading/welshRound18';
import './reading/leadRound19';
import './reading/welshRound19';
import './reading/englishRound19';
import './reading/englishRound20';
import './reading/welshRound20';
import './reading/budgetRound20';
import './reading/learnedRound20';
import './reading/englishImmediate21';
import './reading/englishRound21';
import './reading/learnedRound21';
import './reading/welshRound21';
import './reading/englishEverydayKinds22';
import './reading/learnedOnlyImmediate22';
import './reading/welshRound22';
import './reading/immediateComposed22';
import './reading/waterAndBelief22';
import './reading/missingThenFound22';
import './reading/faintsAndCasualties22';
import './reading/welshHyperbole23';
import './reading/neglectAndSingleWords23';
import './reading/falseEmergencies23';
import './reading/meaningGiven23';
import './reading/householdHurtsAsPlay23';
import './reading/weaponOwner23';
import './reading/mummyAndDaddy23';
import './reading/teenIdioms23';
import './reading/youngLeftAndCareUnmet23';
import './reading/burnsAndFreshCutting23';
import './reading/lostThingsAndNeglectWords23';
import './reading/welshRound44_24';
import './reading/drunkDriverAndLearnedAlarms24';
import './reading/alarmsExplainedAtOnce24';
import './reading/englishRecallGaps24';
import './reading/groomingWordsExplained24';
import './reading/englishTwinsAndHomeFears24';
import './reading/handsRoundTheThroat24';
import './reading/neglectInPain24';
import './reading/unaliveAndWelshCutting24';
import './reading/olderContactAndLateCollections24';
import './reading/urgentConfirm25';
