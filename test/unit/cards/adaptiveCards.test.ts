/**
 * The Adaptive Cards the bot builds for a person (question, summary, my details, signposting), each checked
 * against the official Adaptive Cards schema. One test file, one module per card in ./adaptiveCards: compiling
 * that schema with ajv costs each test file about half a second. To run one card:
 * `npx jest test/unit/cards/adaptiveCards -t 'the signposting card'`.
 */
import './adaptiveCards/questionCard';
import './adaptiveCards/summaryCard';
import './adaptiveCards/myDetailsCard';
import './adaptiveCards/signpostingCard';
