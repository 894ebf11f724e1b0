/**
 * The risk reading of a message with the lexicons, frames and model that ship: the phrase reading, its
 * explaining contexts and frames, Welsh as it is written, and the learned reader it is combined with. One test
 * file, one module per topic in ./reading: they all need the shipped lexicons compiled, which costs each test
 * file about a second (the quick loop ran that compile nine times for these topics alone). To run one topic:
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
